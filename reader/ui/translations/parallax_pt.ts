<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>Parallax cannot open the library</source>
        <extracomment>Shows the damaged-library box and answers the button clicked (tests inject one).</extracomment>
        <translation>O Parallax não consegue abrir a biblioteca</translation>
    </message>
    <message>
        <source>The library is damaged</source>
        <translation>A biblioteca está danificada</translation>
    </message>
    <message>
        <source>Restore newest backup</source>
        <translation>Restaurar o backup mais recente</translation>
    </message>
    <message>
        <source>Restore the newest good backup</source>
        <translation>Restaurar o backup íntegro mais recente</translation>
    </message>
    <message>
        <source>Restore newest backup puts that copy in place and opens the window; the damaged file is kept in the backups folder.</source>
        <translation>“Restaurar o backup mais recente” coloca essa cópia no lugar e abre a janela; o arquivo danificado fica guardado na pasta de backups.</translation>
    </message>
    <message>
        <source>The library file is missing</source>
        <translation>O arquivo da biblioteca está faltando</translation>
    </message>
    <message>
        <source>Start a new library</source>
        <translation>Começar uma nova biblioteca</translation>
    </message>
    <message>
        <source>Start a new, empty library</source>
        <translation>Começar uma nova biblioteca vazia</translation>
    </message>
    <message>
        <source>Start a new library keeps every backup in the backups folder; you can restore one later from File → Restore from backup…</source>
        <translation>Começar uma nova biblioteca mantém todos os backups na pasta backups; você pode restaurar um depois em Arquivo → Restaurar de um backup…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Backing up the library</source>
        <translation>Fazendo backup da biblioteca</translation>
    </message>
    <message>
        <source>Restoring the library</source>
        <translation>Restaurando a biblioteca</translation>
    </message>
    <message>
        <source>A backup or restore is already running.</source>
        <translation>Já há um backup ou uma restauração em andamento.</translation>
    </message>
    <message>
        <source>Backed up the library to {path}.</source>
        <translation>Backup da biblioteca salvo em {path}.</translation>
    </message>
    <message>
        <source>Restored the backup {name}.</source>
        <translation>Backup {name} restaurado.</translation>
    </message>
    <message>
        <source>The backup or restore failed: {error}.</source>
        <translation>O backup ou a restauração falhou: {error}.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>feito por você</translation>
    </message>
    <message>
        <source>the library before a restore</source>
        <translation>a biblioteca antes de uma restauração</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Parallax backs the library up once a day when it opens and keeps the last seven automatic copies. Restoring replaces the whole library with the chosen copy.</source>
        <translation>O Parallax faz backup da biblioteca uma vez por dia, ao abri-la, e guarda as últimas sete cópias automáticas. Restaurar substitui a biblioteca inteira pela cópia escolhida.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Ainda não há backups.</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Situação do backup</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Progresso do backup</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Fazer &amp;backup agora</translation>
    </message>
    <message>
        <source>Back up the library now</source>
        <translation>Fazer backup da biblioteca agora</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurar o backup selecionado</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Fazendo backup…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar de um backup</translation>
    </message>
    <message>
        <source>Replace the library with the backup from {date}?</source>
        <translation>Substituir a biblioteca pelo backup de {date}?</translation>
    </message>
    <message>
        <source>Documents and highlights added or changed since then are replaced by the backup&apos;s. The library as it is now is kept first, as a backup listed here (“the library before a restore”), so you can return to it. Undo history is cleared and the search index is rebuilt. Close other Parallax windows first.</source>
        <translation>Documentos e destaques adicionados ou alterados desde então são substituídos pelos do backup. Antes, a biblioteca como está agora é guardada como um backup listado aqui (“a biblioteca antes de uma restauração”), para que você possa voltar a ela. O histórico de desfazer é apagado e o índice de pesquisa é reconstruído. Feche antes as outras janelas do Parallax.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restoring {name}…</source>
        <translation>Restaurando {name}…</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>Backup salvo em {path}.</translation>
    </message>
    <message>
        <source>Restored the backup {name}.</source>
        <translation>Backup {name} restaurado.</translation>
    </message>
    <message>
        <source>The library as it was is kept as {name}.</source>
        <translation>A biblioteca como estava foi guardada como {name}.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check library</source>
        <translation>Verificar a biblioteca</translation>
    </message>
    <message>
        <source>Checking the library…</source>
        <translation>Verificando a biblioteca…</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Resultado da verificação</translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation>Andamento da verificação</translation>
    </message>
    <message>
        <source>Damaged rows</source>
        <translation>Registros danificados</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Danificado</translation>
    </message>
    <message>
        <source>Title or quote</source>
        <translation>Título ou citação</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Não pode ser lido</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Damaged rows are shown with what can be read. To get them back whole, restore a backup from before the damage (File → Restore from backup…).</source>
        <translation>Os registros danificados são mostrados com o que pode ser lido. Para recuperá-los inteiros, restaure um backup de antes do dano (Arquivo → Restaurar de um backup…).</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Verificar &amp;novamente</translation>
    </message>
    <message>
        <source>Check the library again</source>
        <translation>Verificar a biblioteca novamente</translation>
    </message>
    <message>
        <source>The check could not run: {error}.</source>
        <translation>A verificação não pôde ser executada: {error}.</translation>
    </message>
    <message>
        <source>Integrity check of the library file: passed.</source>
        <translation>Verificação de integridade do arquivo da biblioteca: aprovada.</translation>
    </message>
    <message>
        <source>Integrity check of the library file: failed ({detail}).</source>
        <translation>Verificação de integridade do arquivo da biblioteca: reprovada ({detail}).</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged row(s).</source>
        <translation>
            <numerusform>%n registro danificado.</numerusform>
            <numerusform>%n registros danificados.</numerusform>
        </translation>
    </message>
    <message>
        <source>No damaged rows.</source>
        <translation>Nenhum registro danificado.</translation>
    </message>
    <message numerus="yes">
        <source>The search index holds all %n document(s).</source>
        <translation>
            <numerusform>O índice de busca contém o único documento (%n).</numerusform>
            <numerusform>O índice de busca contém todos os %n documentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search index holds {indexed} of {documents} documents; it is rebuilt the next time you search.</source>
        <translation>O índice de busca contém {indexed} de {documents} documentos; ele é reconstruído na próxima busca.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Destaque</translation>
    </message>
    <message>
        <source>paragraphs and languages</source>
        <translation>parágrafos e idiomas</translation>
    </message>
    <message>
        <source>metadata (author, date, outlet)</source>
        <translation>metadados (autor, data, veículo)</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tags</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>⚠ figures differ</source>
        <translation>⚠ números divergem</translation>
    </message>
    <message>
        <source>— not stated</source>
        <translation>— não afirmado</translation>
    </message>
    <message>
        <source>figures: {figures}</source>
        <translation>números: {figures}</translation>
    </message>
    <message numerus="yes">
        <source>Stated by %n source(s)</source>
        <translation>
            <numerusform>Afirmado por %n fonte</numerusform>
            <numerusform>Afirmado por %n fontes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not stated by: {sources}</source>
        <translation>Não afirmado por: {sources}</translation>
    </message>
    <message>
        <source>{source} does not state this claim (no linked highlight)</source>
        <translation>{source} não faz esta afirmação (nenhum destaque vinculado)</translation>
    </message>
    <message>
        <source>≈ an order of magnitude, not a stated figure</source>
        <translation>≈ uma ordem de grandeza, não um número declarado</translation>
    </message>
    <message>
        <source>⚠ its figures differ from another source&apos;s</source>
        <translation>⚠ seus números divergem dos de outra fonte</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmação</translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message>
        <source>No claim groups yet.</source>
        <translation>Ainda não há grupos de afirmações.</translation>
    </message>
    <message>
        <source>Claims summary</source>
        <translation>Resumo das afirmações</translation>
    </message>
    <message>
        <source>Updating the claims</source>
        <translation>Atualizando as afirmações</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Exportar &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export the claims as a Markdown table</source>
        <translation>Exportar as afirmações como tabela Markdown</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the claims as CSV</source>
        <translation>Exportar as afirmações como CSV</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Status da exportação</translation>
    </message>
    <message>
        <source>Claim groups</source>
        <translation>Grupos de afirmações</translation>
    </message>
    <message>
        <source>Near-duplicates: passages two sources of the same language share almost verbatim (double-click to compare them)</source>
        <translation>Quase duplicatas: trechos que duas fontes do mesmo idioma compartilham quase literalmente (clique duas vezes para compará-los)</translation>
    </message>
    <message>
        <source>Near-duplicate passages</source>
        <translation>Trechos quase duplicados</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>Semelhantes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Trecho</translation>
    </message>
    <message>
        <source>Claims and near-duplicates</source>
        <translation>Afirmações e quase duplicatas</translation>
    </message>
    <message>
        <source>No claim groups yet: select a passage, Find in other sources (Ctrl+Shift+F), then Link as same claim.</source>
        <translation>Ainda não há grupos de afirmações: selecione um trecho, Localizar nas outras fontes (Ctrl+Shift+F) e depois Vincular como mesma afirmação.</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n afirmação</numerusform>
            <numerusform>%n afirmações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n fonte</numerusform>
            <numerusform>%n fontes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ figures differ in %n</source>
        <translation>
            <numerusform>⚠ números divergem em %n</numerusform>
            <numerusform>⚠ números divergem em %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Markdown table (*.md)</source>
        <translation>Tabela Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>Não foi possível gravar {path}: {reason}.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Salvo em {path}.</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <source>Source title</source>
        <translation>Título da fonte</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>Idioma da fonte</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Arquivo da fonte</translation>
    </message>
    <message>
        <source>Search hit position</source>
        <translation>Posição da ocorrência</translation>
    </message>
    <message>
        <source>Source header</source>
        <translation>Cabeçalho da fonte</translation>
    </message>
    <message>
        <source>Source text: {title}</source>
        <translation>Texto da fonte: {title}</translation>
    </message>
    <message>
        <source>{badge} · {confidence}%</source>
        <translation>{badge} · {confidence}%</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>What is compared</source>
        <translation>O que é comparado</translation>
    </message>
    <message>
        <source>Aligning the sources</source>
        <translation>Alinhando as fontes</translation>
    </message>
    <message>
        <source>Alignment status</source>
        <translation>Status do alinhamento</translation>
    </message>
    <message>
        <source>&amp;Scroll together</source>
        <translation>&amp;Rolar juntos</translation>
    </message>
    <message>
        <source>Keep the panes on the same passage: scrolling one scrolls the others to the paragraphs aligned with it</source>
        <translation>Manter os painéis no mesmo trecho: rolar um rola os outros até os parágrafos alinhados a ele</translation>
    </message>
    <message>
        <source>Scroll together</source>
        <translation>Rolar juntos</translation>
    </message>
    <message>
        <source>Close comparison</source>
        <translation>Fechar comparação</translation>
    </message>
    <message>
        <source>Back to reading one article (Esc)</source>
        <translation>Voltar a ler um artigo (Esc)</translation>
    </message>
    <message>
        <source>Sources side by side</source>
        <translation>Fontes lado a lado</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n source(s)</source>
        <translation>
            <numerusform>Comparando %n fonte</numerusform>
            <numerusform>Comparando %n fontes</numerusform>
        </translation>
    </message>
    <message>
        <source>Aligning…</source>
        <translation>Alinhando…</translation>
    </message>
    <message>
        <source>Sources differ: aligned where they meet</source>
        <translation>As fontes divergem: alinhadas onde coincidem</translation>
    </message>
    <message>
        <source>Could not align: {reason}</source>
        <translation>Não foi possível alinhar: {reason}</translation>
    </message>
</context>
<context>
    <name>CompareWithDialog</name>
    <message>
        <source>Compare with</source>
        <translation>Comparar com</translation>
    </message>
    <message>
        <source>Choose one to three documents to show beside “{title}” (Ctrl-click to choose several).</source>
        <translation>Escolha de um a três documentos para mostrar ao lado de “{title}” (Ctrl+clique para escolher vários).</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>Filtrar documentos</translation>
    </message>
    <message>
        <source>Filter by title or file name</source>
        <translation>Filtrar por título ou nome de arquivo</translation>
    </message>
    <message>
        <source>Documents to compare with</source>
        <translation>Documentos a comparar</translation>
    </message>
    <message>
        <source>Documents chosen</source>
        <translation>Documentos escolhidos</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>At most three documents beside the open one.</source>
        <translation>No máximo três documentos ao lado do aberto.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) chosen</source>
        <translation>
            <numerusform>%n documento escolhido</numerusform>
            <numerusform>%n documentos escolhidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comparing</name>
    <message>
        <source>Choose two to four documents to compare.</source>
        <translation>Escolha de dois a quatro documentos para comparar.</translation>
    </message>
    <message>
        <source>Open an article first, then compare it.</source>
        <translation>Primeiro abra um artigo e depois compare-o.</translation>
    </message>
    <message>
        <source>Select a passage first, then Find in other sources.</source>
        <translation>Primeiro selecione um trecho e depois Localizar nas outras fontes.</translation>
    </message>
    <message>
        <source>Linked as the same claim (Compare → Claims lists it; Ctrl+Z undoes it).</source>
        <translation>Vinculados como mesma afirmação (Comparar → Afirmações a lista; Ctrl+Z desfaz).</translation>
    </message>
</context>
<context>
    <name>DamageNotice</name>
    <message>
        <source>Damaged rows</source>
        <translation>Registros danificados</translation>
    </message>
    <message>
        <source>Damaged rows message</source>
        <translation>Mensagem sobre registros danificados</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Detalhes…</translation>
    </message>
    <message>
        <source>List the damaged rows</source>
        <translation>Listar os registros danificados</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar esta mensagem</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n destaque</numerusform>
            <numerusform>%n destaques</numerusform>
        </translation>
    </message>
    <message>
        <source>{documents} and {highlights}</source>
        <translation>{documents} e {highlights}</translation>
    </message>
    <message>
        <source>The library file is damaged in {what}: shown without the unreadable part.</source>
        <translation>O arquivo da biblioteca está danificado em {what}: mostrados sem a parte ilegível.</translation>
    </message>
</context>
<context>
    <name>DeleteLabelDialog</name>
    <message>
        <source>Delete label</source>
        <extracomment>Asks for a colour: (parent, current colour, title) → the chosen colour, None on Cancel.</extracomment>
        <translation>Excluir etiqueta</translation>
    </message>
    <message numerus="yes">
        <source>The label “{label}” is on %n highlight(s). What should happen to them?</source>
        <translation>
            <numerusform>A etiqueta “{label}” está em %n destaque. O que fazer com ele?</numerusform>
            <numerusform>A etiqueta “{label}” está em %n destaques. O que fazer com eles?</numerusform>
        </translation>
    </message>
    <message>
        <source>What deleting the label does</source>
        <translation>O que excluir a etiqueta faz</translation>
    </message>
    <message>
        <source>&amp;Move them to the label</source>
        <translation>&amp;Mover para a etiqueta</translation>
    </message>
    <message>
        <source>Move the highlights to another label</source>
        <translation>Mover os destaques para outra etiqueta</translation>
    </message>
    <message>
        <source>Label to move the highlights to</source>
        <translation>Etiqueta para onde mover os destaques</translation>
    </message>
    <message>
        <source>&amp;Keep them, without a label</source>
        <translation>Ma&amp;ntê-los sem etiqueta</translation>
    </message>
    <message>
        <source>Keep the highlights without a label</source>
        <translation>Manter os destaques sem etiqueta</translation>
    </message>
    <message>
        <source>The highlights, their notes and tags are kept either way; Edit → Undo brings the label back.</source>
        <translation>Os destaques, suas notas e tags são mantidos em qualquer caso; Editar → Desfazer traz a etiqueta de volta.</translation>
    </message>
    <message>
        <source>Delete the label</source>
        <translation>Excluir a etiqueta</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Document text</source>
        <translation>Texto do documento</translation>
    </message>
    <message>
        <source>Open a document from the library or from search results.</source>
        <translation>Abra um documento da biblioteca ou dos resultados da pesquisa.</translation>
    </message>
    <message>
        <source>Text menu</source>
        <translation>Menu do texto</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (planilha)</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>REFI-QDA project (NVivo, ATLAS.ti, MAXQDA, QualCoder)</source>
        <translation>Projeto REFI-QDA (NVivo, ATLAS.ti, MAXQDA, QualCoder)</translation>
    </message>
    <message>
        <source>Export highlights</source>
        <translation>Exportar destaques</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato de exportação</translation>
    </message>
    <message>
        <source>CSV column separator</source>
        <translation>Separador de colunas CSV</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Vírgula</translation>
    </message>
    <message>
        <source>Semicolon (spreadsheets in German, Italian, French…)</source>
        <translation>Ponto e vírgula (planilhas em português, alemão, francês…)</translation>
    </message>
    <message>
        <source>One note per document (Obsidian, Logseq)</source>
        <translation>Uma nota por documento (Obsidian, Logseq)</translation>
    </message>
    <message>
        <source>One Markdown note per document</source>
        <translation>Uma nota Markdown por documento</translation>
    </message>
    <message>
        <source>Show web images from notes (they load when viewed)</source>
        <translation>Mostrar imagens da web das notas (carregam ao visualizar)</translation>
    </message>
    <message>
        <source>Keep web images in notes</source>
        <translation>Manter imagens da web nas notas</translation>
    </message>
    <message>
        <source>Windows line endings (for MAXQDA)</source>
        <translation>Fins de linha do Windows (para MAXQDA)</translation>
    </message>
    <message>
        <source>Windows line endings in the project&apos;s texts</source>
        <translation>Fins de linha do Windows nos textos do projeto</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Todos os documentos</translation>
    </message>
    <message>
        <source>Current document</source>
        <translation>Documento atual</translation>
    </message>
    <message>
        <source>Selected documents ({count})</source>
        <translation>Documentos selecionados ({count})</translation>
    </message>
    <message>
        <source>Export scope: {scope}</source>
        <translation>Abrangência da exportação: {scope}</translation>
    </message>
    <message>
        <source>Only highlights with label</source>
        <translation>Só destaques com a etiqueta</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Qualquer etiqueta</translation>
    </message>
    <message>
        <source>Only highlights with tag</source>
        <translation>Só destaques com a tag</translation>
    </message>
    <message>
        <source>any tag</source>
        <translation>qualquer tag</translation>
    </message>
    <message>
        <source>Only highlights matching the query</source>
        <translation>Só destaques que correspondem à pesquisa</translation>
    </message>
    <message>
        <source>any; e.g. tag:figures OR note:TPU</source>
        <translation>qualquer; p. ex. tag:numeros OR note:TPU</translation>
    </message>
    <message>
        <source>The search query language: words, &quot;phrases&quot;, note:, tag:, label:, AND, OR, NOT</source>
        <translation>A linguagem de pesquisa: palavras, &quot;frases&quot;, note:, tag:, label:, AND, OR, NOT</translation>
    </message>
    <message>
        <source>Query problem</source>
        <translation>Problema na pesquisa</translation>
    </message>
    <message>
        <source>Only documents in language</source>
        <translation>Só documentos no idioma</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Qualquer idioma</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>Prévia da exportação</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Status da exportação</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Salvar…</translation>
    </message>
    <message>
        <source>Save export to a file</source>
        <translation>Salvar a exportação em um arquivo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Pesquisa</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Prévia:</translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation>Gerando a prévia…</translation>
    </message>
    <message>
        <source>Saving as soon as the preview is ready…</source>
        <translation>Salvando assim que a prévia estiver pronta…</translation>
    </message>
    <message>
        <source>Finding the highlights that match the query…</source>
        <translation>Procurando os destaques que correspondem à pesquisa…</translation>
    </message>
    <message>
        <source>Correct the query to see what would be exported.</source>
        <translation>Corrija a pesquisa para ver o que seria exportado.</translation>
    </message>
    <message>
        <source>The export failed: {error}.</source>
        <translation>A exportação falhou: {error}.</translation>
    </message>
    <message>
        <source>Nothing to export: no highlight in these documents matches these choices.</source>
        <translation>Nada a exportar: nenhum destaque destes documentos corresponde a estas escolhas.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln destaque</numerusform>
            <numerusform>%Ln destaques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln caractere</numerusform>
            <numerusform>%Ln caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln linha</numerusform>
            <numerusform>%Ln linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s), one per document, written into the folder you choose.</source>
        <translation>
            <numerusform>%n nota, uma por documento, escrita na pasta que você escolher.</numerusform>
            <numerusform>%n notas, uma por documento, escritas na pasta que você escolher.</numerusform>
        </translation>
    </message>
    <message>
        <source>A REFI-QDA project (a zip file); the preview shows its project.qde.</source>
        <translation>Um projeto REFI-QDA (um arquivo zip); a prévia mostra seu project.qde.</translation>
    </message>
    <message>
        <source>{format} (*{suffix});;All files (*)</source>
        <translation>{format} (*{suffix});;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>A new folder for the notes (*)</source>
        <translation>Uma nova pasta para as notas (*)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>Não foi possível gravar {path}: {reason}.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Salvo em {path}.</translation>
    </message>
</context>
<context>
    <name>HighlightsImporter</name>
    <message>
        <source>Import highlights</source>
        <extracomment>Asks for a file of highlights to import: (parent) → its path, None on Cancel.</extracomment>
        <translation>Importar destaques</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.jsonld *.json);;All files (*)</source>
        <translation>W3C Web Annotations (*.jsonld *.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Highlights are already being imported; wait for them.</source>
        <translation>Já há destaques sendo importados; aguarde a conclusão.</translation>
    </message>
    <message>
        <source>Importing highlights from {name}</source>
        <translation>Importando destaques de {name}</translation>
    </message>
    <message numerus="yes">
        <source>Highlights imported: %n added</source>
        <translation>
            <numerusform>Destaques importados: %n adicionado</numerusform>
            <numerusform>Destaques importados: %n adicionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}, %n waiting for their documents</source>
        <translation>
            <numerusform>{summary}, %n aguardando seu documento</numerusform>
            <numerusform>{summary}, %n aguardando seus documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>The import of highlights failed: {error}.</source>
        <translation>A importação de destaques falhou: {error}.</translation>
    </message>
</context>
<context>
    <name>HighlightsPanel</name>
    <message>
        <source>same claim as</source>
        <translation>mesma afirmação que</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>apoia</translation>
    </message>
    <message>
        <source>supported by</source>
        <translation>apoiado por</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>contradiz</translation>
    </message>
    <message>
        <source>contradicted by</source>
        <translation>contradito por</translation>
    </message>
    <message>
        <source>No document open.</source>
        <translation>Nenhum documento aberto.</translation>
    </message>
    <message>
        <source>Highlights summary</source>
        <translation>Resumo dos destaques</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Destaques</translation>
    </message>
    <message>
        <source>Orphaned (their text is no longer in the document):</source>
        <translation>Órfãos (o texto deles não está mais no documento):</translation>
    </message>
    <message>
        <source>Orphaned highlights</source>
        <translation>Destaques órfãos</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citação</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>tags, separadas por vírgulas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Note (Markdown), saved as you type</source>
        <translation>Nota (Markdown), salva enquanto você digita</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Vincular…</translation>
    </message>
    <message>
        <source>Link to another highlight</source>
        <translation>Vincular a outro destaque</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <source>Remove the selected link</source>
        <translation>Remover o vínculo selecionado</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>Excluir destaque</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>Reancorar na seleção</translation>
    </message>
    <message>
        <source>Re-attach to the selected text</source>
        <translation>Reancorar no texto selecionado</translation>
    </message>
    <message>
        <source>Highlight editor</source>
        <translation>Editor de destaque</translation>
    </message>
    <message>
        <source>No highlights yet: select text, then press 1, 2 or 3.</source>
        <translation>Ainda não há destaques: selecione um texto e pressione 1, 2 ou 3.</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n destaque</numerusform>
            <numerusform>%n destaques</numerusform>
        </translation>
    </message>
    <message>
        <source>no label</source>
        <translation>sem etiqueta</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>movido</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(sem etiqueta)</translation>
    </message>
    <message>
        <source>Select a highlight to edit its label, tags and note.</source>
        <translation>Selecione um destaque para editar a etiqueta, as tags e a nota.</translation>
    </message>
    <message>
        <source>Select the text to re-attach the highlight to first.</source>
        <translation>Primeiro selecione o texto em que o destaque será reancorado.</translation>
    </message>
    <message>
        <source>There is no other highlight to link to yet.</source>
        <translation>Ainda não há outro destaque para vincular.</translation>
    </message>
</context>
<context>
    <name>ImportHighlightsDialog</name>
    <message>
        <source>Highlights imported</source>
        <translation>Destaques importados</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) added</source>
        <translation>
            <numerusform>%n destaque adicionado</numerusform>
            <numerusform>%n destaques adicionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) updated (changed since)</source>
        <translation>
            <numerusform>%n destaque atualizado (alterado desde então)</numerusform>
            <numerusform>%n destaques atualizados (alterados desde então)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) already in the library, unchanged</source>
        <translation>
            <numerusform>%n destaque já na biblioteca, sem alterações</numerusform>
            <numerusform>%n destaques já na biblioteca, sem alterações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) whose text was not found: kept as orphans in the Highlights panel</source>
        <translation>
            <numerusform>%n destaque cujo texto não foi encontrado: mantido como órfão no painel Destaques</numerusform>
            <numerusform>%n destaques cujo texto não foi encontrado: mantidos como órfãos no painel Destaques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) placed on a document whose text changed since</source>
        <translation>
            <numerusform>%n destaque colocado num documento cujo texto mudou desde então</numerusform>
            <numerusform>%n destaques colocados num documento cujo texto mudou desde então</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) whose document was found by its quote</source>
        <translation>
            <numerusform>%n destaque cujo documento foi encontrado pela citação</numerusform>
            <numerusform>%n destaques cujo documento foi encontrado pela citação</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) added under a new id (their id belongs to another highlight)</source>
        <translation>
            <numerusform>%n destaque adicionado com um novo id (o seu id pertence a outro destaque)</numerusform>
            <numerusform>%n destaques adicionados com um novo id (o seu id pertence a outro destaque)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) added</source>
        <translation>
            <numerusform>%n vínculo adicionado</numerusform>
            <numerusform>%n vínculos adicionados</numerusform>
        </translation>
    </message>
    <message>
        <source>New labels: {labels}</source>
        <translation>Novas etiquetas: {labels}</translation>
    </message>
    <message>
        <source>From {file}:</source>
        <translation>De {file}:</translation>
    </message>
    <message>
        <source>Imported file</source>
        <translation>Arquivo importado</translation>
    </message>
    <message>
        <source>What the import did</source>
        <translation>O que a importação fez</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) were not imported: their documents are not in the library. Import those documents, then this file again.</source>
        <translation>
            <numerusform>%n destaque não foi importado: o documento dele não está na biblioteca. Importe esse documento e depois este arquivo de novo.</numerusform>
            <numerusform>%n destaques não foram importados: os documentos deles não estão na biblioteca. Importe esses documentos e depois este arquivo de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Highlights on documents not in the library</source>
        <translation>Destaques em documentos que não estão na biblioteca</translation>
    </message>
    <message>
        <source>untitled document</source>
        <translation>documento sem título</translation>
    </message>
    <message>
        <source>“{quote}” in {title}</source>
        <translation>“{quote}” em {title}</translation>
    </message>
    <message>
        <source>Highlight {id} on document {doc}</source>
        <translation>Destaque {id} no documento {doc}</translation>
    </message>
    <message>
        <source>Problems in the file:</source>
        <translation>Problemas no arquivo:</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problemas no arquivo</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import finished with problems</source>
        <translation>Importação concluída com problemas</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumo da importação</translation>
    </message>
    <message>
        <source>Files not imported</source>
        <translation>Arquivos não importados</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n arquivo não pôde ser importado:</numerusform>
            <numerusform>%n arquivos não puderam ser importados:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>nothing to import</source>
        <translation>nada a importar</translation>
    </message>
    <message>
        <source>Imported: {counts} (cancelled).</source>
        <translation>Importados: {counts} (cancelado).</translation>
    </message>
    <message>
        <source>Imported: {counts}.</source>
        <translation>Importados: {counts}.</translation>
    </message>
    <message>
        <source>An import is already running; wait for it or cancel it.</source>
        <translation>Já há uma importação em andamento; aguarde ou cancele-a.</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Importando {name}</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n item(s)</source>
        <translation>
            <numerusform>Importando %n item</numerusform>
            <numerusform>Importando %n itens</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching {url}</source>
        <translation>A obter {url}</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n novo</numerusform>
            <numerusform>%n novos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n atualizado</numerusform>
            <numerusform>%n atualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inalterado</numerusform>
            <numerusform>%n inalterados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n com falha</numerusform>
            <numerusform>%n com falha</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Importação cancelada.</translation>
    </message>
    <message>
        <source>The import failed: {error}.</source>
        <translation>A importação falhou: {error}.</translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <source>Claim</source>
        <extracomment>The built-in labels&apos; names are data (stored, exported, searched as ``label:Claim``); the window shows them in the interface language, and a reader&apos;s own labels as typed.</extracomment>
        <translation>Afirmação</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidência</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Claim, Evidence and Question are built in: they can be recoloured. Your own labels can also be renamed and deleted. Edit → Undo takes back any change.</source>
        <translation>Afirmação, Evidência e Pergunta são embutidas: é possível mudar a cor delas. As suas próprias etiquetas também podem ser renomeadas e excluídas. Editar → Desfazer reverte qualquer alteração.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Destaques</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renomear</translation>
    </message>
    <message>
        <source>Rename the selected label</source>
        <translation>Renomear a etiqueta selecionada</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>&amp;Cor…</translation>
    </message>
    <message>
        <source>Change the colour of the selected label</source>
        <translation>Mudar a cor da etiqueta selecionada</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Excluir…</translation>
    </message>
    <message>
        <source>Delete the selected label</source>
        <translation>Excluir a etiqueta selecionada</translation>
    </message>
    <message>
        <source>Name of the new label</source>
        <translation>Nome da nova etiqueta</translation>
    </message>
    <message>
        <source>New label name</source>
        <translation>Nome da nova etiqueta</translation>
    </message>
    <message>
        <source>Colour of the new label</source>
        <translation>Cor da nova etiqueta</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Add the new label</source>
        <translation>Adicionar a nova etiqueta</translation>
    </message>
    <message>
        <source>Labels problem</source>
        <translation>Problema com as etiquetas</translation>
    </message>
    <message>
        <source>Built in: it can be recoloured, not renamed or deleted.</source>
        <translation>Embutida: a cor pode ser mudada, mas ela não pode ser renomeada nem excluída.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln destaque</numerusform>
            <numerusform>%Ln destaques</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a name for the new label first.</source>
        <translation>Digite primeiro um nome para a nova etiqueta.</translation>
    </message>
    <message>
        <source>Colour of {label}</source>
        <translation>Cor de {label}</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Afrikaans</source>
        <translation>Africâner</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Búlgaro</translation>
    </message>
    <message>
        <source>Bangla</source>
        <translation>Bengali</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Catalão</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tcheco</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Galês</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dinamarquês</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemão</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Grego</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <source>Esperanto</source>
        <translation>Esperanto</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espanhol</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estoniano</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persa</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finlandês</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francês</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>Guzerate</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebraico</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Híndi</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Croata</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Húngaro</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonésio</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonês</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>Canarim</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>Latim</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Lituano</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Letão</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>Macedônio</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>Malaiala</translation>
    </message>
    <message>
        <source>Marathi</source>
        <translation>Marati</translation>
    </message>
    <message>
        <source>Nepali</source>
        <translation>Nepalês</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Neerlandês</translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>Norueguês bokmål</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>Panjabi</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polonês</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Português</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Romeno</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russo</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Eslovaco</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Esloveno</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Albanês</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Sueco</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Suaíli</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tâmil</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>Télugo</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Tailandês</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>Filipino</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turco</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ucraniano</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinês</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Chinês (simplificado)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Chinês (tradicional)</translation>
    </message>
    <message>
        <source>Language not determined (too little text).</source>
        <translation>Idioma não determinado (pouco texto).</translation>
    </message>
    <message>
        <source>{language}, detected with {percent}% confidence</source>
        <translation>{language}, detectado com {percent}% de confiança</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Destaques</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Veículo</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Imported {time} (UTC)</source>
        <translation>Importado {time} (UTC)</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n destaque</numerusform>
            <numerusform>%n destaques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Show language</source>
        <translation>Mostrar idioma</translation>
    </message>
    <message>
        <source>Show source</source>
        <translation>Mostrar fonte</translation>
    </message>
    <message>
        <source>Show imported</source>
        <translation>Mostrar data de importação</translation>
    </message>
    <message>
        <source>Show highlights</source>
        <translation>Mostrar destaques</translation>
    </message>
    <message>
        <source>Show outlet</source>
        <translation>Mostrar veículo</translation>
    </message>
    <message>
        <source>Show author</source>
        <translation>Mostrar autor</translation>
    </message>
    <message>
        <source>Show publication date</source>
        <translation>Mostrar data de publicação</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>Filtrar por idioma</translation>
    </message>
    <message>
        <source>Show only documents in one language</source>
        <translation>Mostrar só documentos em um idioma</translation>
    </message>
    <message>
        <source>Filter by highlight label</source>
        <translation>Filtrar por etiqueta de destaque</translation>
    </message>
    <message>
        <source>Show only documents with a highlight of this label</source>
        <translation>Mostrar só documentos com um destaque desta etiqueta</translation>
    </message>
    <message>
        <source>Filter by outlet</source>
        <translation>Filtrar por veículo</translation>
    </message>
    <message>
        <source>Show only documents from one outlet</source>
        <translation>Mostrar apenas documentos de um veículo</translation>
    </message>
    <message>
        <source>Filter by title, outlet, author, date…</source>
        <translation>Filtrar por título, veículo, autor, data…</translation>
    </message>
    <message>
        <source>Filter the documents</source>
        <translation>Filtrar os documentos</translation>
    </message>
    <message>
        <source>Number of documents shown</source>
        <translation>Número de documentos mostrados</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>Todas as etiquetas</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos os idiomas</translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>Todos os veículos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln documento</numerusform>
            <numerusform>%Ln documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} de {total}</translation>
    </message>
    <message>
        <source>{documents} · {selected} selected</source>
        <translation>{documents} · {selected} selecionados</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>same claim</source>
        <translation>mesma afirmação</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>apoia</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>contradiz</translation>
    </message>
    <message>
        <source>Link highlight</source>
        <translation>Vincular destaque</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relação</translation>
    </message>
    <message>
        <source>Highlights to link to</source>
        <translation>Destaques a vincular</translation>
    </message>
    <message>
        <source>Link to</source>
        <translation>Vincular a</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Escuro</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Seguir o &amp;sistema</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <extracomment>The side panels&apos; share of the width while comparing (the library dock hides).</extracomment>
        <translation>Importar uma pasta</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Importar artigos</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>Projetos REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <source>Article</source>
        <extracomment>Set when the reader chose to restart in another language: run_app builds the window again (same library, new translators) once this one has closed.</extracomment>
        <translation>Artigo</translation>
    </message>
    <message>
        <source>Compared sources</source>
        <translation>Fontes comparadas</translation>
    </message>
    <message>
        <source>Reading area</source>
        <translation>Área de leitura</translation>
    </message>
    <message>
        <source>Reading area and claims</source>
        <translation>Área de leitura e afirmações</translation>
    </message>
    <message>
        <source>Search results and library</source>
        <translation>Resultados da pesquisa e biblioteca</translation>
    </message>
    <message>
        <source>Search and library</source>
        <translation>Pesquisa e biblioteca</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Destaques</translation>
    </message>
    <message>
        <source>Other sources</source>
        <translation>Outras fontes</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmações</translation>
    </message>
    <message>
        <source>Search hit position</source>
        <translation>Posição da ocorrência</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importar arquivos…</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>Importar &amp;pasta…</translation>
    </message>
    <message>
        <source>Import every article in a folder</source>
        <translation>Importar todos os artigos de uma pasta</translation>
    </message>
    <message>
        <source>Import &amp;highlights…</source>
        <translation>Importar &amp;destaques…</translation>
    </message>
    <message>
        <source>Read highlights back from a W3C Web Annotation (JSON-LD) export</source>
        <translation>Ler de volta os destaques de uma exportação W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>&amp;Export highlights…</source>
        <translation>&amp;Exportar destaques…</translation>
    </message>
    <message>
        <source>Export highlights as Markdown, HTML, CSV or JSON-LD</source>
        <translation>Exportar destaques como Markdown, HTML, CSV ou JSON-LD</translation>
    </message>
    <message>
        <source>&amp;Back up library now…</source>
        <translation>Fazer &amp;backup da biblioteca agora…</translation>
    </message>
    <message>
        <source>Copy the library into its backups folder now</source>
        <translation>Copiar agora a biblioteca para a pasta de backups dela</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar de um backup…</translation>
    </message>
    <message>
        <source>Replace the library with one of its backups</source>
        <translation>Substituir a biblioteca por um dos backups dela</translation>
    </message>
    <message>
        <source>La&amp;bels…</source>
        <translation>&amp;Etiquetas…</translation>
    </message>
    <message>
        <source>Add, rename, recolour and delete labels</source>
        <translation>Adicionar, renomear, recolorir e excluir etiquetas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Localizar…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Pesquisar na biblioteca</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Localizar &amp;próximo</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>Localizar &amp;anterior</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reduzir</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Tamanho real</translation>
    </message>
    <message>
        <source>Highlight with the &amp;last label</source>
        <translation>Destacar com a ú&amp;ltima etiqueta</translation>
    </message>
    <message>
        <source>&amp;Delete highlight</source>
        <translation>E&amp;xcluir destaque</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Parallax</source>
        <translation>&amp;Sobre o Parallax</translation>
    </message>
    <message>
        <source>Restore newest backup puts that copy in place and reloads the window; the damaged file is kept in the backups folder.</source>
        <translation>“Restaurar o backup mais recente” coloca essa cópia no lugar e recarrega a janela; o arquivo danificado fica guardado na pasta de backups.</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>o idioma do sistema</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <source>Show Parallax in {language} now? The window is built again on the same library; nothing is lost.</source>
        <translation>Mostrar o Parallax em {language} agora? A janela é reconstruída na mesma biblioteca; nada se perde.</translation>
    </message>
    <message>
        <source>Switch now</source>
        <translation>Mudar agora</translation>
    </message>
    <message>
        <source>At the next start</source>
        <translation>Na próxima inicialização</translation>
    </message>
    <message>
        <source>Parallax will be in {language} the next time it starts.</source>
        <translation>O Parallax estará em {language} na próxima inicialização.</translation>
    </message>
    <message>
        <source>&amp;Compare selected documents</source>
        <translation>&amp;Comparar documentos selecionados</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm *.xhtml *.pdf *.docx *.epub);;All files (*)</source>
        <translation>Artigos (*.txt *.md *.markdown *.html *.htm *.xhtml *.pdf *.docx *.epub);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Import from URL</source>
        <translation>Importar de URL</translation>
    </message>
    <message>
        <source>Web address of the page to fetch (http:// or https://):</source>
        <translation>Endereço web da página a obter (http:// ou https://):</translation>
    </message>
    <message>
        <source>Import articles (.txt, .md, .html, .pdf, .docx, .epub) into the library</source>
        <translation>Importar artigos (.txt, .md, .html, .pdf, .docx, .epub) para a biblioteca</translation>
    </message>
    <message>
        <source>Import from &amp;URL…</source>
        <translation>Importar de &amp;URL…</translation>
    </message>
    <message>
        <source>Fetch one web page and import its article</source>
        <translation>Obter uma página web e importar o seu artigo</translation>
    </message>
    <message>
        <source>&amp;Check library…</source>
        <translation>&amp;Verificar a biblioteca…</translation>
    </message>
    <message>
        <source>Check the library file for damage and list the rows that cannot be read</source>
        <translation>Verificar se o arquivo da biblioteca está danificado e listar os registros que não podem ser lidos</translation>
    </message>
    <message>
        <source>Show the two to four documents selected in the library side by side</source>
        <translation>Mostrar lado a lado os dois a quatro documentos selecionados na biblioteca</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>Comparar co&amp;m…</translation>
    </message>
    <message>
        <source>Choose documents to show beside the open one</source>
        <translation>Escolher documentos para mostrar ao lado do aberto</translation>
    </message>
    <message>
        <source>C&amp;lose comparison</source>
        <translation>&amp;Fechar comparação</translation>
    </message>
    <message>
        <source>Back to reading one article</source>
        <translation>Voltar a ler um artigo</translation>
    </message>
    <message>
        <source>&amp;Focus on the comparison</source>
        <translation>Focar &amp;na comparação</translation>
    </message>
    <message>
        <source>Give the compared sources the width: the library hides and the side panels narrow (as they were when the comparison closes)</source>
        <translation>Dar a largura às fontes comparadas: a biblioteca se oculta e os painéis laterais se estreitam (voltam como estavam ao fechar a comparação)</translation>
    </message>
    <message>
        <source>Find in &amp;other sources</source>
        <translation>Localizar nas &amp;outras fontes</translation>
    </message>
    <message>
        <source>Find where the other sources state the selected passage</source>
        <translation>Localizar onde as outras fontes afirmam o trecho selecionado</translation>
    </message>
    <message>
        <source>Every claim group: which sources state it, in what words and figures</source>
        <translation>Cada grupo de afirmações: quais fontes a fazem, com que palavras e números</translation>
    </message>
    <message>
        <source>Highlight as {label}</source>
        <translation>Destacar como {label}</translation>
    </message>
    <message>
        <source>Highlight the selected text as {label}</source>
        <translation>Destacar o texto selecionado como {label}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>A&amp;notar</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Shows Parallax in this language (the window is rebuilt, your place is kept)</source>
        <translation>Mostra o Parallax neste idioma (a janela é reconstruída, sua posição é mantida)</translation>
    </message>
    <message>
        <source>Cl&amp;aims</source>
        <translation>&amp;Afirmações</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Anotar</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Exibir</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <source>Show the {count} documents selected in the library side by side</source>
        <translation>Mostrar lado a lado os {count} documentos selecionados na biblioteca</translation>
    </message>
    <message numerus="yes">
        <source>Select two to four documents in the library (Ctrl-click, Shift-click) to compare them; %n selected</source>
        <translation>
            <numerusform>Selecione de dois a quatro documentos na biblioteca (Ctrl-clique, Shift-clique) para compará-los; %n selecionado</numerusform>
            <numerusform>Selecione de dois a quatro documentos na biblioteca (Ctrl-clique, Shift-clique) para compará-los; %n selecionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparação</translation>
    </message>
    <message>
        <source>Close the claims</source>
        <translation>Fechar as afirmações</translation>
    </message>
    <message>
        <source>Parallax {version}

Read, search and annotate articles across languages. Your library stays on this computer; Parallax never uses the network.</source>
        <translation>Parallax {version}

Leia, pesquise e anote artigos em vários idiomas. Sua biblioteca fica neste computador; o Parallax nunca usa a rede.</translation>
    </message>
    <message>
        <source>About Parallax</source>
        <translation>Sobre o Parallax</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>create highlight</source>
        <extracomment>Languages with a translation in ``translations/``; English is the source language. What the setting may hold. Each language in its own language, for the Language menu (never translated).</extracomment>
        <translation>criar destaque</translation>
    </message>
    <message>
        <source>relabel highlight</source>
        <translation>mudar etiqueta do destaque</translation>
    </message>
    <message>
        <source>edit note</source>
        <translation>editar nota</translation>
    </message>
    <message>
        <source>edit tags</source>
        <translation>editar tags</translation>
    </message>
    <message>
        <source>edit highlight</source>
        <translation>editar destaque</translation>
    </message>
    <message>
        <source>delete highlight</source>
        <translation>excluir destaque</translation>
    </message>
    <message>
        <source>re-attach highlight</source>
        <translation>reancorar destaque</translation>
    </message>
    <message>
        <source>unlink highlights</source>
        <translation>desvincular destaques</translation>
    </message>
    <message>
        <source>link as the same claim</source>
        <translation>vincular como mesma afirmação</translation>
    </message>
    <message>
        <source>import highlights</source>
        <translation>importar destaques</translation>
    </message>
    <message>
        <source>link highlights {name}</source>
        <translation>vincular destaques {name}</translation>
    </message>
    <message>
        <source>add label {name}</source>
        <translation>adicionar etiqueta {name}</translation>
    </message>
    <message>
        <source>rename label {name}</source>
        <translation>renomear etiqueta {name}</translation>
    </message>
    <message>
        <source>recolour label {name}</source>
        <translation>mudar cor da etiqueta {name}</translation>
    </message>
    <message>
        <source>delete label {name}</source>
        <translation>excluir etiqueta {name}</translation>
    </message>
    <message>
        <source>Undo {operation}</source>
        <translation>Desfazer: {operation}</translation>
    </message>
    <message>
        <source>Redo {operation}</source>
        <translation>Refazer: {operation}</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <source>Document title</source>
        <translation>Título do documento</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Idioma do documento</translation>
    </message>
    <message>
        <source>Document source</source>
        <translation>Fonte do documento</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>Detalhes do documento</translation>
    </message>
    <message>
        <source>Search hit position</source>
        <translation>Posição da ocorrência</translation>
    </message>
    <message>
        <source>Document header</source>
        <translation>Cabeçalho do documento</translation>
    </message>
    <message>
        <source>imported {time}</source>
        <translation>importado {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n ocorrência</numerusform>
            <numerusform>%n ocorrências</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hit {number} of %n</source>
        <translation>
            <numerusform>ocorrência {number} de %n</numerusform>
            <numerusform>ocorrência {number} de %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>Select a passage and choose Find in other sources (Ctrl+Shift+F) to see where the other sources state the same thing.</source>
        <translation>Selecione um trecho e escolha Localizar nas outras fontes (Ctrl+Shift+F) para ver onde as outras fontes afirmam a mesma coisa.</translation>
    </message>
    <message>
        <source>Passage looked for</source>
        <translation>Trecho procurado</translation>
    </message>
    <message>
        <source>Looking in the other sources</source>
        <translation>Procurando nas outras fontes</translation>
    </message>
    <message>
        <source>Related passages</source>
        <translation>Trechos relacionados</translation>
    </message>
    <message>
        <source>Related passages by source</source>
        <translation>Trechos relacionados por fonte</translation>
    </message>
    <message>
        <source>Looking for “{quote}” ({lang}, {source}) in the other sources…</source>
        <translation>Procurando “{quote}” ({lang}, {source}) nas outras fontes…</translation>
    </message>
    <message>
        <source>Where other sources state “{quote}” ({lang}, {source}):</source>
        <translation>Onde outras fontes afirmam “{quote}” ({lang}, {source}):</translation>
    </message>
    <message numerus="yes">
        <source>%n weaker passage(s) (score below {score}) not shown.</source>
        <translation>
            <numerusform>%n trecho mais fraco (pontuação abaixo de {score}) não exibido.</numerusform>
            <numerusform>%n trechos mais fracos (pontuação abaixo de {score}) não exibidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passages not shown</source>
        <translation>Trechos não exibidos</translation>
    </message>
    <message>
        <source>No other source states anything like it.</source>
        <translation>Nenhuma outra fonte afirma algo parecido.</translation>
    </message>
    <message>
        <source>{badge} · {title}</source>
        <translation>{badge} · {title}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Related passage {rank}</source>
        <extracomment>Passages scoring below this are not offered: at 0.06 the only evidence is position or length, and listing them reads as if they were candidates.</extracomment>
        <translation>Trecho relacionado {rank}</translation>
    </message>
    <message>
        <source>Passage text</source>
        <translation>Texto do trecho</translation>
    </message>
    <message>
        <source>position and length only</source>
        <translation>só posição e tamanho</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>Por quê: {reasons}</translation>
    </message>
    <message>
        <source>Why it is related</source>
        <translation>Por que está relacionado</translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation>pontuação {score}</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>How much evidence says this passage states the same thing (0 to 1)</source>
        <translation>Quanto os indícios dizem que este trecho afirma a mesma coisa (de 0 a 1)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show this passage</source>
        <translation>Mostrar este trecho</translation>
    </message>
    <message>
        <source>Open the source at this passage (or double-click)</source>
        <translation>Abrir a fonte neste trecho (ou clique duas vezes)</translation>
    </message>
    <message>
        <source>Link as same claim</source>
        <translation>Vincular como mesma afirmação</translation>
    </message>
    <message>
        <source>Linked ✓</source>
        <translation>Vinculado ✓</translation>
    </message>
    <message>
        <source>Linked to the selection as the same claim (Ctrl+Z undoes it)</source>
        <translation>Vinculado à seleção como mesma afirmação (Ctrl+Z desfaz)</translation>
    </message>
    <message>
        <source>Highlight the selection and this passage and link them as the same claim</source>
        <translation>Destacar a seleção e este trecho e vinculá-los como mesma afirmação</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Highlight</source>
        <translation>Destaque</translation>
    </message>
    <message>
        <source>in {document}</source>
        <translation>em {document}</translation>
    </message>
    <message>
        <source>Highlight in {document}:</source>
        <translation>Destaque em {document}:</translation>
    </message>
    <message>
        <source>Search: words, &quot;a phrase&quot;, lang:it gigawatt, title:…</source>
        <translation>Pesquisar: palavras, &quot;uma frase&quot;, lang:it gigawatt, title:…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Words are stemmed per language; use quotes for phrases, AND / OR / NOT, prefix*, fuzzy~, lang:xx and title:… (Ctrl+F)</source>
        <translation>As palavras são reduzidas ao radical em cada idioma; use aspas para frases, AND / OR / NOT, prefixo*, aproximado~, lang:xx e title:… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search problem</source>
        <translation>Problema na pesquisa</translation>
    </message>
    <message>
        <source>Type to search the whole library.</source>
        <translation>Digite para pesquisar em toda a biblioteca.</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Status da pesquisa</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <source>Search results area</source>
        <translation>Área dos resultados da pesquisa</translation>
    </message>
    <message>
        <source>Searching when the current task finishes…</source>
        <translation>A pesquisa começa quando a tarefa atual terminar…</translation>
    </message>
    <message>
        <source>No document matches.</source>
        <translation>Nenhum documento corresponde.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) match</source>
        <translation>
            <numerusform>%Ln documento corresponde</numerusform>
            <numerusform>%Ln documentos correspondem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln document(s) match</source>
        <translation>
            <numerusform>cerca de %Ln documento corresponde</numerusform>
            <numerusform>cerca de %Ln documentos correspondem</numerusform>
        </translation>
    </message>
    <message>
        <source>{matches} (best {shown} shown)</source>
        <translation>{matches} (os {shown} melhores exibidos)</translation>
    </message>
    <message numerus="yes">
        <source>{matches}; %n highlight(s) by note or tag</source>
        <translation>
            <numerusform>{matches}; %n destaque por nota ou tag</numerusform>
            <numerusform>{matches}; %n destaques por nota ou tag</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed: {error}.</source>
        <translation>A pesquisa falhou: {error}.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Changed in another window</source>
        <extracomment>What runs once a write has landed: it gets the core&apos;s Change.</extracomment>
        <translation>Alterado em outra janela</translation>
    </message>
    <message>
        <source>Select some text to highlight first.</source>
        <translation>Primeiro selecione um texto para destacar.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Reading</source>
        <translation>Leitura</translation>
    </message>
    <message>
        <source>Select text</source>
        <translation>Selecionar texto</translation>
    </message>
    <message>
        <source>Shift+arrows, mouse drag</source>
        <translation>Shift+setas, arrastar com o mouse</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisa</translation>
    </message>
    <message>
        <source>Move from the search field into the results</source>
        <translation>Passar do campo de pesquisa para os resultados</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Seta para baixo</translation>
    </message>
    <message>
        <source>Open the selected result</source>
        <translation>Abrir o resultado selecionado</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Label keys (1, 2, 3…) work while the article has the focus.</source>
        <translation>As teclas de etiqueta (1, 2, 3…) funcionam enquanto o artigo está em foco.</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Task progress</source>
        <translation>Progresso da tarefa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation>Cancelar tarefa</translation>
    </message>
    <message>
        <source>Stop the task (what is finished is kept)</source>
        <translation>Interromper a tarefa (o que já foi concluído é mantido)</translation>
    </message>
    <message>
        <source>{task}: cancelling…</source>
        <translation>{task}: cancelando…</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>The task failed: {error}.</source>
        <translation>A tarefa falhou: {error}.</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Adding the bundled articles to the new library</source>
        <extracomment>The id of a highlight shown while it is being written starts so.</extracomment>
        <translation>Adicionando os artigos incluídos à nova biblioteca</translation>
    </message>
    <message>
        <source>Checking the library and making today&apos;s backup</source>
        <translation>Verificando a biblioteca e fazendo o backup de hoje</translation>
    </message>
    <message>
        <source>Checking the library</source>
        <translation>Verificando a biblioteca</translation>
    </message>
    <message>
        <source>The library could not be checked: {error}.</source>
        <translation>Não foi possível verificar a biblioteca: {error}.</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>Atualizando o índice de pesquisa</translation>
    </message>
    <message>
        <source>Select some text in the article first.</source>
        <translation>Primeiro selecione um texto no artigo.</translation>
    </message>
</context>
</TS>
