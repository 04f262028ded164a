<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CheckDialog</name>
    <message numerus="yes">
        <source>%n damaged row(s).</source>
        <translation>
            <numerusform>%n damaged row.</numerusform>
            <numerusform>%n damaged rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The search index holds all %n document(s).</source>
        <translation>
            <numerusform>The search index holds the %n document.</numerusform>
            <numerusform>The search index holds all %n documents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message numerus="yes">
        <source>Stated by %n source(s)</source>
        <translation>
            <numerusform>Stated by %n source</numerusform>
            <numerusform>Stated by %n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ figures differ in %n</source>
        <translation>
            <numerusform>⚠ figures differ in %n</numerusform>
            <numerusform>⚠ figures differ in %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message numerus="yes">
        <source>Comparing %n source(s)</source>
        <translation>
            <numerusform>Comparing %n source</numerusform>
            <numerusform>Comparing %n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareWithDialog</name>
    <message numerus="yes">
        <source>%n document(s) chosen</source>
        <translation>
            <numerusform>%n document chosen</numerusform>
            <numerusform>%n documents chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DamageNotice</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteLabelDialog</name>
    <message numerus="yes">
        <source>The label “{label}” is on %n highlight(s). What should happen to them?</source>
        <translation>
            <numerusform>The label “{label}” is on %n highlight. What should happen to it?</numerusform>
            <numerusform>The label “{label}” is on %n highlights. What should happen to them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln highlight</numerusform>
            <numerusform>%Ln highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s), one per document, written into the folder you choose.</source>
        <translation>
            <numerusform>%n note, one per document, written into the folder you choose.</numerusform>
            <numerusform>%n notes, one per document, written into the folder you choose.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HighlightsImporter</name>
    <message numerus="yes">
        <source>Highlights imported: %n added</source>
        <translation>
            <numerusform>Highlights imported: %n added</numerusform>
            <numerusform>Highlights imported: %n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}, %n waiting for their documents</source>
        <translation>
            <numerusform>{summary}, %n waiting for its document</numerusform>
            <numerusform>{summary}, %n waiting for their documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HighlightsPanel</name>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportHighlightsDialog</name>
    <message numerus="yes">
        <source>%n highlight(s) added</source>
        <translation>
            <numerusform>%n highlight added</numerusform>
            <numerusform>%n highlights added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) updated (changed since)</source>
        <translation>
            <numerusform>%n highlight updated (changed since)</numerusform>
            <numerusform>%n highlights updated (changed since)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) already in the library, unchanged</source>
        <translation>
            <numerusform>%n highlight already in the library, unchanged</numerusform>
            <numerusform>%n highlights already in the library, unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) whose text was not found: kept as orphans in the Highlights panel</source>
        <translation>
            <numerusform>%n highlight whose text was not found: kept as an orphan in the Highlights panel</numerusform>
            <numerusform>%n highlights whose text was not found: kept as orphans in the Highlights panel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) placed on a document whose text changed since</source>
        <translation>
            <numerusform>%n highlight placed on a document whose text changed since</numerusform>
            <numerusform>%n highlights placed on a document whose text changed since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) whose document was found by its quote</source>
        <translation>
            <numerusform>%n highlight whose document was found by its quote</numerusform>
            <numerusform>%n highlights whose document was found by their quote</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) added under a new id (their id belongs to another highlight)</source>
        <translation>
            <numerusform>%n highlight added under a new id (its id belongs to another highlight)</numerusform>
            <numerusform>%n highlights added under a new id (their id belongs to another highlight)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) added</source>
        <translation>
            <numerusform>%n link added</numerusform>
            <numerusform>%n links added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) were not imported: their documents are not in the library. Import those documents, then this file again.</source>
        <translation>
            <numerusform>%n highlight was not imported: its document is not in the library. Import that document, then this file again.</numerusform>
            <numerusform>%n highlights were not imported: their documents are not in the library. Import those documents, then this file again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n file could not be imported:</numerusform>
            <numerusform>%n files could not be imported:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message numerus="yes">
        <source>Importing %n item(s)</source>
        <translation>
            <numerusform>Importing %n item</numerusform>
            <numerusform>Importing %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message numerus="yes">
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln highlight</numerusform>
            <numerusform>%Ln highlights</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Select two to four documents in the library (Ctrl-click, Shift-click) to compare them; %n selected</source>
        <translation>
            <numerusform>Select two to four documents in the library (Ctrl-click, Shift-click) to compare them; %n selected</numerusform>
            <numerusform>Select two to four documents in the library (Ctrl-click, Shift-click) to compare them; %n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hit {number} of %n</source>
        <translation>
            <numerusform>hit {number} of %n</numerusform>
            <numerusform>hit {number} of %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message numerus="yes">
        <source>%n weaker passage(s) (score below {score}) not shown.</source>
        <translation>
            <numerusform>%n weaker passage (score below {score}) not shown.</numerusform>
            <numerusform>%n weaker passages (score below {score}) not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%Ln document(s) match</source>
        <translation>
            <numerusform>%Ln document matches</numerusform>
            <numerusform>%Ln documents match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln document(s) match</source>
        <translation>
            <numerusform>about %Ln document matches</numerusform>
            <numerusform>about %Ln documents match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{matches}; %n highlight(s) by note or tag</source>
        <translation>
            <numerusform>{matches}; %n highlight by note or tag</numerusform>
            <numerusform>{matches}; %n highlights by note or tag</numerusform>
        </translation>
    </message>
</context>
</TS>
