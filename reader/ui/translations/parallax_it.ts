<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>Parallax cannot open the library</source>
        <extracomment>Shows the damaged-library box and answers the button clicked (tests inject one).</extracomment>
        <translation>Parallax non riesce ad aprire la biblioteca</translation>
    </message>
    <message>
        <source>The library is damaged</source>
        <translation>La biblioteca è danneggiata</translation>
    </message>
    <message>
        <source>Restore newest backup</source>
        <translation>Ripristina il backup più recente</translation>
    </message>
    <message>
        <source>Restore the newest good backup</source>
        <translation>Ripristina il backup integro più recente</translation>
    </message>
    <message>
        <source>Restore newest backup puts that copy in place and opens the window; the damaged file is kept in the backups folder.</source>
        <translation>«Ripristina il backup più recente» mette al suo posto quella copia e apre la finestra; il file danneggiato resta nella cartella dei backup.</translation>
    </message>
    <message>
        <source>The library file is missing</source>
        <translation>Il file della biblioteca manca</translation>
    </message>
    <message>
        <source>Start a new library</source>
        <translation>Inizia una nuova biblioteca</translation>
    </message>
    <message>
        <source>Start a new, empty library</source>
        <translation>Inizia una nuova biblioteca vuota</translation>
    </message>
    <message>
        <source>Start a new library keeps every backup in the backups folder; you can restore one later from File → Restore from backup…</source>
        <translation>Inizia una nuova biblioteca conserva ogni backup nella cartella backups; potrai ripristinarne uno più tardi da File → Ripristina da backup…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Backing up the library</source>
        <translation>Backup della biblioteca in corso</translation>
    </message>
    <message>
        <source>Restoring the library</source>
        <translation>Ripristino della biblioteca in corso</translation>
    </message>
    <message>
        <source>A backup or restore is already running.</source>
        <translation>Un backup o un ripristino è già in corso.</translation>
    </message>
    <message>
        <source>Backed up the library to {path}.</source>
        <translation>Backup della biblioteca salvato in {path}.</translation>
    </message>
    <message>
        <source>Restored the backup {name}.</source>
        <translation>Backup {name} ripristinato.</translation>
    </message>
    <message>
        <source>The backup or restore failed: {error}.</source>
        <translation>Il backup o il ripristino non è riuscito: {error}.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>automatic</source>
        <translation>automatico</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>fatto da te</translation>
    </message>
    <message>
        <source>the library before a restore</source>
        <translation>la biblioteca prima di un ripristino</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Parallax backs the library up once a day when it opens and keeps the last seven automatic copies. Restoring replaces the whole library with the chosen copy.</source>
        <translation>Parallax esegue il backup della biblioteca una volta al giorno, all&apos;apertura, e conserva le ultime sette copie automatiche. Il ripristino sostituisce l&apos;intera biblioteca con la copia scelta.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Non ci sono ancora backup.</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Stato del backup</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Avanzamento del backup</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Esegui &amp;backup ora</translation>
    </message>
    <message>
        <source>Back up the library now</source>
        <translation>Esegui ora il backup della biblioteca</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Ripristina…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Ripristina il backup selezionato</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backup in corso…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Ripristina da backup</translation>
    </message>
    <message>
        <source>Replace the library with the backup from {date}?</source>
        <translation>Sostituire la biblioteca con il backup del {date}?</translation>
    </message>
    <message>
        <source>Documents and highlights added or changed since then are replaced by the backup&apos;s. The library as it is now is kept first, as a backup listed here (“the library before a restore”), so you can return to it. Undo history is cleared and the search index is rebuilt. Close other Parallax windows first.</source>
        <translation>I documenti e le evidenziazioni aggiunti o modificati da allora vengono sostituiti da quelli del backup. Prima la biblioteca attuale viene conservata come backup elencato qui («la biblioteca prima di un ripristino»), così potrai tornarci. La cronologia di annullamento viene svuotata e l&apos;indice di ricerca ricostruito. Chiudi prima le altre finestre di Parallax.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Restoring {name}…</source>
        <translation>Ripristino di {name}…</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>Backup salvato in {path}.</translation>
    </message>
    <message>
        <source>Restored the backup {name}.</source>
        <translation>Backup {name} ripristinato.</translation>
    </message>
    <message>
        <source>The library as it was is kept as {name}.</source>
        <translation>La biblioteca com&apos;era è conservata come {name}.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check library</source>
        <translation>Controlla la biblioteca</translation>
    </message>
    <message>
        <source>Checking the library…</source>
        <translation>Controllo della biblioteca in corso…</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Risultato del controllo</translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation>Avanzamento del controllo</translation>
    </message>
    <message>
        <source>Damaged rows</source>
        <translation>Voci danneggiate</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Danneggiato</translation>
    </message>
    <message>
        <source>Title or quote</source>
        <translation>Titolo o citazione</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Non leggibile</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Damaged rows are shown with what can be read. To get them back whole, restore a backup from before the damage (File → Restore from backup…).</source>
        <translation>Le voci danneggiate sono mostrate con ciò che si può leggere. Per riaverle intere, ripristina un backup precedente al danno (File → Ripristina da backup…).</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Controlla di &amp;nuovo</translation>
    </message>
    <message>
        <source>Check the library again</source>
        <translation>Controlla di nuovo la biblioteca</translation>
    </message>
    <message>
        <source>The check could not run: {error}.</source>
        <translation>Il controllo non è stato eseguito: {error}.</translation>
    </message>
    <message>
        <source>Integrity check of the library file: passed.</source>
        <translation>Controllo di integrità del file della biblioteca: superato.</translation>
    </message>
    <message>
        <source>Integrity check of the library file: failed ({detail}).</source>
        <translation>Controllo di integrità del file della biblioteca: non superato ({detail}).</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged row(s).</source>
        <translation>
            <numerusform>%n voce danneggiata.</numerusform>
            <numerusform>%n voci danneggiate.</numerusform>
        </translation>
    </message>
    <message>
        <source>No damaged rows.</source>
        <translation>Nessuna voce danneggiata.</translation>
    </message>
    <message numerus="yes">
        <source>The search index holds all %n document(s).</source>
        <translation>
            <numerusform>L&apos;indice di ricerca contiene l&apos;unico documento (%n).</numerusform>
            <numerusform>L&apos;indice di ricerca contiene tutti i %n documenti.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search index holds {indexed} of {documents} documents; it is rebuilt the next time you search.</source>
        <translation>L&apos;indice di ricerca contiene {indexed} documenti su {documents}; viene ricostruito alla prossima ricerca.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Evidenziazione</translation>
    </message>
    <message>
        <source>paragraphs and languages</source>
        <translation>paragrafi e lingue</translation>
    </message>
    <message>
        <source>metadata (author, date, outlet)</source>
        <translation>metadati (autore, data, testata)</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tag</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>⚠ figures differ</source>
        <translation>⚠ le cifre differiscono</translation>
    </message>
    <message>
        <source>— not stated</source>
        <translation>— non riportata</translation>
    </message>
    <message>
        <source>figures: {figures}</source>
        <translation>cifre: {figures}</translation>
    </message>
    <message numerus="yes">
        <source>Stated by %n source(s)</source>
        <translation>
            <numerusform>Riportata da %n fonte</numerusform>
            <numerusform>Riportata da %n fonti</numerusform>
        </translation>
    </message>
    <message>
        <source>Not stated by: {sources}</source>
        <translation>Non riportata da: {sources}</translation>
    </message>
    <message>
        <source>{source} does not state this claim (no linked highlight)</source>
        <translation>{source} non riporta questa affermazione (nessuna evidenziazione collegata)</translation>
    </message>
    <message>
        <source>≈ an order of magnitude, not a stated figure</source>
        <translation>≈ un ordine di grandezza, non una cifra dichiarata</translation>
    </message>
    <message>
        <source>⚠ its figures differ from another source&apos;s</source>
        <translation>⚠ le sue cifre differiscono da quelle di un&apos;altra fonte</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affermazione</translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message>
        <source>No claim groups yet.</source>
        <translation>Ancora nessun gruppo di affermazioni.</translation>
    </message>
    <message>
        <source>Claims summary</source>
        <translation>Riepilogo delle affermazioni</translation>
    </message>
    <message>
        <source>Updating the claims</source>
        <translation>Aggiornamento delle affermazioni</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Esporta &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export the claims as a Markdown table</source>
        <translation>Esporta le affermazioni come tabella Markdown</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Esporta &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the claims as CSV</source>
        <translation>Esporta le affermazioni in CSV</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Stato dell&apos;esportazione</translation>
    </message>
    <message>
        <source>Claim groups</source>
        <translation>Gruppi di affermazioni</translation>
    </message>
    <message>
        <source>Near-duplicates: passages two sources of the same language share almost verbatim (double-click to compare them)</source>
        <translation>Quasi duplicati: passi che due fonti della stessa lingua condividono quasi alla lettera (doppio clic per confrontarli)</translation>
    </message>
    <message>
        <source>Near-duplicate passages</source>
        <translation>Passi quasi duplicati</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>Simili</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Claims and near-duplicates</source>
        <translation>Affermazioni e quasi duplicati</translation>
    </message>
    <message>
        <source>No claim groups yet: select a passage, Find in other sources (Ctrl+Shift+F), then Link as same claim.</source>
        <translation>Ancora nessun gruppo di affermazioni: seleziona un passo, Trova nelle altre fonti (Ctrl+Maiusc+F), poi Collega come stessa affermazione.</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n affermazione</numerusform>
            <numerusform>%n affermazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n fonte</numerusform>
            <numerusform>%n fonti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ figures differ in %n</source>
        <translation>
            <numerusform>⚠ le cifre differiscono in %n</numerusform>
            <numerusform>⚠ le cifre differiscono in %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Markdown table (*.md)</source>
        <translation>Tabella Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>Impossibile scrivere {path}: {reason}.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Salvato in {path}.</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <source>Source title</source>
        <translation>Titolo della fonte</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>Lingua della fonte</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>File della fonte</translation>
    </message>
    <message>
        <source>Search hit position</source>
        <translation>Posizione del risultato</translation>
    </message>
    <message>
        <source>Source header</source>
        <translation>Intestazione della fonte</translation>
    </message>
    <message>
        <source>Source text: {title}</source>
        <translation>Testo della fonte: {title}</translation>
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
        <translation>Che cosa si confronta</translation>
    </message>
    <message>
        <source>Aligning the sources</source>
        <translation>Allineamento delle fonti</translation>
    </message>
    <message>
        <source>Alignment status</source>
        <translation>Stato dell&apos;allineamento</translation>
    </message>
    <message>
        <source>&amp;Scroll together</source>
        <translation>&amp;Scorri insieme</translation>
    </message>
    <message>
        <source>Keep the panes on the same passage: scrolling one scrolls the others to the paragraphs aligned with it</source>
        <translation>Mantieni i riquadri sullo stesso passo: scorrendone uno, gli altri scorrono ai paragrafi allineati</translation>
    </message>
    <message>
        <source>Scroll together</source>
        <translation>Scorri insieme</translation>
    </message>
    <message>
        <source>Close comparison</source>
        <translation>Chiudi il confronto</translation>
    </message>
    <message>
        <source>Back to reading one article (Esc)</source>
        <translation>Torna alla lettura di un articolo (Esc)</translation>
    </message>
    <message>
        <source>Sources side by side</source>
        <translation>Fonti affiancate</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n source(s)</source>
        <translation>
            <numerusform>Confronto di %n fonte</numerusform>
            <numerusform>Confronto di %n fonti</numerusform>
        </translation>
    </message>
    <message>
        <source>Aligning…</source>
        <translation>Allineamento…</translation>
    </message>
    <message>
        <source>Sources differ: aligned where they meet</source>
        <translation>Le fonti differiscono: allineate dove coincidono</translation>
    </message>
    <message>
        <source>Could not align: {reason}</source>
        <translation>Impossibile allineare: {reason}</translation>
    </message>
</context>
<context>
    <name>CompareWithDialog</name>
    <message>
        <source>Compare with</source>
        <translation>Confronta con</translation>
    </message>
    <message>
        <source>Choose one to three documents to show beside “{title}” (Ctrl-click to choose several).</source>
        <translation>Scegli da uno a tre documenti da mostrare accanto a «{title}» (Ctrl+clic per sceglierne più di uno).</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>Filtra documenti</translation>
    </message>
    <message>
        <source>Filter by title or file name</source>
        <translation>Filtra per titolo o nome del file</translation>
    </message>
    <message>
        <source>Documents to compare with</source>
        <translation>Documenti da confrontare</translation>
    </message>
    <message>
        <source>Documents chosen</source>
        <translation>Documenti scelti</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Confronta</translation>
    </message>
    <message>
        <source>At most three documents beside the open one.</source>
        <translation>Al massimo tre documenti accanto a quello aperto.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) chosen</source>
        <translation>
            <numerusform>%n documento scelto</numerusform>
            <numerusform>%n documenti scelti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comparing</name>
    <message>
        <source>Choose two to four documents to compare.</source>
        <translation>Scegli da due a quattro documenti da confrontare.</translation>
    </message>
    <message>
        <source>Open an article first, then compare it.</source>
        <translation>Apri prima un articolo, poi confrontalo.</translation>
    </message>
    <message>
        <source>Select a passage first, then Find in other sources.</source>
        <translation>Seleziona prima un passo, poi Trova nelle altre fonti.</translation>
    </message>
    <message>
        <source>Linked as the same claim (Compare → Claims lists it; Ctrl+Z undoes it).</source>
        <translation>Collegati come stessa affermazione (Confronta → Affermazioni la elenca; Ctrl+Z annulla).</translation>
    </message>
</context>
<context>
    <name>DamageNotice</name>
    <message>
        <source>Damaged rows</source>
        <translation>Voci danneggiate</translation>
    </message>
    <message>
        <source>Damaged rows message</source>
        <translation>Messaggio sulle voci danneggiate</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Dettagli…</translation>
    </message>
    <message>
        <source>List the damaged rows</source>
        <translation>Elenca le voci danneggiate</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Nascondi questo messaggio</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n evidenziazione</numerusform>
            <numerusform>%n evidenziazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>{documents} and {highlights}</source>
        <translation>{documents} e {highlights}</translation>
    </message>
    <message>
        <source>The library file is damaged in {what}: shown without the unreadable part.</source>
        <translation>Il file della biblioteca è danneggiato in {what}: mostrati senza la parte illeggibile.</translation>
    </message>
</context>
<context>
    <name>DeleteLabelDialog</name>
    <message>
        <source>Delete label</source>
        <extracomment>Asks for a colour: (parent, current colour, title) → the chosen colour, None on Cancel.</extracomment>
        <translation>Elimina etichetta</translation>
    </message>
    <message numerus="yes">
        <source>The label “{label}” is on %n highlight(s). What should happen to them?</source>
        <translation>
            <numerusform>L&apos;etichetta «{label}» è usata da %n evidenziazione. Che cosa farne?</numerusform>
            <numerusform>L&apos;etichetta «{label}» è usata da %n evidenziazioni. Che cosa farne?</numerusform>
        </translation>
    </message>
    <message>
        <source>What deleting the label does</source>
        <translation>Che cosa comporta eliminare l&apos;etichetta</translation>
    </message>
    <message>
        <source>&amp;Move them to the label</source>
        <translation>&amp;Spostale nell&apos;etichetta</translation>
    </message>
    <message>
        <source>Move the highlights to another label</source>
        <translation>Sposta le evidenziazioni in un&apos;altra etichetta</translation>
    </message>
    <message>
        <source>Label to move the highlights to</source>
        <translation>Etichetta in cui spostare le evidenziazioni</translation>
    </message>
    <message>
        <source>&amp;Keep them, without a label</source>
        <translation>&amp;Tienile senza etichetta</translation>
    </message>
    <message>
        <source>Keep the highlights without a label</source>
        <translation>Tieni le evidenziazioni senza etichetta</translation>
    </message>
    <message>
        <source>The highlights, their notes and tags are kept either way; Edit → Undo brings the label back.</source>
        <translation>Le evidenziazioni, le loro note e i tag vengono conservati in ogni caso; Modifica → Annulla ripristina l&apos;etichetta.</translation>
    </message>
    <message>
        <source>Delete the label</source>
        <translation>Elimina l&apos;etichetta</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Document text</source>
        <translation>Testo del documento</translation>
    </message>
    <message>
        <source>Open a document from the library or from search results.</source>
        <translation>Apri un documento dalla biblioteca o dai risultati della ricerca.</translation>
    </message>
    <message>
        <source>Text menu</source>
        <translation>Menu del testo</translation>
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
        <translation>CSV (foglio di calcolo)</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>REFI-QDA project (NVivo, ATLAS.ti, MAXQDA, QualCoder)</source>
        <translation>Progetto REFI-QDA (NVivo, ATLAS.ti, MAXQDA, QualCoder)</translation>
    </message>
    <message>
        <source>Export highlights</source>
        <translation>Esporta evidenziazioni</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato di esportazione</translation>
    </message>
    <message>
        <source>CSV column separator</source>
        <translation>Separatore di colonne CSV</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Virgola</translation>
    </message>
    <message>
        <source>Semicolon (spreadsheets in German, Italian, French…)</source>
        <translation>Punto e virgola (fogli di calcolo in italiano, tedesco, francese…)</translation>
    </message>
    <message>
        <source>One note per document (Obsidian, Logseq)</source>
        <translation>Una nota per documento (Obsidian, Logseq)</translation>
    </message>
    <message>
        <source>One Markdown note per document</source>
        <translation>Una nota Markdown per documento</translation>
    </message>
    <message>
        <source>Show web images from notes (they load when viewed)</source>
        <translation>Mostra le immagini web delle note (si caricano alla lettura)</translation>
    </message>
    <message>
        <source>Keep web images in notes</source>
        <translation>Mantieni le immagini web nelle note</translation>
    </message>
    <message>
        <source>Windows line endings (for MAXQDA)</source>
        <translation>Fine riga Windows (per MAXQDA)</translation>
    </message>
    <message>
        <source>Windows line endings in the project&apos;s texts</source>
        <translation>Fine riga Windows nei testi del progetto</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tutti i documenti</translation>
    </message>
    <message>
        <source>Current document</source>
        <translation>Documento corrente</translation>
    </message>
    <message>
        <source>Selected documents ({count})</source>
        <translation>Documenti selezionati ({count})</translation>
    </message>
    <message>
        <source>Export scope: {scope}</source>
        <translation>Ambito dell&apos;esportazione: {scope}</translation>
    </message>
    <message>
        <source>Only highlights with label</source>
        <translation>Solo evidenziazioni con etichetta</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Qualsiasi etichetta</translation>
    </message>
    <message>
        <source>Only highlights with tag</source>
        <translation>Solo evidenziazioni con tag</translation>
    </message>
    <message>
        <source>any tag</source>
        <translation>qualsiasi tag</translation>
    </message>
    <message>
        <source>Only highlights matching the query</source>
        <translation>Solo evidenziazioni che corrispondono alla ricerca</translation>
    </message>
    <message>
        <source>any; e.g. tag:figures OR note:TPU</source>
        <translation>qualsiasi; ad es. tag:cifre OR note:TPU</translation>
    </message>
    <message>
        <source>The search query language: words, &quot;phrases&quot;, note:, tag:, label:, AND, OR, NOT</source>
        <translation>Il linguaggio di ricerca: parole, &quot;frasi&quot;, note:, tag:, label:, AND, OR, NOT</translation>
    </message>
    <message>
        <source>Query problem</source>
        <translation>Problema nella ricerca</translation>
    </message>
    <message>
        <source>Only documents in language</source>
        <translation>Solo documenti in lingua</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Qualsiasi lingua</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>Anteprima dell&apos;esportazione</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Stato dell&apos;esportazione</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Salva…</translation>
    </message>
    <message>
        <source>Save export to a file</source>
        <translation>Salva l&apos;esportazione in un file</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opzioni</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenti</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Ricerca</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Anteprima:</translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation>Preparazione dell&apos;anteprima…</translation>
    </message>
    <message>
        <source>Saving as soon as the preview is ready…</source>
        <translation>Salvataggio non appena l&apos;anteprima è pronta…</translation>
    </message>
    <message>
        <source>Finding the highlights that match the query…</source>
        <translation>Ricerca delle evidenziazioni corrispondenti…</translation>
    </message>
    <message>
        <source>Correct the query to see what would be exported.</source>
        <translation>Correggi la ricerca per vedere che cosa verrebbe esportato.</translation>
    </message>
    <message>
        <source>The export failed: {error}.</source>
        <translation>L&apos;esportazione non è riuscita: {error}.</translation>
    </message>
    <message>
        <source>Nothing to export: no highlight in these documents matches these choices.</source>
        <translation>Niente da esportare: nessuna evidenziazione di questi documenti corrisponde a queste scelte.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln evidenziazione</numerusform>
            <numerusform>%Ln evidenziazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln carattere</numerusform>
            <numerusform>%Ln caratteri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln riga</numerusform>
            <numerusform>%Ln righe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s), one per document, written into the folder you choose.</source>
        <translation>
            <numerusform>%n nota, una per documento, scritta nella cartella che scegli.</numerusform>
            <numerusform>%n note, una per documento, scritte nella cartella che scegli.</numerusform>
        </translation>
    </message>
    <message>
        <source>A REFI-QDA project (a zip file); the preview shows its project.qde.</source>
        <translation>Un progetto REFI-QDA (un file zip); l&apos;anteprima mostra il suo project.qde.</translation>
    </message>
    <message>
        <source>{format} (*{suffix});;All files (*)</source>
        <translation>{format} (*{suffix});;Tutti i file (*)</translation>
    </message>
    <message>
        <source>A new folder for the notes (*)</source>
        <translation>Una nuova cartella per le note (*)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>Impossibile scrivere {path}: {reason}.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Salvato in {path}.</translation>
    </message>
</context>
<context>
    <name>HighlightsImporter</name>
    <message>
        <source>Import highlights</source>
        <extracomment>Asks for a file of highlights to import: (parent) → its path, None on Cancel.</extracomment>
        <translation>Importa evidenziazioni</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.jsonld *.json);;All files (*)</source>
        <translation>Web Annotation W3C (*.jsonld *.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Highlights are already being imported; wait for them.</source>
        <translation>È già in corso un&apos;importazione di evidenziazioni; attendi che finisca.</translation>
    </message>
    <message>
        <source>Importing highlights from {name}</source>
        <translation>Importazione delle evidenziazioni da {name}</translation>
    </message>
    <message numerus="yes">
        <source>Highlights imported: %n added</source>
        <translation>
            <numerusform>Evidenziazioni importate: %n aggiunta</numerusform>
            <numerusform>Evidenziazioni importate: %n aggiunte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}, %n waiting for their documents</source>
        <translation>
            <numerusform>{summary}, %n in attesa del suo documento</numerusform>
            <numerusform>{summary}, %n in attesa dei loro documenti</numerusform>
        </translation>
    </message>
    <message>
        <source>The import of highlights failed: {error}.</source>
        <translation>L&apos;importazione delle evidenziazioni non è riuscita: {error}.</translation>
    </message>
</context>
<context>
    <name>HighlightsPanel</name>
    <message>
        <source>same claim as</source>
        <translation>stessa affermazione di</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>sostiene</translation>
    </message>
    <message>
        <source>supported by</source>
        <translation>sostenuta da</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>contraddice</translation>
    </message>
    <message>
        <source>contradicted by</source>
        <translation>contraddetta da</translation>
    </message>
    <message>
        <source>No document open.</source>
        <translation>Nessun documento aperto.</translation>
    </message>
    <message>
        <source>Highlights summary</source>
        <translation>Riepilogo delle evidenziazioni</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Evidenziazioni</translation>
    </message>
    <message>
        <source>Orphaned (their text is no longer in the document):</source>
        <translation>Orfane (il loro testo non è più nel documento):</translation>
    </message>
    <message>
        <source>Orphaned highlights</source>
        <translation>Evidenziazioni orfane</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citazione</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>tag, separati da virgole</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Note (Markdown), saved as you type</source>
        <translation>Nota (Markdown), salvata mentre scrivi</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Collegamenti</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Collega…</translation>
    </message>
    <message>
        <source>Link to another highlight</source>
        <translation>Collega a un&apos;altra evidenziazione</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Scollega</translation>
    </message>
    <message>
        <source>Remove the selected link</source>
        <translation>Rimuovi il collegamento selezionato</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>Elimina evidenziazione</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>Riaggancia alla selezione</translation>
    </message>
    <message>
        <source>Re-attach to the selected text</source>
        <translation>Riaggancia al testo selezionato</translation>
    </message>
    <message>
        <source>Highlight editor</source>
        <translation>Modifica evidenziazione</translation>
    </message>
    <message>
        <source>No highlights yet: select text, then press 1, 2 or 3.</source>
        <translation>Ancora nessuna evidenziazione: seleziona del testo, poi premi 1, 2 o 3.</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n evidenziazione</numerusform>
            <numerusform>%n evidenziazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>no label</source>
        <translation>nessuna etichetta</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>spostata</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(nessuna etichetta)</translation>
    </message>
    <message>
        <source>Select a highlight to edit its label, tags and note.</source>
        <translation>Seleziona un&apos;evidenziazione per modificarne etichetta, tag e nota.</translation>
    </message>
    <message>
        <source>Select the text to re-attach the highlight to first.</source>
        <translation>Seleziona prima il testo a cui riagganciare l&apos;evidenziazione.</translation>
    </message>
    <message>
        <source>There is no other highlight to link to yet.</source>
        <translation>Non c&apos;è ancora un&apos;altra evidenziazione da collegare.</translation>
    </message>
</context>
<context>
    <name>ImportHighlightsDialog</name>
    <message>
        <source>Highlights imported</source>
        <translation>Evidenziazioni importate</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) added</source>
        <translation>
            <numerusform>%n evidenziazione aggiunta</numerusform>
            <numerusform>%n evidenziazioni aggiunte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) updated (changed since)</source>
        <translation>
            <numerusform>%n evidenziazione aggiornata (modificata nel frattempo)</numerusform>
            <numerusform>%n evidenziazioni aggiornate (modificate nel frattempo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) already in the library, unchanged</source>
        <translation>
            <numerusform>%n evidenziazione già nella biblioteca, invariata</numerusform>
            <numerusform>%n evidenziazioni già nella biblioteca, invariate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) whose text was not found: kept as orphans in the Highlights panel</source>
        <translation>
            <numerusform>%n evidenziazione il cui testo non è stato trovato: conservata come orfana nel pannello Evidenziazioni</numerusform>
            <numerusform>%n evidenziazioni il cui testo non è stato trovato: conservate come orfane nel pannello Evidenziazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) placed on a document whose text changed since</source>
        <translation>
            <numerusform>%n evidenziazione collocata su un documento il cui testo è cambiato</numerusform>
            <numerusform>%n evidenziazioni collocate su un documento il cui testo è cambiato</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) whose document was found by its quote</source>
        <translation>
            <numerusform>%n evidenziazione il cui documento è stato trovato dalla citazione</numerusform>
            <numerusform>%n evidenziazioni il cui documento è stato trovato dalla citazione</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) added under a new id (their id belongs to another highlight)</source>
        <translation>
            <numerusform>%n evidenziazione aggiunta con un nuovo id (il suo id appartiene a un&apos;altra evidenziazione)</numerusform>
            <numerusform>%n evidenziazioni aggiunte con un nuovo id (il loro id appartiene a un&apos;altra evidenziazione)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) added</source>
        <translation>
            <numerusform>%n collegamento aggiunto</numerusform>
            <numerusform>%n collegamenti aggiunti</numerusform>
        </translation>
    </message>
    <message>
        <source>New labels: {labels}</source>
        <translation>Nuove etichette: {labels}</translation>
    </message>
    <message>
        <source>From {file}:</source>
        <translation>Da {file}:</translation>
    </message>
    <message>
        <source>Imported file</source>
        <translation>File importato</translation>
    </message>
    <message>
        <source>What the import did</source>
        <translation>Che cosa ha fatto l&apos;importazione</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) were not imported: their documents are not in the library. Import those documents, then this file again.</source>
        <translation>
            <numerusform>%n evidenziazione non è stata importata: il suo documento non è nella biblioteca. Importa quel documento, poi di nuovo questo file.</numerusform>
            <numerusform>%n evidenziazioni non sono state importate: i loro documenti non sono nella biblioteca. Importa quei documenti, poi di nuovo questo file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Highlights on documents not in the library</source>
        <translation>Evidenziazioni su documenti non presenti nella biblioteca</translation>
    </message>
    <message>
        <source>untitled document</source>
        <translation>documento senza titolo</translation>
    </message>
    <message>
        <source>“{quote}” in {title}</source>
        <translation>«{quote}» in {title}</translation>
    </message>
    <message>
        <source>Highlight {id} on document {doc}</source>
        <translation>Evidenziazione {id} sul documento {doc}</translation>
    </message>
    <message>
        <source>Problems in the file:</source>
        <translation>Problemi nel file:</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problemi nel file</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import finished with problems</source>
        <translation>Importazione terminata con problemi</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Riepilogo dell&apos;importazione</translation>
    </message>
    <message>
        <source>Files not imported</source>
        <translation>File non importati</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n file non è stato importato:</numerusform>
            <numerusform>%n file non sono stati importati:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>nothing to import</source>
        <translation>niente da importare</translation>
    </message>
    <message>
        <source>Imported: {counts} (cancelled).</source>
        <translation>Importati: {counts} (annullato).</translation>
    </message>
    <message>
        <source>Imported: {counts}.</source>
        <translation>Importati: {counts}.</translation>
    </message>
    <message>
        <source>An import is already running; wait for it or cancel it.</source>
        <translation>È già in corso un&apos;importazione; attendi o annullala.</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Importazione di {name}</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n item(s)</source>
        <translation>
            <numerusform>Importazione di %n elemento</numerusform>
            <numerusform>Importazione di %n elementi</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching {url}</source>
        <translation>Recupero di {url}</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nuovo</numerusform>
            <numerusform>%n nuovi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aggiornato</numerusform>
            <numerusform>%n aggiornati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n invariato</numerusform>
            <numerusform>%n invariati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n non riuscito</numerusform>
            <numerusform>%n non riusciti</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Importazione annullata.</translation>
    </message>
    <message>
        <source>The import failed: {error}.</source>
        <translation>L&apos;importazione non è riuscita: {error}.</translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <source>Claim</source>
        <extracomment>The built-in labels&apos; names are data (stored, exported, searched as ``label:Claim``); the window shows them in the interface language, and a reader&apos;s own labels as typed.</extracomment>
        <translation>Affermazione</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Prova</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Domanda</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Labels</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>Claim, Evidence and Question are built in: they can be recoloured. Your own labels can also be renamed and deleted. Edit → Undo takes back any change.</source>
        <translation>Affermazione, Prova e Domanda sono predefinite: se ne può cambiare il colore. Le tue etichette si possono anche rinominare ed eliminare. Modifica → Annulla revoca qualsiasi modifica.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Evidenziazioni</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rinomina</translation>
    </message>
    <message>
        <source>Rename the selected label</source>
        <translation>Rinomina l&apos;etichetta selezionata</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>&amp;Colore…</translation>
    </message>
    <message>
        <source>Change the colour of the selected label</source>
        <translation>Cambia il colore dell&apos;etichetta selezionata</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>Delete the selected label</source>
        <translation>Elimina l&apos;etichetta selezionata</translation>
    </message>
    <message>
        <source>Name of the new label</source>
        <translation>Nome della nuova etichetta</translation>
    </message>
    <message>
        <source>New label name</source>
        <translation>Nome della nuova etichetta</translation>
    </message>
    <message>
        <source>Colour of the new label</source>
        <translation>Colore della nuova etichetta</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>Add the new label</source>
        <translation>Aggiungi la nuova etichetta</translation>
    </message>
    <message>
        <source>Labels problem</source>
        <translation>Problema con le etichette</translation>
    </message>
    <message>
        <source>Built in: it can be recoloured, not renamed or deleted.</source>
        <translation>Predefinita: se ne può cambiare il colore, ma non rinominarla né eliminarla.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln evidenziazione</numerusform>
            <numerusform>%Ln evidenziazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a name for the new label first.</source>
        <translation>Scrivi prima un nome per la nuova etichetta.</translation>
    </message>
    <message>
        <source>Colour of {label}</source>
        <translation>Colore di {label}</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuta</translation>
    </message>
    <message>
        <source>Afrikaans</source>
        <translation>Afrikaans</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabo</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgaro</translation>
    </message>
    <message>
        <source>Bangla</source>
        <translation>Bengalese</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Catalano</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Ceco</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Gallese</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danese</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Tedesco</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Greco</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <source>Esperanto</source>
        <translation>Esperanto</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spagnolo</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estone</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persiano</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finlandese</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francese</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>Gujarati</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Ebraico</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Croato</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Ungherese</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesiano</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Giapponese</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>Kannada</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>Latino</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Lituano</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Lettone</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>Macedone</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>Malayalam</translation>
    </message>
    <message>
        <source>Marathi</source>
        <translation>Marathi</translation>
    </message>
    <message>
        <source>Nepali</source>
        <translation>Nepalese</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Olandese</translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>Norvegese bokmål</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>Punjabi</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polacco</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portoghese</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumeno</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russo</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Slovacco</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Sloveno</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somalo</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Albanese</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svedese</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Swahili</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tamil</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>Telugu</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thailandese</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>Filippino</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turco</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ucraino</translation>
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
        <translation>Cinese</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Cinese (semplificato)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Cinese (tradizionale)</translation>
    </message>
    <message>
        <source>Language not determined (too little text).</source>
        <translation>Lingua non determinata (testo insufficiente).</translation>
    </message>
    <message>
        <source>{language}, detected with {percent}% confidence</source>
        <translation>{language}, rilevata con una confidenza del {percent}%</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importato</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Evidenziazioni</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Testata</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Pubblicato</translation>
    </message>
    <message>
        <source>Imported {time} (UTC)</source>
        <translation>Importato {time} (UTC)</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n evidenziazione</numerusform>
            <numerusform>%n evidenziazioni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Show language</source>
        <translation>Mostra lingua</translation>
    </message>
    <message>
        <source>Show source</source>
        <translation>Mostra fonte</translation>
    </message>
    <message>
        <source>Show imported</source>
        <translation>Mostra data di importazione</translation>
    </message>
    <message>
        <source>Show highlights</source>
        <translation>Mostra evidenziazioni</translation>
    </message>
    <message>
        <source>Show outlet</source>
        <translation>Mostra testata</translation>
    </message>
    <message>
        <source>Show author</source>
        <translation>Mostra autore</translation>
    </message>
    <message>
        <source>Show publication date</source>
        <translation>Mostra data di pubblicazione</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>Filtra per lingua</translation>
    </message>
    <message>
        <source>Show only documents in one language</source>
        <translation>Mostra solo i documenti in una lingua</translation>
    </message>
    <message>
        <source>Filter by highlight label</source>
        <translation>Filtra per etichetta delle evidenziazioni</translation>
    </message>
    <message>
        <source>Show only documents with a highlight of this label</source>
        <translation>Mostra solo i documenti con un&apos;evidenziazione di questa etichetta</translation>
    </message>
    <message>
        <source>Filter by outlet</source>
        <translation>Filtra per testata</translation>
    </message>
    <message>
        <source>Show only documents from one outlet</source>
        <translation>Mostra solo i documenti di una testata</translation>
    </message>
    <message>
        <source>Filter by title, outlet, author, date…</source>
        <translation>Filtra per titolo, testata, autore, data…</translation>
    </message>
    <message>
        <source>Filter the documents</source>
        <translation>Filtra i documenti</translation>
    </message>
    <message>
        <source>Number of documents shown</source>
        <translation>Numero di documenti mostrati</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenti</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>Tutte le etichette</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Tutte le lingue</translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>Tutte le testate</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln documento</numerusform>
            <numerusform>%Ln documenti</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} di {total}</translation>
    </message>
    <message>
        <source>{documents} · {selected} selected</source>
        <translation>{documents} · {selected} selezionati</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>same claim</source>
        <translation>stessa affermazione</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>sostiene</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>contraddice</translation>
    </message>
    <message>
        <source>Link highlight</source>
        <translation>Collega evidenziazione</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relazione</translation>
    </message>
    <message>
        <source>Highlights to link to</source>
        <translation>Evidenziazioni da collegare</translation>
    </message>
    <message>
        <source>Link to</source>
        <translation>Collega a</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Chiaro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Scuro</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Segui il siste&amp;ma</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <extracomment>The side panels&apos; share of the width while comparing (the library dock hides).</extracomment>
        <translation>Importa una cartella</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Importa articoli</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>Progetti REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <source>Article</source>
        <extracomment>Set when the reader chose to restart in another language: run_app builds the window again (same library, new translators) once this one has closed.</extracomment>
        <translation>Articolo</translation>
    </message>
    <message>
        <source>Compared sources</source>
        <translation>Fonti confrontate</translation>
    </message>
    <message>
        <source>Reading area</source>
        <translation>Area di lettura</translation>
    </message>
    <message>
        <source>Reading area and claims</source>
        <translation>Area di lettura e affermazioni</translation>
    </message>
    <message>
        <source>Search results and library</source>
        <translation>Risultati della ricerca e biblioteca</translation>
    </message>
    <message>
        <source>Search and library</source>
        <translation>Ricerca e biblioteca</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Evidenziazioni</translation>
    </message>
    <message>
        <source>Other sources</source>
        <translation>Altre fonti</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affermazioni</translation>
    </message>
    <message>
        <source>Search hit position</source>
        <translation>Posizione del risultato</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importa file…</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>Importa &amp;cartella…</translation>
    </message>
    <message>
        <source>Import every article in a folder</source>
        <translation>Importa tutti gli articoli di una cartella</translation>
    </message>
    <message>
        <source>Import &amp;highlights…</source>
        <translation>Importa e&amp;videnziazioni…</translation>
    </message>
    <message>
        <source>Read highlights back from a W3C Web Annotation (JSON-LD) export</source>
        <translation>Rileggi le evidenziazioni da un&apos;esportazione Web Annotation W3C (JSON-LD)</translation>
    </message>
    <message>
        <source>&amp;Export highlights…</source>
        <translation>Es&amp;porta evidenziazioni…</translation>
    </message>
    <message>
        <source>Export highlights as Markdown, HTML, CSV or JSON-LD</source>
        <translation>Esporta le evidenziazioni in Markdown, HTML, CSV o JSON-LD</translation>
    </message>
    <message>
        <source>&amp;Back up library now…</source>
        <translation>Esegui &amp;backup della biblioteca ora…</translation>
    </message>
    <message>
        <source>Copy the library into its backups folder now</source>
        <translation>Copia ora la biblioteca nella sua cartella dei backup</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Ripristina da backup…</translation>
    </message>
    <message>
        <source>Replace the library with one of its backups</source>
        <translation>Sostituisci la biblioteca con uno dei suoi backup</translation>
    </message>
    <message>
        <source>La&amp;bels…</source>
        <translation>E&amp;tichette…</translation>
    </message>
    <message>
        <source>Add, rename, recolour and delete labels</source>
        <translation>Aggiungi, rinomina, ricolora ed elimina etichette</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Trova…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Cerca nella biblioteca</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Trova &amp;successivo</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>Trova &amp;precedente</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ingrandisci</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Riduci</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>Dimensione &amp;effettiva</translation>
    </message>
    <message>
        <source>Highlight with the &amp;last label</source>
        <translation>Evidenzia con l&apos;&amp;ultima etichetta</translation>
    </message>
    <message>
        <source>&amp;Delete highlight</source>
        <translation>&amp;Elimina evidenziazione</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&amp;About Parallax</source>
        <translation>&amp;Informazioni su Parallax</translation>
    </message>
    <message>
        <source>Restore newest backup puts that copy in place and reloads the window; the damaged file is kept in the backups folder.</source>
        <translation>«Ripristina il backup più recente» mette al suo posto quella copia e ricarica la finestra; il file danneggiato resta nella cartella dei backup.</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>la lingua del sistema</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Lingua dell&apos;interfaccia</translation>
    </message>
    <message>
        <source>Show Parallax in {language} now? The window is built again on the same library; nothing is lost.</source>
        <translation>Mostrare Parallax in {language} adesso? La finestra viene ricostruita sulla stessa biblioteca; non si perde nulla.</translation>
    </message>
    <message>
        <source>Switch now</source>
        <translation>Cambia ora</translation>
    </message>
    <message>
        <source>At the next start</source>
        <translation>Al prossimo avvio</translation>
    </message>
    <message>
        <source>Parallax will be in {language} the next time it starts.</source>
        <translation>Parallax sarà in {language} al prossimo avvio.</translation>
    </message>
    <message>
        <source>&amp;Compare selected documents</source>
        <translation>&amp;Confronta i documenti selezionati</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm *.xhtml *.pdf *.docx *.epub);;All files (*)</source>
        <translation>Articoli (*.txt *.md *.markdown *.html *.htm *.xhtml *.pdf *.docx *.epub);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Import from URL</source>
        <translation>Importa da URL</translation>
    </message>
    <message>
        <source>Web address of the page to fetch (http:// or https://):</source>
        <translation>Indirizzo web della pagina da recuperare (http:// o https://):</translation>
    </message>
    <message>
        <source>Import articles (.txt, .md, .html, .pdf, .docx, .epub) into the library</source>
        <translation>Importa articoli (.txt, .md, .html, .pdf, .docx, .epub) nella biblioteca</translation>
    </message>
    <message>
        <source>Import from &amp;URL…</source>
        <translation>Importa da &amp;URL…</translation>
    </message>
    <message>
        <source>Fetch one web page and import its article</source>
        <translation>Recupera una pagina web e importa il suo articolo</translation>
    </message>
    <message>
        <source>&amp;Check library…</source>
        <translation>&amp;Controlla la biblioteca…</translation>
    </message>
    <message>
        <source>Check the library file for damage and list the rows that cannot be read</source>
        <translation>Controlla se il file della biblioteca è danneggiato ed elenca le voci che non si possono leggere</translation>
    </message>
    <message>
        <source>Show the two to four documents selected in the library side by side</source>
        <translation>Mostra affiancati i due-quattro documenti selezionati nella biblioteca</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>Confronta co&amp;n…</translation>
    </message>
    <message>
        <source>Choose documents to show beside the open one</source>
        <translation>Scegli i documenti da mostrare accanto a quello aperto</translation>
    </message>
    <message>
        <source>C&amp;lose comparison</source>
        <translation>C&amp;hiudi il confronto</translation>
    </message>
    <message>
        <source>Back to reading one article</source>
        <translation>Torna alla lettura di un articolo</translation>
    </message>
    <message>
        <source>&amp;Focus on the comparison</source>
        <translation>C&amp;oncentrati sul confronto</translation>
    </message>
    <message>
        <source>Give the compared sources the width: the library hides and the side panels narrow (as they were when the comparison closes)</source>
        <translation>Dà la larghezza alle fonti confrontate: la biblioteca si nasconde e i pannelli laterali si restringono (tornano com&apos;erano alla chiusura del confronto)</translation>
    </message>
    <message>
        <source>Find in &amp;other sources</source>
        <translation>Trova nelle &amp;altre fonti</translation>
    </message>
    <message>
        <source>Find where the other sources state the selected passage</source>
        <translation>Trova dove le altre fonti affermano il passo selezionato</translation>
    </message>
    <message>
        <source>Every claim group: which sources state it, in what words and figures</source>
        <translation>Ogni gruppo di affermazioni: quali fonti la riportano, con quali parole e cifre</translation>
    </message>
    <message>
        <source>Highlight as {label}</source>
        <translation>Evidenzia come {label}</translation>
    </message>
    <message>
        <source>Highlight the selected text as {label}</source>
        <translation>Evidenzia il testo selezionato come {label}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>A&amp;nnota</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Confronta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra degli strumenti principale</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>Shows Parallax in this language (the window is rebuilt, your place is kept)</source>
        <translation>Mostra Parallax in questa lingua (la finestra viene ricostruita, la posizione resta)</translation>
    </message>
    <message>
        <source>Cl&amp;aims</source>
        <translation>Affer&amp;mazioni</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Annota</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Confronta</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Visualizza</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aiuto</translation>
    </message>
    <message>
        <source>Show the {count} documents selected in the library side by side</source>
        <translation>Mostra affiancati i {count} documenti selezionati nella biblioteca</translation>
    </message>
    <message numerus="yes">
        <source>Select two to four documents in the library (Ctrl-click, Shift-click) to compare them; %n selected</source>
        <translation>
            <numerusform>Seleziona da due a quattro documenti nella biblioteca (Ctrl-clic, Maiusc-clic) per confrontarli; %n selezionato</numerusform>
            <numerusform>Seleziona da due a quattro documenti nella biblioteca (Ctrl-clic, Maiusc-clic) per confrontarli; %n selezionati</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Confronto</translation>
    </message>
    <message>
        <source>Close the claims</source>
        <translation>Chiudi le affermazioni</translation>
    </message>
    <message>
        <source>Parallax {version}

Read, search and annotate articles across languages. Your library stays on this computer; Parallax never uses the network.</source>
        <translation>Parallax {version}

Leggi, cerca e annota articoli in più lingue. La tua biblioteca resta su questo computer; Parallax non usa mai la rete.</translation>
    </message>
    <message>
        <source>About Parallax</source>
        <translation>Informazioni su Parallax</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>create highlight</source>
        <extracomment>Languages with a translation in ``translations/``; English is the source language. What the setting may hold. Each language in its own language, for the Language menu (never translated).</extracomment>
        <translation>crea evidenziazione</translation>
    </message>
    <message>
        <source>relabel highlight</source>
        <translation>cambia etichetta dell&apos;evidenziazione</translation>
    </message>
    <message>
        <source>edit note</source>
        <translation>modifica nota</translation>
    </message>
    <message>
        <source>edit tags</source>
        <translation>modifica tag</translation>
    </message>
    <message>
        <source>edit highlight</source>
        <translation>modifica evidenziazione</translation>
    </message>
    <message>
        <source>delete highlight</source>
        <translation>elimina evidenziazione</translation>
    </message>
    <message>
        <source>re-attach highlight</source>
        <translation>riaggancia evidenziazione</translation>
    </message>
    <message>
        <source>unlink highlights</source>
        <translation>scollega evidenziazioni</translation>
    </message>
    <message>
        <source>link as the same claim</source>
        <translation>collega come stessa affermazione</translation>
    </message>
    <message>
        <source>import highlights</source>
        <translation>importa evidenziazioni</translation>
    </message>
    <message>
        <source>link highlights {name}</source>
        <translation>collega evidenziazioni {name}</translation>
    </message>
    <message>
        <source>add label {name}</source>
        <translation>aggiungi etichetta {name}</translation>
    </message>
    <message>
        <source>rename label {name}</source>
        <translation>rinomina etichetta {name}</translation>
    </message>
    <message>
        <source>recolour label {name}</source>
        <translation>cambia colore dell&apos;etichetta {name}</translation>
    </message>
    <message>
        <source>delete label {name}</source>
        <translation>elimina etichetta {name}</translation>
    </message>
    <message>
        <source>Undo {operation}</source>
        <translation>Annulla: {operation}</translation>
    </message>
    <message>
        <source>Redo {operation}</source>
        <translation>Ripeti: {operation}</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <source>Document title</source>
        <translation>Titolo del documento</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Lingua del documento</translation>
    </message>
    <message>
        <source>Document source</source>
        <translation>Fonte del documento</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>Dettagli del documento</translation>
    </message>
    <message>
        <source>Search hit position</source>
        <translation>Posizione del risultato</translation>
    </message>
    <message>
        <source>Document header</source>
        <translation>Intestazione del documento</translation>
    </message>
    <message>
        <source>imported {time}</source>
        <translation>importato {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n risultato</numerusform>
            <numerusform>%n risultati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hit {number} of %n</source>
        <translation>
            <numerusform>risultato {number} di %n</numerusform>
            <numerusform>risultato {number} di %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>Select a passage and choose Find in other sources (Ctrl+Shift+F) to see where the other sources state the same thing.</source>
        <translation>Seleziona un passo e scegli Trova nelle altre fonti (Ctrl+Maiusc+F) per vedere dove le altre fonti affermano la stessa cosa.</translation>
    </message>
    <message>
        <source>Passage looked for</source>
        <translation>Passo cercato</translation>
    </message>
    <message>
        <source>Looking in the other sources</source>
        <translation>Ricerca nelle altre fonti</translation>
    </message>
    <message>
        <source>Related passages</source>
        <translation>Passi correlati</translation>
    </message>
    <message>
        <source>Related passages by source</source>
        <translation>Passi correlati per fonte</translation>
    </message>
    <message>
        <source>Looking for “{quote}” ({lang}, {source}) in the other sources…</source>
        <translation>Ricerca di «{quote}» ({lang}, {source}) nelle altre fonti…</translation>
    </message>
    <message>
        <source>Where other sources state “{quote}” ({lang}, {source}):</source>
        <translation>Dove altre fonti affermano «{quote}» ({lang}, {source}):</translation>
    </message>
    <message numerus="yes">
        <source>%n weaker passage(s) (score below {score}) not shown.</source>
        <translation>
            <numerusform>%n passo più debole (punteggio sotto {score}) non mostrato.</numerusform>
            <numerusform>%n passi più deboli (punteggio sotto {score}) non mostrati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passages not shown</source>
        <translation>Passi non mostrati</translation>
    </message>
    <message>
        <source>No other source states anything like it.</source>
        <translation>Nessun&apos;altra fonte afferma qualcosa di simile.</translation>
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
        <translation>Passo correlato {rank}</translation>
    </message>
    <message>
        <source>Passage text</source>
        <translation>Testo del passo</translation>
    </message>
    <message>
        <source>position and length only</source>
        <translation>solo posizione e lunghezza</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>Perché: {reasons}</translation>
    </message>
    <message>
        <source>Why it is related</source>
        <translation>Perché è correlato</translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation>punteggio {score}</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>How much evidence says this passage states the same thing (0 to 1)</source>
        <translation>Quanto gli indizi dicono che questo passo afferma la stessa cosa (da 0 a 1)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Show this passage</source>
        <translation>Mostra questo passo</translation>
    </message>
    <message>
        <source>Open the source at this passage (or double-click)</source>
        <translation>Apri la fonte in questo passo (o doppio clic)</translation>
    </message>
    <message>
        <source>Link as same claim</source>
        <translation>Collega come stessa affermazione</translation>
    </message>
    <message>
        <source>Linked ✓</source>
        <translation>Collegato ✓</translation>
    </message>
    <message>
        <source>Linked to the selection as the same claim (Ctrl+Z undoes it)</source>
        <translation>Collegato alla selezione come stessa affermazione (Ctrl+Z annulla)</translation>
    </message>
    <message>
        <source>Highlight the selection and this passage and link them as the same claim</source>
        <translation>Evidenzia la selezione e questo passo e collegali come stessa affermazione</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Highlight</source>
        <translation>Evidenziazione</translation>
    </message>
    <message>
        <source>in {document}</source>
        <translation>in {document}</translation>
    </message>
    <message>
        <source>Highlight in {document}:</source>
        <translation>Evidenziazione in {document}:</translation>
    </message>
    <message>
        <source>Search: words, &quot;a phrase&quot;, lang:it gigawatt, title:…</source>
        <translation>Cerca: parole, &quot;una frase&quot;, lang:it gigawatt, title:…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Words are stemmed per language; use quotes for phrases, AND / OR / NOT, prefix*, fuzzy~, lang:xx and title:… (Ctrl+F)</source>
        <translation>Le parole sono ridotte alla radice per lingua; usa le virgolette per le frasi, AND / OR / NOT, prefisso*, approssimato~, lang:xx e title:… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search problem</source>
        <translation>Problema nella ricerca</translation>
    </message>
    <message>
        <source>Type to search the whole library.</source>
        <translation>Scrivi per cercare in tutta la biblioteca.</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Stato della ricerca</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
    <message>
        <source>Search results area</source>
        <translation>Area dei risultati della ricerca</translation>
    </message>
    <message>
        <source>Searching when the current task finishes…</source>
        <translation>La ricerca partirà al termine dell&apos;attività in corso…</translation>
    </message>
    <message>
        <source>No document matches.</source>
        <translation>Nessun documento corrisponde.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) match</source>
        <translation>
            <numerusform>%Ln documento corrisponde</numerusform>
            <numerusform>%Ln documenti corrispondono</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln document(s) match</source>
        <translation>
            <numerusform>circa %Ln documento corrisponde</numerusform>
            <numerusform>circa %Ln documenti corrispondono</numerusform>
        </translation>
    </message>
    <message>
        <source>{matches} (best {shown} shown)</source>
        <translation>{matches} (mostrati i migliori {shown})</translation>
    </message>
    <message numerus="yes">
        <source>{matches}; %n highlight(s) by note or tag</source>
        <translation>
            <numerusform>{matches}; %n evidenziazione per nota o tag</numerusform>
            <numerusform>{matches}; %n evidenziazioni per nota o tag</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed: {error}.</source>
        <translation>La ricerca non è riuscita: {error}.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Changed in another window</source>
        <extracomment>What runs once a write has landed: it gets the core&apos;s Change.</extracomment>
        <translation>Modificato in un&apos;altra finestra</translation>
    </message>
    <message>
        <source>Select some text to highlight first.</source>
        <translation>Seleziona prima del testo da evidenziare.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Reading</source>
        <translation>Lettura</translation>
    </message>
    <message>
        <source>Select text</source>
        <translation>Seleziona testo</translation>
    </message>
    <message>
        <source>Shift+arrows, mouse drag</source>
        <translation>Maiusc+frecce, trascinamento del mouse</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Ricerca</translation>
    </message>
    <message>
        <source>Move from the search field into the results</source>
        <translation>Passa dal campo di ricerca ai risultati</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Freccia giù</translation>
    </message>
    <message>
        <source>Open the selected result</source>
        <translation>Apri il risultato selezionato</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>Label keys (1, 2, 3…) work while the article has the focus.</source>
        <translation>I tasti delle etichette (1, 2, 3…) funzionano quando l&apos;articolo ha il focus.</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Task</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Task progress</source>
        <translation>Avanzamento dell&apos;attività</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation>Annulla attività</translation>
    </message>
    <message>
        <source>Stop the task (what is finished is kept)</source>
        <translation>Interrompi l&apos;attività (ciò che è finito viene conservato)</translation>
    </message>
    <message>
        <source>{task}: cancelling…</source>
        <translation>{task}: annullamento…</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>The task failed: {error}.</source>
        <translation>L&apos;attività non è riuscita: {error}.</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Adding the bundled articles to the new library</source>
        <extracomment>The id of a highlight shown while it is being written starts so.</extracomment>
        <translation>Aggiunta degli articoli inclusi alla nuova biblioteca</translation>
    </message>
    <message>
        <source>Checking the library and making today&apos;s backup</source>
        <translation>Controllo della biblioteca e backup di oggi</translation>
    </message>
    <message>
        <source>Checking the library</source>
        <translation>Controllo della biblioteca</translation>
    </message>
    <message>
        <source>The library could not be checked: {error}.</source>
        <translation>Non è stato possibile controllare la biblioteca: {error}.</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>Aggiornamento dell&apos;indice di ricerca</translation>
    </message>
    <message>
        <source>Select some text in the article first.</source>
        <translation>Seleziona prima del testo nell&apos;articolo.</translation>
    </message>
</context>
</TS>
