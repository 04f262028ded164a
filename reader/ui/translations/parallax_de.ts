<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>Parallax cannot open the library</source>
        <extracomment>Shows the damaged-library box and answers the button clicked (tests inject one).</extracomment>
        <translation>Parallax kann die Bibliothek nicht öffnen</translation>
    </message>
    <message>
        <source>The library is damaged</source>
        <translation>Die Bibliothek ist beschädigt</translation>
    </message>
    <message>
        <source>Restore newest backup</source>
        <translation>Neueste Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the newest good backup</source>
        <translation>Die neueste intakte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore newest backup puts that copy in place and opens the window; the damaged file is kept in the backups folder.</source>
        <translation>„Neueste Sicherung wiederherstellen“ setzt diese Kopie ein und öffnet das Fenster; die beschädigte Datei bleibt im Sicherungsordner erhalten.</translation>
    </message>
    <message>
        <source>The library file is missing</source>
        <translation>Die Bibliotheksdatei fehlt</translation>
    </message>
    <message>
        <source>Start a new library</source>
        <translation>Neue Bibliothek beginnen</translation>
    </message>
    <message>
        <source>Start a new, empty library</source>
        <translation>Eine neue, leere Bibliothek beginnen</translation>
    </message>
    <message>
        <source>Start a new library keeps every backup in the backups folder; you can restore one later from File → Restore from backup…</source>
        <translation>Neue Bibliothek beginnen behält jede Sicherung im Ordner backups; Sie können eine später über Datei → Aus Sicherung wiederherstellen… zurückholen.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Backing up the library</source>
        <translation>Bibliothek wird gesichert</translation>
    </message>
    <message>
        <source>Restoring the library</source>
        <translation>Bibliothek wird wiederhergestellt</translation>
    </message>
    <message>
        <source>A backup or restore is already running.</source>
        <translation>Es läuft bereits eine Sicherung oder Wiederherstellung.</translation>
    </message>
    <message>
        <source>Backed up the library to {path}.</source>
        <translation>Bibliothek gesichert nach {path}.</translation>
    </message>
    <message>
        <source>Restored the backup {name}.</source>
        <translation>Sicherung {name} wiederhergestellt.</translation>
    </message>
    <message>
        <source>The backup or restore failed: {error}.</source>
        <translation>Die Sicherung oder Wiederherstellung ist fehlgeschlagen: {error}.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>von Ihnen angelegt</translation>
    </message>
    <message>
        <source>the library before a restore</source>
        <translation>die Bibliothek vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Parallax backs the library up once a day when it opens and keeps the last seven automatic copies. Restoring replaces the whole library with the chosen copy.</source>
        <translation>Parallax sichert die Bibliothek einmal täglich beim Öffnen und behält die letzten sieben automatischen Kopien. Eine Wiederherstellung ersetzt die ganze Bibliothek durch die gewählte Kopie.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Es gibt noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Stand der Sicherung</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Fortschritt der Sicherung</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Back up the library now</source>
        <translation>Die Bibliothek jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Die ausgewählte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the library with the backup from {date}?</source>
        <translation>Die Bibliothek durch die Sicherung vom {date} ersetzen?</translation>
    </message>
    <message>
        <source>Documents and highlights added or changed since then are replaced by the backup&apos;s. The library as it is now is kept first, as a backup listed here (“the library before a restore”), so you can return to it. Undo history is cleared and the search index is rebuilt. Close other Parallax windows first.</source>
        <translation>Seitdem hinzugefügte oder geänderte Dokumente und Markierungen werden durch die der Sicherung ersetzt. Die Bibliothek in ihrem jetzigen Zustand wird vorher als Sicherung aufbewahrt und hier aufgeführt („die Bibliothek vor einer Wiederherstellung“), sodass Sie zu ihr zurückkehren können. Der Rückgängig-Verlauf wird geleert und der Suchindex neu aufgebaut. Schließen Sie vorher andere Parallax-Fenster.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring {name}…</source>
        <translation>{name} wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>Gesichert nach {path}.</translation>
    </message>
    <message>
        <source>Restored the backup {name}.</source>
        <translation>Sicherung {name} wiederhergestellt.</translation>
    </message>
    <message>
        <source>The library as it was is kept as {name}.</source>
        <translation>Die bisherige Bibliothek ist als {name} aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check library</source>
        <translation>Bibliothek prüfen</translation>
    </message>
    <message>
        <source>Checking the library…</source>
        <translation>Die Bibliothek wird geprüft…</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <source>Damaged rows</source>
        <translation>Beschädigte Einträge</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Title or quote</source>
        <translation>Titel oder Zitat</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Damaged rows are shown with what can be read. To get them back whole, restore a backup from before the damage (File → Restore from backup…).</source>
        <translation>Beschädigte Einträge werden mit dem gezeigt, was lesbar ist. Um sie vollständig zurückzubekommen, stellen Sie eine Sicherung von vor der Beschädigung wieder her (Datei → Aus Sicherung wiederherstellen…).</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Check the library again</source>
        <translation>Die Bibliothek erneut prüfen</translation>
    </message>
    <message>
        <source>The check could not run: {error}.</source>
        <translation>Die Prüfung konnte nicht laufen: {error}.</translation>
    </message>
    <message>
        <source>Integrity check of the library file: passed.</source>
        <translation>Integritätsprüfung der Bibliotheksdatei: bestanden.</translation>
    </message>
    <message>
        <source>Integrity check of the library file: failed ({detail}).</source>
        <translation>Integritätsprüfung der Bibliotheksdatei: nicht bestanden ({detail}).</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged row(s).</source>
        <translation>
            <numerusform>%n beschädigter Eintrag.</numerusform>
            <numerusform>%n beschädigte Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>No damaged rows.</source>
        <translation>Keine beschädigten Einträge.</translation>
    </message>
    <message numerus="yes">
        <source>The search index holds all %n document(s).</source>
        <translation>
            <numerusform>Der Suchindex enthält das %n Dokument.</numerusform>
            <numerusform>Der Suchindex enthält alle %n Dokumente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search index holds {indexed} of {documents} documents; it is rebuilt the next time you search.</source>
        <translation>Der Suchindex enthält {indexed} von {documents} Dokumenten; er wird bei der nächsten Suche neu aufgebaut.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>paragraphs and languages</source>
        <translation>Absätze und Sprachen</translation>
    </message>
    <message>
        <source>metadata (author, date, outlet)</source>
        <translation>Metadaten (Autor, Datum, Medium)</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>⚠ figures differ</source>
        <translation>⚠ Zahlen weichen ab</translation>
    </message>
    <message>
        <source>— not stated</source>
        <translation>— nicht ausgesagt</translation>
    </message>
    <message>
        <source>figures: {figures}</source>
        <translation>Zahlen: {figures}</translation>
    </message>
    <message numerus="yes">
        <source>Stated by %n source(s)</source>
        <translation>
            <numerusform>Ausgesagt von %n Quelle</numerusform>
            <numerusform>Ausgesagt von %n Quellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not stated by: {sources}</source>
        <translation>Nicht ausgesagt von: {sources}</translation>
    </message>
    <message>
        <source>{source} does not state this claim (no linked highlight)</source>
        <translation>{source} stellt diese Behauptung nicht auf (keine verknüpfte Markierung)</translation>
    </message>
    <message>
        <source>≈ an order of magnitude, not a stated figure</source>
        <translation>≈ eine Größenordnung, keine genannte Zahl</translation>
    </message>
    <message>
        <source>⚠ its figures differ from another source&apos;s</source>
        <translation>⚠ ihre Zahlen weichen von denen einer anderen Quelle ab</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message>
        <source>No claim groups yet.</source>
        <translation>Noch keine Behauptungsgruppen.</translation>
    </message>
    <message>
        <source>Claims summary</source>
        <translation>Übersicht der Behauptungen</translation>
    </message>
    <message>
        <source>Updating the claims</source>
        <translation>Behauptungen werden aktualisiert</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export the claims as a Markdown table</source>
        <translation>Die Behauptungen als Markdown-Tabelle exportieren</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the claims as CSV</source>
        <translation>Die Behauptungen als CSV exportieren</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <source>Claim groups</source>
        <translation>Behauptungsgruppen</translation>
    </message>
    <message>
        <source>Near-duplicates: passages two sources of the same language share almost verbatim (double-click to compare them)</source>
        <translation>Beinahe-Duplikate: Textstellen, die zwei Quellen derselben Sprache fast wörtlich teilen (Doppelklick zum Vergleichen)</translation>
    </message>
    <message>
        <source>Near-duplicate passages</source>
        <translation>Beinahe gleiche Textstellen</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>Ähnlich</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Textstelle</translation>
    </message>
    <message>
        <source>Claims and near-duplicates</source>
        <translation>Behauptungen und Beinahe-Duplikate</translation>
    </message>
    <message>
        <source>No claim groups yet: select a passage, Find in other sources (Ctrl+Shift+F), then Link as same claim.</source>
        <translation>Noch keine Behauptungsgruppen: eine Textstelle auswählen, In anderen Quellen finden (Strg+Umschalt+F), dann Als gleiche Behauptung verknüpfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n Behauptung</numerusform>
            <numerusform>%n Behauptungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ figures differ in %n</source>
        <translation>
            <numerusform>⚠ Zahlen weichen in %n ab</numerusform>
            <numerusform>⚠ Zahlen weichen in %n ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Markdown table (*.md)</source>
        <translation>Markdown-Tabelle (*.md)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Gespeichert unter {path}.</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <source>Source title</source>
        <translation>Titel der Quelle</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>Sprache der Quelle</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Datei der Quelle</translation>
    </message>
    <message>
        <source>Search hit position</source>
        <translation>Position des Suchtreffers</translation>
    </message>
    <message>
        <source>Source header</source>
        <translation>Kopf der Quelle</translation>
    </message>
    <message>
        <source>Source text: {title}</source>
        <translation>Text der Quelle: {title}</translation>
    </message>
    <message>
        <source>{badge} · {confidence}%</source>
        <translation>{badge} · {confidence} %</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>What is compared</source>
        <translation>Was verglichen wird</translation>
    </message>
    <message>
        <source>Aligning the sources</source>
        <translation>Quellen werden abgeglichen</translation>
    </message>
    <message>
        <source>Alignment status</source>
        <translation>Stand des Abgleichs</translation>
    </message>
    <message>
        <source>&amp;Scroll together</source>
        <translation>&amp;Gemeinsam scrollen</translation>
    </message>
    <message>
        <source>Keep the panes on the same passage: scrolling one scrolls the others to the paragraphs aligned with it</source>
        <translation>Die Spalten auf derselben Textstelle halten: Scrollen in einer scrollt die anderen zu den zugeordneten Absätzen</translation>
    </message>
    <message>
        <source>Scroll together</source>
        <translation>Gemeinsam scrollen</translation>
    </message>
    <message>
        <source>Close comparison</source>
        <translation>Vergleich schließen</translation>
    </message>
    <message>
        <source>Back to reading one article (Esc)</source>
        <translation>Zurück zum Lesen eines Artikels (Esc)</translation>
    </message>
    <message>
        <source>Sources side by side</source>
        <translation>Quellen nebeneinander</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n source(s)</source>
        <translation>
            <numerusform>Vergleich von %n Quelle</numerusform>
            <numerusform>Vergleich von %n Quellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Aligning…</source>
        <translation>Abgleich läuft…</translation>
    </message>
    <message>
        <source>Sources differ: aligned where they meet</source>
        <translation>Die Quellen weichen ab: abgeglichen, wo sie sich decken</translation>
    </message>
    <message>
        <source>Could not align: {reason}</source>
        <translation>Abgleich nicht möglich: {reason}</translation>
    </message>
</context>
<context>
    <name>CompareWithDialog</name>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Choose one to three documents to show beside “{title}” (Ctrl-click to choose several).</source>
        <translation>Ein bis drei Dokumente wählen, die neben „{title}“ erscheinen (Strg-Klick für mehrere).</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>Dokumente filtern</translation>
    </message>
    <message>
        <source>Filter by title or file name</source>
        <translation>Nach Titel oder Dateiname filtern</translation>
    </message>
    <message>
        <source>Documents to compare with</source>
        <translation>Dokumente zum Vergleichen</translation>
    </message>
    <message>
        <source>Documents chosen</source>
        <translation>Gewählte Dokumente</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>At most three documents beside the open one.</source>
        <translation>Höchstens drei Dokumente neben dem geöffneten.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) chosen</source>
        <translation>
            <numerusform>%n Dokument gewählt</numerusform>
            <numerusform>%n Dokumente gewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comparing</name>
    <message>
        <source>Choose two to four documents to compare.</source>
        <translation>Zwei bis vier Dokumente zum Vergleichen wählen.</translation>
    </message>
    <message>
        <source>Open an article first, then compare it.</source>
        <translation>Zuerst einen Artikel öffnen, dann vergleichen.</translation>
    </message>
    <message>
        <source>Select a passage first, then Find in other sources.</source>
        <translation>Zuerst eine Textstelle auswählen, dann In anderen Quellen finden.</translation>
    </message>
    <message>
        <source>Linked as the same claim (Compare → Claims lists it; Ctrl+Z undoes it).</source>
        <translation>Als gleiche Behauptung verknüpft (Vergleichen → Behauptungen listet sie; Strg+Z macht es rückgängig).</translation>
    </message>
</context>
<context>
    <name>DamageNotice</name>
    <message>
        <source>Damaged rows</source>
        <translation>Beschädigte Einträge</translation>
    </message>
    <message>
        <source>Damaged rows message</source>
        <translation>Meldung zu beschädigten Einträgen</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>List the damaged rows</source>
        <translation>Die beschädigten Einträge auflisten</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n Markierung</numerusform>
            <numerusform>%n Markierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{documents} and {highlights}</source>
        <translation>{documents} und {highlights}</translation>
    </message>
    <message>
        <source>The library file is damaged in {what}: shown without the unreadable part.</source>
        <translation>Die Bibliotheksdatei ist beschädigt bei {what}: ohne den unlesbaren Teil gezeigt.</translation>
    </message>
</context>
<context>
    <name>DeleteLabelDialog</name>
    <message>
        <source>Delete label</source>
        <extracomment>Asks for a colour: (parent, current colour, title) → the chosen colour, None on Cancel.</extracomment>
        <translation>Kategorie löschen</translation>
    </message>
    <message numerus="yes">
        <source>The label “{label}” is on %n highlight(s). What should happen to them?</source>
        <translation>
            <numerusform>Die Kategorie „{label}“ wird von %n Markierung verwendet. Was soll mit ihr geschehen?</numerusform>
            <numerusform>Die Kategorie „{label}“ wird von %n Markierungen verwendet. Was soll mit ihnen geschehen?</numerusform>
        </translation>
    </message>
    <message>
        <source>What deleting the label does</source>
        <translation>Was das Löschen der Kategorie bewirkt</translation>
    </message>
    <message>
        <source>&amp;Move them to the label</source>
        <translation>In die Kategorie &amp;verschieben</translation>
    </message>
    <message>
        <source>Move the highlights to another label</source>
        <translation>Die Markierungen in eine andere Kategorie verschieben</translation>
    </message>
    <message>
        <source>Label to move the highlights to</source>
        <translation>Kategorie, in die die Markierungen verschoben werden</translation>
    </message>
    <message>
        <source>&amp;Keep them, without a label</source>
        <translation>Ohne Kategorie &amp;behalten</translation>
    </message>
    <message>
        <source>Keep the highlights without a label</source>
        <translation>Die Markierungen ohne Kategorie behalten</translation>
    </message>
    <message>
        <source>The highlights, their notes and tags are kept either way; Edit → Undo brings the label back.</source>
        <translation>Die Markierungen, ihre Notizen und Schlagwörter bleiben in jedem Fall erhalten; Bearbeiten → Rückgängig bringt die Kategorie zurück.</translation>
    </message>
    <message>
        <source>Delete the label</source>
        <translation>Die Kategorie löschen</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Document text</source>
        <translation>Dokumenttext</translation>
    </message>
    <message>
        <source>Open a document from the library or from search results.</source>
        <translation>Ein Dokument aus der Bibliothek oder den Suchergebnissen öffnen.</translation>
    </message>
    <message>
        <source>Text menu</source>
        <translation>Textmenü</translation>
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
        <translation>CSV (Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>REFI-QDA project (NVivo, ATLAS.ti, MAXQDA, QualCoder)</source>
        <translation>REFI-QDA-Projekt (NVivo, ATLAS.ti, MAXQDA, QualCoder)</translation>
    </message>
    <message>
        <source>Export highlights</source>
        <translation>Markierungen exportieren</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <source>CSV column separator</source>
        <translation>CSV-Spaltentrennzeichen</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon (spreadsheets in German, Italian, French…)</source>
        <translation>Semikolon (Tabellen auf Deutsch, Italienisch, Französisch…)</translation>
    </message>
    <message>
        <source>One note per document (Obsidian, Logseq)</source>
        <translation>Eine Notiz pro Dokument (Obsidian, Logseq)</translation>
    </message>
    <message>
        <source>One Markdown note per document</source>
        <translation>Eine Markdown-Notiz pro Dokument</translation>
    </message>
    <message>
        <source>Show web images from notes (they load when viewed)</source>
        <translation>Webbilder aus Notizen zeigen (sie laden beim Ansehen)</translation>
    </message>
    <message>
        <source>Keep web images in notes</source>
        <translation>Webbilder in Notizen behalten</translation>
    </message>
    <message>
        <source>Windows line endings (for MAXQDA)</source>
        <translation>Windows-Zeilenenden (für MAXQDA)</translation>
    </message>
    <message>
        <source>Windows line endings in the project&apos;s texts</source>
        <translation>Windows-Zeilenenden in den Texten des Projekts</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Alle Dokumente</translation>
    </message>
    <message>
        <source>Current document</source>
        <translation>Aktuelles Dokument</translation>
    </message>
    <message>
        <source>Selected documents ({count})</source>
        <translation>Ausgewählte Dokumente ({count})</translation>
    </message>
    <message>
        <source>Export scope: {scope}</source>
        <translation>Exportumfang: {scope}</translation>
    </message>
    <message>
        <source>Only highlights with label</source>
        <translation>Nur Markierungen mit Kategorie</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Jede Kategorie</translation>
    </message>
    <message>
        <source>Only highlights with tag</source>
        <translation>Nur Markierungen mit Schlagwort</translation>
    </message>
    <message>
        <source>any tag</source>
        <translation>jedes Schlagwort</translation>
    </message>
    <message>
        <source>Only highlights matching the query</source>
        <translation>Nur Markierungen, die zur Suchanfrage passen</translation>
    </message>
    <message>
        <source>any; e.g. tag:figures OR note:TPU</source>
        <translation>beliebig; z. B. tag:zahlen OR note:TPU</translation>
    </message>
    <message>
        <source>The search query language: words, &quot;phrases&quot;, note:, tag:, label:, AND, OR, NOT</source>
        <translation>Die Sprache der Suche: Wörter, &quot;Phrasen&quot;, note:, tag:, label:, AND, OR, NOT</translation>
    </message>
    <message>
        <source>Query problem</source>
        <translation>Problem mit der Suchanfrage</translation>
    </message>
    <message>
        <source>Only documents in language</source>
        <translation>Nur Dokumente in Sprache</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Jede Sprache</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>Exportvorschau</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save export to a file</source>
        <translation>Export in eine Datei speichern</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Suchanfrage</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation>Vorschau wird erstellt…</translation>
    </message>
    <message>
        <source>Saving as soon as the preview is ready…</source>
        <translation>Wird gespeichert, sobald die Vorschau fertig ist…</translation>
    </message>
    <message>
        <source>Finding the highlights that match the query…</source>
        <translation>Passende Markierungen werden gesucht…</translation>
    </message>
    <message>
        <source>Correct the query to see what would be exported.</source>
        <translation>Korrigieren Sie die Suchanfrage, um zu sehen, was exportiert würde.</translation>
    </message>
    <message>
        <source>The export failed: {error}.</source>
        <translation>Der Export ist fehlgeschlagen: {error}.</translation>
    </message>
    <message>
        <source>Nothing to export: no highlight in these documents matches these choices.</source>
        <translation>Nichts zu exportieren: keine Markierung in diesen Dokumenten passt zu dieser Auswahl.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln Markierung</numerusform>
            <numerusform>%Ln Markierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln Zeichen</numerusform>
            <numerusform>%Ln Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s), one per document, written into the folder you choose.</source>
        <translation>
            <numerusform>%n Notiz, eine pro Dokument, wird in den gewählten Ordner geschrieben.</numerusform>
            <numerusform>%n Notizen, eine pro Dokument, werden in den gewählten Ordner geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>A REFI-QDA project (a zip file); the preview shows its project.qde.</source>
        <translation>Ein REFI-QDA-Projekt (eine ZIP-Datei); die Vorschau zeigt seine project.qde.</translation>
    </message>
    <message>
        <source>{format} (*{suffix});;All files (*)</source>
        <translation>{format} (*{suffix});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A new folder for the notes (*)</source>
        <translation>Ein neuer Ordner für die Notizen (*)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Gespeichert unter {path}.</translation>
    </message>
</context>
<context>
    <name>HighlightsImporter</name>
    <message>
        <source>Import highlights</source>
        <extracomment>Asks for a file of highlights to import: (parent) → its path, None on Cancel.</extracomment>
        <translation>Markierungen importieren</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.jsonld *.json);;All files (*)</source>
        <translation>W3C-Webannotationen (*.jsonld *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Highlights are already being imported; wait for them.</source>
        <translation>Es werden bereits Markierungen importiert; bitte warten Sie darauf.</translation>
    </message>
    <message>
        <source>Importing highlights from {name}</source>
        <translation>Markierungen aus {name} werden importiert</translation>
    </message>
    <message numerus="yes">
        <source>Highlights imported: %n added</source>
        <translation>
            <numerusform>Markierungen importiert: %n hinzugefügt</numerusform>
            <numerusform>Markierungen importiert: %n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}, %n waiting for their documents</source>
        <translation>
            <numerusform>{summary}, %n wartet auf sein Dokument</numerusform>
            <numerusform>{summary}, %n warten auf ihre Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>The import of highlights failed: {error}.</source>
        <translation>Der Import der Markierungen ist fehlgeschlagen: {error}.</translation>
    </message>
</context>
<context>
    <name>HighlightsPanel</name>
    <message>
        <source>same claim as</source>
        <translation>gleiche Behauptung wie</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>stützt</translation>
    </message>
    <message>
        <source>supported by</source>
        <translation>gestützt durch</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>widerspricht</translation>
    </message>
    <message>
        <source>contradicted by</source>
        <translation>widersprochen durch</translation>
    </message>
    <message>
        <source>No document open.</source>
        <translation>Kein Dokument geöffnet.</translation>
    </message>
    <message>
        <source>Highlights summary</source>
        <translation>Übersicht der Markierungen</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Orphaned (their text is no longer in the document):</source>
        <translation>Verwaist (ihr Text steht nicht mehr im Dokument):</translation>
    </message>
    <message>
        <source>Orphaned highlights</source>
        <translation>Verwaiste Markierungen</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>Schlagwörter, kommagetrennt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Note (Markdown), saved as you type</source>
        <translation>Notiz (Markdown), wird beim Tippen gespeichert</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Verknüpfen…</translation>
    </message>
    <message>
        <source>Link to another highlight</source>
        <translation>Mit einer anderen Markierung verknüpfen</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Remove the selected link</source>
        <translation>Die ausgewählte Verknüpfung entfernen</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>Markierung löschen</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>An Auswahl neu anbinden</translation>
    </message>
    <message>
        <source>Re-attach to the selected text</source>
        <translation>An den ausgewählten Text neu anbinden</translation>
    </message>
    <message>
        <source>Highlight editor</source>
        <translation>Markierung bearbeiten</translation>
    </message>
    <message>
        <source>No highlights yet: select text, then press 1, 2 or 3.</source>
        <translation>Noch keine Markierungen: Text auswählen, dann 1, 2 oder 3 drücken.</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n Markierung</numerusform>
            <numerusform>%n Markierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>no label</source>
        <translation>keine Kategorie</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(keine Kategorie)</translation>
    </message>
    <message>
        <source>Select a highlight to edit its label, tags and note.</source>
        <translation>Eine Markierung auswählen, um Kategorie, Schlagwörter und Notiz zu bearbeiten.</translation>
    </message>
    <message>
        <source>Select the text to re-attach the highlight to first.</source>
        <translation>Zuerst den Text auswählen, an den die Markierung neu angebunden werden soll.</translation>
    </message>
    <message>
        <source>There is no other highlight to link to yet.</source>
        <translation>Es gibt noch keine andere Markierung zum Verknüpfen.</translation>
    </message>
</context>
<context>
    <name>ImportHighlightsDialog</name>
    <message>
        <source>Highlights imported</source>
        <translation>Markierungen importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) added</source>
        <translation>
            <numerusform>%n Markierung hinzugefügt</numerusform>
            <numerusform>%n Markierungen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) updated (changed since)</source>
        <translation>
            <numerusform>%n Markierung aktualisiert (seitdem geändert)</numerusform>
            <numerusform>%n Markierungen aktualisiert (seitdem geändert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) already in the library, unchanged</source>
        <translation>
            <numerusform>%n Markierung schon in der Bibliothek, unverändert</numerusform>
            <numerusform>%n Markierungen schon in der Bibliothek, unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) whose text was not found: kept as orphans in the Highlights panel</source>
        <translation>
            <numerusform>%n Markierung, deren Text nicht gefunden wurde: als verwaist im Bereich Markierungen aufbewahrt</numerusform>
            <numerusform>%n Markierungen, deren Text nicht gefunden wurde: als verwaist im Bereich Markierungen aufbewahrt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) placed on a document whose text changed since</source>
        <translation>
            <numerusform>%n Markierung auf einem seither geänderten Dokument platziert</numerusform>
            <numerusform>%n Markierungen auf einem seither geänderten Dokument platziert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) whose document was found by its quote</source>
        <translation>
            <numerusform>%n Markierung, deren Dokument über das Zitat gefunden wurde</numerusform>
            <numerusform>%n Markierungen, deren Dokument über das Zitat gefunden wurde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) added under a new id (their id belongs to another highlight)</source>
        <translation>
            <numerusform>%n Markierung unter neuer ID hinzugefügt (ihre ID gehört einer anderen Markierung)</numerusform>
            <numerusform>%n Markierungen unter neuer ID hinzugefügt (ihre ID gehört einer anderen Markierung)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) added</source>
        <translation>
            <numerusform>%n Verknüpfung hinzugefügt</numerusform>
            <numerusform>%n Verknüpfungen hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>New labels: {labels}</source>
        <translation>Neue Kategorien: {labels}</translation>
    </message>
    <message>
        <source>From {file}:</source>
        <translation>Aus {file}:</translation>
    </message>
    <message>
        <source>Imported file</source>
        <translation>Importierte Datei</translation>
    </message>
    <message>
        <source>What the import did</source>
        <translation>Was der Import bewirkt hat</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) were not imported: their documents are not in the library. Import those documents, then this file again.</source>
        <translation>
            <numerusform>%n Markierung wurde nicht importiert: Ihr Dokument ist nicht in der Bibliothek. Importieren Sie dieses Dokument und danach diese Datei erneut.</numerusform>
            <numerusform>%n Markierungen wurden nicht importiert: Ihre Dokumente sind nicht in der Bibliothek. Importieren Sie diese Dokumente und danach diese Datei erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Highlights on documents not in the library</source>
        <translation>Markierungen auf Dokumenten, die nicht in der Bibliothek sind</translation>
    </message>
    <message>
        <source>untitled document</source>
        <translation>Dokument ohne Titel</translation>
    </message>
    <message>
        <source>“{quote}” in {title}</source>
        <translation>„{quote}“ in {title}</translation>
    </message>
    <message>
        <source>Highlight {id} on document {doc}</source>
        <translation>Markierung {id} auf Dokument {doc}</translation>
    </message>
    <message>
        <source>Problems in the file:</source>
        <translation>Probleme in der Datei:</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Probleme in der Datei</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import finished with problems</source>
        <translation>Import mit Problemen abgeschlossen</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Importübersicht</translation>
    </message>
    <message>
        <source>Files not imported</source>
        <translation>Nicht importierte Dateien</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n Datei konnte nicht importiert werden:</numerusform>
            <numerusform>%n Dateien konnten nicht importiert werden:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>nothing to import</source>
        <translation>nichts zu importieren</translation>
    </message>
    <message>
        <source>Imported: {counts} (cancelled).</source>
        <translation>Importiert: {counts} (abgebrochen).</translation>
    </message>
    <message>
        <source>Imported: {counts}.</source>
        <translation>Importiert: {counts}.</translation>
    </message>
    <message>
        <source>An import is already running; wait for it or cancel it.</source>
        <translation>Es läuft bereits ein Import; warten oder ihn abbrechen.</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>{name} wird importiert</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n item(s)</source>
        <translation>
            <numerusform>%n Element wird importiert</numerusform>
            <numerusform>%n Elemente werden importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching {url}</source>
        <translation>{url} wird abgerufen</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <source>The import failed: {error}.</source>
        <translation>Der Import ist fehlgeschlagen: {error}.</translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <source>Claim</source>
        <extracomment>The built-in labels&apos; names are data (stored, exported, searched as ``label:Claim``); the window shows them in the interface language, and a reader&apos;s own labels as typed.</extracomment>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Labels</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Claim, Evidence and Question are built in: they can be recoloured. Your own labels can also be renamed and deleted. Edit → Undo takes back any change.</source>
        <translation>Behauptung, Beleg und Frage sind eingebaut: Ihre Farbe lässt sich ändern. Eigene Kategorien können Sie außerdem umbenennen und löschen. Bearbeiten → Rückgängig nimmt jede Änderung zurück.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Rename the selected label</source>
        <translation>Die ausgewählte Kategorie umbenennen</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <source>Change the colour of the selected label</source>
        <translation>Die Farbe der ausgewählten Kategorie ändern</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected label</source>
        <translation>Die ausgewählte Kategorie löschen</translation>
    </message>
    <message>
        <source>Name of the new label</source>
        <translation>Name der neuen Kategorie</translation>
    </message>
    <message>
        <source>New label name</source>
        <translation>Name der neuen Kategorie</translation>
    </message>
    <message>
        <source>Colour of the new label</source>
        <translation>Farbe der neuen Kategorie</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add the new label</source>
        <translation>Die neue Kategorie hinzufügen</translation>
    </message>
    <message>
        <source>Labels problem</source>
        <translation>Problem mit den Kategorien</translation>
    </message>
    <message>
        <source>Built in: it can be recoloured, not renamed or deleted.</source>
        <translation>Eingebaut: Die Farbe lässt sich ändern; umbenennen oder löschen lässt sie sich nicht.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln Markierung</numerusform>
            <numerusform>%Ln Markierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a name for the new label first.</source>
        <translation>Geben Sie zuerst einen Namen für die neue Kategorie ein.</translation>
    </message>
    <message>
        <source>Colour of {label}</source>
        <translation>Farbe von {label}</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Afrikaans</source>
        <translation>Afrikaans</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgarisch</translation>
    </message>
    <message>
        <source>Bangla</source>
        <translation>Bengalisch</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Katalanisch</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tschechisch</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Walisisch</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griechisch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Esperanto</source>
        <translation>Esperanto</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estnisch</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persisch</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>Gujarati</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebräisch</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Kroatisch</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Ungarisch</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>Kannada</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Koreanisch</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>Latein</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Litauisch</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Lettisch</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>Mazedonisch</translation>
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
        <translation>Nepalesisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>Norwegisch (Bokmål)</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>Panjabi</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumänisch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Slowakisch</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Slowenisch</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Albanisch</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Schwedisch</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Suaheli</translation>
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
        <translation>Thailändisch</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>Filipino</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamesisch</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinesisch</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Chinesisch (vereinfacht)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Chinesisch (traditionell)</translation>
    </message>
    <message>
        <source>Language not determined (too little text).</source>
        <translation>Sprache nicht bestimmt (zu wenig Text).</translation>
    </message>
    <message>
        <source>{language}, detected with {percent}% confidence</source>
        <translation>{language}, erkannt mit {percent} % Sicherheit</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Imported {time} (UTC)</source>
        <translation>Importiert {time} (UTC)</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n Markierung</numerusform>
            <numerusform>%n Markierungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Show language</source>
        <translation>Sprache anzeigen</translation>
    </message>
    <message>
        <source>Show source</source>
        <translation>Quelle anzeigen</translation>
    </message>
    <message>
        <source>Show imported</source>
        <translation>Importdatum anzeigen</translation>
    </message>
    <message>
        <source>Show highlights</source>
        <translation>Markierungen anzeigen</translation>
    </message>
    <message>
        <source>Show outlet</source>
        <translation>Medium anzeigen</translation>
    </message>
    <message>
        <source>Show author</source>
        <translation>Autor anzeigen</translation>
    </message>
    <message>
        <source>Show publication date</source>
        <translation>Veröffentlichungsdatum anzeigen</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>Nach Sprache filtern</translation>
    </message>
    <message>
        <source>Show only documents in one language</source>
        <translation>Nur Dokumente in einer Sprache anzeigen</translation>
    </message>
    <message>
        <source>Filter by highlight label</source>
        <translation>Nach Kategorie der Markierungen filtern</translation>
    </message>
    <message>
        <source>Show only documents with a highlight of this label</source>
        <translation>Nur Dokumente mit einer Markierung dieser Kategorie anzeigen</translation>
    </message>
    <message>
        <source>Filter by outlet</source>
        <translation>Nach Medium filtern</translation>
    </message>
    <message>
        <source>Show only documents from one outlet</source>
        <translation>Nur Dokumente eines Mediums anzeigen</translation>
    </message>
    <message>
        <source>Filter by title, outlet, author, date…</source>
        <translation>Nach Titel, Medium, Autor, Datum filtern…</translation>
    </message>
    <message>
        <source>Filter the documents</source>
        <translation>Dokumente filtern</translation>
    </message>
    <message>
        <source>Number of documents shown</source>
        <translation>Anzahl angezeigter Dokumente</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>Alle Medien</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln Dokument</numerusform>
            <numerusform>%Ln Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} von {total}</translation>
    </message>
    <message>
        <source>{documents} · {selected} selected</source>
        <translation>{documents} · {selected} ausgewählt</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>same claim</source>
        <translation>gleiche Behauptung</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>stützt</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>widerspricht</translation>
    </message>
    <message>
        <source>Link highlight</source>
        <translation>Markierung verknüpfen</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Highlights to link to</source>
        <translation>Markierungen zum Verknüpfen</translation>
    </message>
    <message>
        <source>Link to</source>
        <translation>Verknüpfen mit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <extracomment>The side panels&apos; share of the width while comparing (the library dock hides).</extracomment>
        <translation>Einen Ordner importieren</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA-Projekte (*.qdpx)</translation>
    </message>
    <message>
        <source>Article</source>
        <extracomment>Set when the reader chose to restart in another language: run_app builds the window again (same library, new translators) once this one has closed.</extracomment>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Compared sources</source>
        <translation>Verglichene Quellen</translation>
    </message>
    <message>
        <source>Reading area</source>
        <translation>Lesebereich</translation>
    </message>
    <message>
        <source>Reading area and claims</source>
        <translation>Lesebereich und Behauptungen</translation>
    </message>
    <message>
        <source>Search results and library</source>
        <translation>Suchergebnisse und Bibliothek</translation>
    </message>
    <message>
        <source>Search and library</source>
        <translation>Suche und Bibliothek</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Other sources</source>
        <translation>Andere Quellen</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>Search hit position</source>
        <translation>Position des Suchtreffers</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Dateien importieren…</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Import every article in a folder</source>
        <translation>Alle Artikel eines Ordners importieren</translation>
    </message>
    <message>
        <source>Import &amp;highlights…</source>
        <translation>&amp;Markierungen importieren…</translation>
    </message>
    <message>
        <source>Read highlights back from a W3C Web Annotation (JSON-LD) export</source>
        <translation>Markierungen aus einem Export als W3C-Webannotationen (JSON-LD) wieder einlesen</translation>
    </message>
    <message>
        <source>&amp;Export highlights…</source>
        <translation>Markierungen &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export highlights as Markdown, HTML, CSV or JSON-LD</source>
        <translation>Markierungen als Markdown, HTML, CSV oder JSON-LD exportieren</translation>
    </message>
    <message>
        <source>&amp;Back up library now…</source>
        <translation>Bibliothek jetzt &amp;sichern…</translation>
    </message>
    <message>
        <source>Copy the library into its backups folder now</source>
        <translation>Die Bibliothek jetzt in ihren Sicherungsordner kopieren</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Replace the library with one of its backups</source>
        <translation>Die Bibliothek durch eine ihrer Sicherungen ersetzen</translation>
    </message>
    <message>
        <source>La&amp;bels…</source>
        <translation>&amp;Kategorien…</translation>
    </message>
    <message>
        <source>Add, rename, recolour and delete labels</source>
        <translation>Kategorien hinzufügen, umbenennen, umfärben und löschen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Die Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>&amp;Nächster Treffer</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>&amp;Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Highlight with the &amp;last label</source>
        <translation>Mit der &amp;letzten Kategorie markieren</translation>
    </message>
    <message>
        <source>&amp;Delete highlight</source>
        <translation>&amp;Markierung löschen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Parallax</source>
        <translation>Über &amp;Parallax</translation>
    </message>
    <message>
        <source>Restore newest backup puts that copy in place and reloads the window; the damaged file is kept in the backups folder.</source>
        <translation>„Neueste Sicherung wiederherstellen“ setzt diese Kopie ein und lädt das Fenster neu; die beschädigte Datei bleibt im Sicherungsordner erhalten.</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>der Sprache des Systems</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Show Parallax in {language} now? The window is built again on the same library; nothing is lost.</source>
        <translation>Parallax jetzt auf {language} anzeigen? Das Fenster wird mit derselben Bibliothek neu aufgebaut; nichts geht verloren.</translation>
    </message>
    <message>
        <source>Switch now</source>
        <translation>Jetzt wechseln</translation>
    </message>
    <message>
        <source>At the next start</source>
        <translation>Beim nächsten Start</translation>
    </message>
    <message>
        <source>Parallax will be in {language} the next time it starts.</source>
        <translation>Parallax erscheint beim nächsten Start auf {language}.</translation>
    </message>
    <message>
        <source>&amp;Compare selected documents</source>
        <translation>&amp;Ausgewählte Dokumente vergleichen</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm *.xhtml *.pdf *.docx *.epub);;All files (*)</source>
        <translation>Artikel (*.txt *.md *.markdown *.html *.htm *.xhtml *.pdf *.docx *.epub);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import from URL</source>
        <translation>Von URL importieren</translation>
    </message>
    <message>
        <source>Web address of the page to fetch (http:// or https://):</source>
        <translation>Webadresse der abzurufenden Seite (http:// oder https://):</translation>
    </message>
    <message>
        <source>Import articles (.txt, .md, .html, .pdf, .docx, .epub) into the library</source>
        <translation>Artikel (.txt, .md, .html, .pdf, .docx, .epub) in die Bibliothek importieren</translation>
    </message>
    <message>
        <source>Import from &amp;URL…</source>
        <translation>Von &amp;URL importieren…</translation>
    </message>
    <message>
        <source>Fetch one web page and import its article</source>
        <translation>Eine Webseite abrufen und ihren Artikel importieren</translation>
    </message>
    <message>
        <source>&amp;Check library…</source>
        <translation>Bibliothek p&amp;rüfen…</translation>
    </message>
    <message>
        <source>Check the library file for damage and list the rows that cannot be read</source>
        <translation>Die Bibliotheksdatei auf Beschädigungen prüfen und die nicht lesbaren Einträge auflisten</translation>
    </message>
    <message>
        <source>Show the two to four documents selected in the library side by side</source>
        <translation>Die zwei bis vier in der Bibliothek ausgewählten Dokumente nebeneinander zeigen</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>Vergleichen &amp;mit…</translation>
    </message>
    <message>
        <source>Choose documents to show beside the open one</source>
        <translation>Dokumente wählen, die neben dem geöffneten erscheinen</translation>
    </message>
    <message>
        <source>C&amp;lose comparison</source>
        <translation>Vergleich &amp;schließen</translation>
    </message>
    <message>
        <source>Back to reading one article</source>
        <translation>Zurück zum Lesen eines Artikels</translation>
    </message>
    <message>
        <source>&amp;Focus on the comparison</source>
        <translation>Auf den Vergleich &amp;konzentrieren</translation>
    </message>
    <message>
        <source>Give the compared sources the width: the library hides and the side panels narrow (as they were when the comparison closes)</source>
        <translation>Den verglichenen Quellen die Breite geben: die Bibliothek wird ausgeblendet, die Seitenleisten werden schmaler (wie zuvor, sobald der Vergleich schließt)</translation>
    </message>
    <message>
        <source>Find in &amp;other sources</source>
        <translation>In anderen &amp;Quellen finden</translation>
    </message>
    <message>
        <source>Find where the other sources state the selected passage</source>
        <translation>Finden, wo die anderen Quellen die ausgewählte Textstelle aussagen</translation>
    </message>
    <message>
        <source>Every claim group: which sources state it, in what words and figures</source>
        <translation>Jede Behauptungsgruppe: welche Quellen sie aufstellen, mit welchen Worten und Zahlen</translation>
    </message>
    <message>
        <source>Highlight as {label}</source>
        <translation>Als {label} markieren</translation>
    </message>
    <message>
        <source>Highlight the selected text as {label}</source>
        <translation>Den ausgewählten Text als {label} markieren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>A&amp;nnotieren</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Shows Parallax in this language (the window is rebuilt, your place is kept)</source>
        <translation>Zeigt Parallax in dieser Sprache (das Fenster wird neu aufgebaut, die Stelle bleibt erhalten)</translation>
    </message>
    <message>
        <source>Cl&amp;aims</source>
        <translation>&amp;Behauptungen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Annotieren</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Show the {count} documents selected in the library side by side</source>
        <translation>Die {count} in der Bibliothek ausgewählten Dokumente nebeneinander zeigen</translation>
    </message>
    <message numerus="yes">
        <source>Select two to four documents in the library (Ctrl-click, Shift-click) to compare them; %n selected</source>
        <translation>
            <numerusform>Zwei bis vier Dokumente in der Bibliothek auswählen (Strg-Klick, Umschalt-Klick), um sie zu vergleichen; %n ausgewählt</numerusform>
            <numerusform>Zwei bis vier Dokumente in der Bibliothek auswählen (Strg-Klick, Umschalt-Klick), um sie zu vergleichen; %n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Close the claims</source>
        <translation>Behauptungen schließen</translation>
    </message>
    <message>
        <source>Parallax {version}

Read, search and annotate articles across languages. Your library stays on this computer; Parallax never uses the network.</source>
        <translation>Parallax {version}

Artikel in vielen Sprachen lesen, durchsuchen und annotieren. Ihre Bibliothek bleibt auf diesem Computer; Parallax greift nie auf das Netzwerk zu.</translation>
    </message>
    <message>
        <source>About Parallax</source>
        <translation>Über Parallax</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>create highlight</source>
        <extracomment>Languages with a translation in ``translations/``; English is the source language. What the setting may hold. Each language in its own language, for the Language menu (never translated).</extracomment>
        <translation>Markierung anlegen</translation>
    </message>
    <message>
        <source>relabel highlight</source>
        <translation>Kategorie der Markierung ändern</translation>
    </message>
    <message>
        <source>edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>edit tags</source>
        <translation>Schlagwörter bearbeiten</translation>
    </message>
    <message>
        <source>edit highlight</source>
        <translation>Markierung bearbeiten</translation>
    </message>
    <message>
        <source>delete highlight</source>
        <translation>Markierung löschen</translation>
    </message>
    <message>
        <source>re-attach highlight</source>
        <translation>Markierung neu anbinden</translation>
    </message>
    <message>
        <source>unlink highlights</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>link as the same claim</source>
        <translation>als gleiche Behauptung verknüpfen</translation>
    </message>
    <message>
        <source>import highlights</source>
        <translation>Markierungen importieren</translation>
    </message>
    <message>
        <source>link highlights {name}</source>
        <translation>Markierungen verknüpfen {name}</translation>
    </message>
    <message>
        <source>add label {name}</source>
        <translation>Kategorie {name} hinzufügen</translation>
    </message>
    <message>
        <source>rename label {name}</source>
        <translation>Kategorie {name} umbenennen</translation>
    </message>
    <message>
        <source>recolour label {name}</source>
        <translation>Farbe der Kategorie {name} ändern</translation>
    </message>
    <message>
        <source>delete label {name}</source>
        <translation>Kategorie {name} löschen</translation>
    </message>
    <message>
        <source>Undo {operation}</source>
        <translation>Rückgängig: {operation}</translation>
    </message>
    <message>
        <source>Redo {operation}</source>
        <translation>Wiederherstellen: {operation}</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <source>Document title</source>
        <translation>Dokumenttitel</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Dokumentsprache</translation>
    </message>
    <message>
        <source>Document source</source>
        <translation>Dokumentquelle</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>Dokumentdetails</translation>
    </message>
    <message>
        <source>Search hit position</source>
        <translation>Position des Suchtreffers</translation>
    </message>
    <message>
        <source>Document header</source>
        <translation>Dokumentkopf</translation>
    </message>
    <message>
        <source>imported {time}</source>
        <translation>importiert {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hit {number} of %n</source>
        <translation>
            <numerusform>Treffer {number} von %n</numerusform>
            <numerusform>Treffer {number} von %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>Select a passage and choose Find in other sources (Ctrl+Shift+F) to see where the other sources state the same thing.</source>
        <translation>Eine Textstelle auswählen und In anderen Quellen finden (Strg+Umschalt+F) wählen, um zu sehen, wo die anderen Quellen dasselbe aussagen.</translation>
    </message>
    <message>
        <source>Passage looked for</source>
        <translation>Gesuchte Textstelle</translation>
    </message>
    <message>
        <source>Looking in the other sources</source>
        <translation>Suche in den anderen Quellen</translation>
    </message>
    <message>
        <source>Related passages</source>
        <translation>Verwandte Textstellen</translation>
    </message>
    <message>
        <source>Related passages by source</source>
        <translation>Verwandte Textstellen nach Quelle</translation>
    </message>
    <message>
        <source>Looking for “{quote}” ({lang}, {source}) in the other sources…</source>
        <translation>Suche nach „{quote}“ ({lang}, {source}) in den anderen Quellen…</translation>
    </message>
    <message>
        <source>Where other sources state “{quote}” ({lang}, {source}):</source>
        <translation>Wo andere Quellen „{quote}“ aussagen ({lang}, {source}):</translation>
    </message>
    <message numerus="yes">
        <source>%n weaker passage(s) (score below {score}) not shown.</source>
        <translation>
            <numerusform>%n schwächere Stelle (Wert unter {score}) nicht angezeigt.</numerusform>
            <numerusform>%n schwächere Stellen (Wert unter {score}) nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passages not shown</source>
        <translation>Nicht angezeigte Stellen</translation>
    </message>
    <message>
        <source>No other source states anything like it.</source>
        <translation>Keine andere Quelle sagt etwas Ähnliches aus.</translation>
    </message>
    <message>
        <source>{badge} · {title}</source>
        <translation>{badge} · {title}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Related passage {rank}</source>
        <extracomment>Passages scoring below this are not offered: at 0.06 the only evidence is position or length, and listing them reads as if they were candidates.</extracomment>
        <translation>Verwandte Textstelle {rank}</translation>
    </message>
    <message>
        <source>Passage text</source>
        <translation>Text der Textstelle</translation>
    </message>
    <message>
        <source>position and length only</source>
        <translation>nur Position und Länge</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>Warum: {reasons}</translation>
    </message>
    <message>
        <source>Why it is related</source>
        <translation>Warum sie verwandt ist</translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation>Wert {score}</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>How much evidence says this passage states the same thing (0 to 1)</source>
        <translation>Wie stark die Indizien dafür sprechen, dass diese Textstelle dasselbe aussagt (0 bis 1)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show this passage</source>
        <translation>Diese Textstelle zeigen</translation>
    </message>
    <message>
        <source>Open the source at this passage (or double-click)</source>
        <translation>Die Quelle an dieser Textstelle öffnen (oder Doppelklick)</translation>
    </message>
    <message>
        <source>Link as same claim</source>
        <translation>Als gleiche Behauptung verknüpfen</translation>
    </message>
    <message>
        <source>Linked ✓</source>
        <translation>Verknüpft ✓</translation>
    </message>
    <message>
        <source>Linked to the selection as the same claim (Ctrl+Z undoes it)</source>
        <translation>Mit der Auswahl als gleiche Behauptung verknüpft (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Highlight the selection and this passage and link them as the same claim</source>
        <translation>Die Auswahl und diese Textstelle markieren und als gleiche Behauptung verknüpfen</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Highlight</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>in {document}</source>
        <translation>in {document}</translation>
    </message>
    <message>
        <source>Highlight in {document}:</source>
        <translation>Markierung in {document}:</translation>
    </message>
    <message>
        <source>Search: words, &quot;a phrase&quot;, lang:it gigawatt, title:…</source>
        <translation>Suche: Wörter, &quot;eine Phrase&quot;, lang:it Gigawatt, title:…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Words are stemmed per language; use quotes for phrases, AND / OR / NOT, prefix*, fuzzy~, lang:xx and title:… (Ctrl+F)</source>
        <translation>Wörter werden je Sprache auf ihren Stamm zurückgeführt; Anführungszeichen für Phrasen, AND / OR / NOT, Präfix*, unscharf~, lang:xx und title:… (Strg+F)</translation>
    </message>
    <message>
        <source>Search problem</source>
        <translation>Problem bei der Suche</translation>
    </message>
    <message>
        <source>Type to search the whole library.</source>
        <translation>Tippen, um die ganze Bibliothek zu durchsuchen.</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Search results area</source>
        <translation>Bereich der Suchergebnisse</translation>
    </message>
    <message>
        <source>Searching when the current task finishes…</source>
        <translation>Die Suche beginnt, sobald die laufende Aufgabe fertig ist…</translation>
    </message>
    <message>
        <source>No document matches.</source>
        <translation>Kein Dokument passt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) match</source>
        <translation>
            <numerusform>%Ln Dokument passt</numerusform>
            <numerusform>%Ln Dokumente passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln document(s) match</source>
        <translation>
            <numerusform>etwa %Ln Dokument passt</numerusform>
            <numerusform>etwa %Ln Dokumente passen</numerusform>
        </translation>
    </message>
    <message>
        <source>{matches} (best {shown} shown)</source>
        <translation>{matches} (die besten {shown} angezeigt)</translation>
    </message>
    <message numerus="yes">
        <source>{matches}; %n highlight(s) by note or tag</source>
        <translation>
            <numerusform>{matches}; %n Markierung nach Notiz oder Schlagwort</numerusform>
            <numerusform>{matches}; %n Markierungen nach Notiz oder Schlagwort</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed: {error}.</source>
        <translation>Die Suche ist fehlgeschlagen: {error}.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Changed in another window</source>
        <extracomment>What runs once a write has landed: it gets the core&apos;s Change.</extracomment>
        <translation>In einem anderen Fenster geändert</translation>
    </message>
    <message>
        <source>Select some text to highlight first.</source>
        <translation>Zuerst Text zum Markieren auswählen.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Select text</source>
        <translation>Text auswählen</translation>
    </message>
    <message>
        <source>Shift+arrows, mouse drag</source>
        <translation>Umschalt+Pfeiltasten, Ziehen mit der Maus</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Move from the search field into the results</source>
        <translation>Vom Suchfeld in die Ergebnisse wechseln</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Pfeil nach unten</translation>
    </message>
    <message>
        <source>Open the selected result</source>
        <translation>Das ausgewählte Ergebnis öffnen</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Label keys (1, 2, 3…) work while the article has the focus.</source>
        <translation>Die Kategorietasten (1, 2, 3…) wirken, solange der Artikel den Fokus hat.</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Task progress</source>
        <translation>Fortschritt der Aufgabe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation>Aufgabe abbrechen</translation>
    </message>
    <message>
        <source>Stop the task (what is finished is kept)</source>
        <translation>Die Aufgabe anhalten (Fertiges bleibt erhalten)</translation>
    </message>
    <message>
        <source>{task}: cancelling…</source>
        <translation>{task}: wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>The task failed: {error}.</source>
        <translation>Die Aufgabe ist fehlgeschlagen: {error}.</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Adding the bundled articles to the new library</source>
        <extracomment>The id of a highlight shown while it is being written starts so.</extracomment>
        <translation>Die mitgelieferten Artikel werden der neuen Bibliothek hinzugefügt</translation>
    </message>
    <message>
        <source>Checking the library and making today&apos;s backup</source>
        <translation>Bibliothek wird geprüft und die heutige Sicherung erstellt</translation>
    </message>
    <message>
        <source>Checking the library</source>
        <translation>Bibliothek wird geprüft</translation>
    </message>
    <message>
        <source>The library could not be checked: {error}.</source>
        <translation>Die Bibliothek konnte nicht geprüft werden: {error}.</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>Suchindex wird aktualisiert</translation>
    </message>
    <message>
        <source>Select some text in the article first.</source>
        <translation>Zuerst Text im Artikel auswählen.</translation>
    </message>
</context>
</TS>
