<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB, more than an annotation file can be (%3 MB)</source>
        <translation>%1 ist %2 MB groß, mehr als eine Annotationsdatei sein darf (%3 MB)</translation>
    </message>
    <message>
        <source>%1: no caption#tokens#start#end line%2</source>
        <translation>%1: keine Zeile im Format caption#tokens#start#end%2</translation>
    </message>
    <message>
        <source>%1 holds %2 entries: name the clip to import</source>
        <translation>%1 enthält %2 Einträge: Geben Sie den zu importierenden Clip an</translation>
    </message>
    <message>
        <source>%1: no entry for %2 (by id, path, feat_p or url)</source>
        <translation>%1: kein Eintrag für %2 (gesucht nach id, path, feat_p oder url)</translation>
    </message>
    <message>
        <source>%1: %2 is not a time in seconds</source>
        <translation>%1: %2 ist keine Zeitangabe in Sekunden</translation>
    </message>
    <message>
        <source>%1: not JSON at byte %2: %3</source>
        <translation>%1: kein gültiges JSON bei Byte %2: %3</translation>
    </message>
    <message>
        <source>%1: expected an object of annotated sequences</source>
        <translation>%1: Objekt mit annotierten Sequenzen erwartet</translation>
    </message>
    <message>
        <source>annotation %1</source>
        <translation>Annotation %1</translation>
    </message>
    <message>
        <source>%1: the entry has neither annotations nor BABEL labels</source>
        <translation>%1: Der Eintrag enthält weder Annotationen noch BABEL-Labels</translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>Label %1</translation>
    </message>
    <message>
        <source>%1: line %2: a quoted field does not end</source>
        <translation>%1: Zeile %2: Ein Feld in Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>%1: the header must name start, end and label or text columns (got %2)</source>
        <translation>%1: Die Kopfzeile muss die Spalten start, end und label oder text benennen (gefunden: %2)</translation>
    </message>
    <message>
        <source>%1: line %2: start and end must be seconds with end after start (got &apos;%3&apos;, &apos;%4&apos;)</source>
        <translation>%1: Zeile %2: start und end müssen Sekunden sein, wobei end nach start liegen muss (gefunden: „%3“, „%4“)</translation>
    </message>
    <message>
        <source>%1: unknown annotation format &apos;.%2&apos; (import HumanML3D .txt, BABEL or KIT-ML .json, or .csv)</source>
        <translation>%1: unbekanntes Annotationsformat „.%2“ (importierbar sind HumanML3D .txt, BABEL oder KIT-ML .json sowie .csv)</translation>
    </message>
    <message>
        <source>%1: a segment must end after it starts (frames %2 to %3)</source>
        <translation>%1: Ein Segment muss nach seinem Beginn enden (Frames %2 bis %3)</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name, or open it</source>
        <translation>%1 existiert bereits: Wählen Sie einen anderen Namen oder öffnen Sie die Datei</translation>
    </message>
    <message>
        <source>%1: no such project file</source>
        <translation>%1: Projektdatei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a GeoMotion project (not an SQLite database)</source>
        <translation>%1 ist kein GeoMotion-Projekt (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a GeoMotion project (a damaged or encrypted SQLite file)</source>
        <translation>%1 ist kein GeoMotion-Projekt (eine beschädigte oder verschlüsselte SQLite-Datei)</translation>
    </message>
    <message>
        <source>%1 is not a GeoMotion project (an SQLite database of another program)</source>
        <translation>%1 ist kein GeoMotion-Projekt (eine SQLite-Datenbank eines anderen Programms)</translation>
    </message>
    <message>
        <source>%1 was made by a newer GeoMotion Studio (project schema %2; this one reads up to %3): update to open it</source>
        <translation>%1 wurde mit einer neueren Version von GeoMotion Studio erstellt (Projektschema %2; diese Version liest bis %3): Aktualisieren Sie das Programm, um die Datei zu öffnen</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it was not changed</source>
        <translation>%1 ist beschädigt (%2); die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>%1 cannot be read to the end</source>
        <translation>%1 kann nicht bis zum Ende gelesen werden</translation>
    </message>
    <message>
        <source>%1: no segment %2</source>
        <translation>%1: kein Segment %2</translation>
    </message>
    <message>
        <source>%1: could not save: %2</source>
        <translation>%1: Speichern fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: encoding failed: %2</source>
        <translation>%1: Kodierung fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: writing failed: %2</source>
        <translation>%1: Schreiben fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 exists (choose to replace it, or another name)</source>
        <translation>%1 existiert bereits (wählen Sie „Ersetzen“ oder einen anderen Namen)</translation>
    </message>
    <message>
        <source>%1: %2 × %3 at %4 fps is not a size and rate this can write</source>
        <translation>%1: %2 × %3 bei %4 fps ist keine Größe und Bildrate, die geschrieben werden kann</translation>
    </message>
    <message>
        <source>%1: H.264 needs an even width and height</source>
        <translation>%1: H.264 erfordert eine gerade Breite und Höhe</translation>
    </message>
    <message>
        <source>%1: no %2 muxer: %3</source>
        <translation>%1: kein %2-Muxer: %3</translation>
    </message>
    <message>
        <source>%1: this FFmpeg has no %2 encoder</source>
        <translation>%1: Dieses FFmpeg hat keinen %2-Encoder</translation>
    </message>
    <message>
        <source>%1: cannot start the encoder: %2</source>
        <translation>%1: Der Encoder kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the header: %2</source>
        <translation>%1: Der Header kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: out of memory for a frame</source>
        <translation>%1: nicht genügend Speicher für einen Frame</translation>
    </message>
    <message>
        <source>%1: cannot finish the file: %2</source>
        <translation>%1: Die Datei kann nicht abgeschlossen werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot move the finished video into place</source>
        <translation>%1: Das fertige Video kann nicht an seinen Zielort verschoben werden</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a video: %2</source>
        <translation>%1 kann nicht als Video geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 has no video stream</source>
        <translation>%1 enthält keinen Videostream</translation>
    </message>
    <message>
        <source>%1: no decoder for its video</source>
        <translation>%1: kein Decoder für das Video</translation>
    </message>
    <message>
        <source>%1: cannot start the decoder</source>
        <translation>%1: Der Decoder kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>%1 is damaged (project schema %2); it was not changed</source>
        <translation>%1 ist beschädigt (Projektschema %2); die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>%1 cannot be brought up to project schema %2 (%3); it was not changed</source>
        <translation>%1 kann nicht auf Projektschema %2 gebracht werden (%3); die Datei wurde nicht verändert</translation>
    </message>
</context>
<context>
    <name>gm::app::AnnotationCommands</name>
    <message>
        <source>Add Segment</source>
        <translation>Segment hinzufügen</translation>
    </message>
    <message>
        <source>Delete Segment</source>
        <translation>Segment löschen</translation>
    </message>
    <message>
        <source>Move Segment</source>
        <translation>Segment verschieben</translation>
    </message>
    <message>
        <source>Resize Segment</source>
        <translation>Segmentgröße ändern</translation>
    </message>
    <message>
        <source>Edit Caption</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
    <message>
        <source>Set Label</source>
        <translation>Label festlegen</translation>
    </message>
    <message>
        <source>Use Caption as Annotation</source>
        <translation>Beschreibung als Annotation verwenden</translation>
    </message>
    <message>
        <source>Split Segment</source>
        <translation>Segment teilen</translation>
    </message>
    <message>
        <source>Import %1 Segments</source>
        <translation>%1 Segmente importieren</translation>
    </message>
    <message>
        <source>Merge Segments</source>
        <translation>Segmente zusammenführen</translation>
    </message>
</context>
<context>
    <name>gm::app::ClipLibrary</name>
    <message>
        <source>%1: the file holds no frames</source>
        <translation>%1: Die Datei enthält keine Frames</translation>
    </message>
    <message>
        <source>%1: unknown error while reading</source>
        <translation>%1: unbekannter Fehler beim Lesen</translation>
    </message>
</context>
<context>
    <name>gm::app::MlController</name>
    <message>
        <source>code %1</source>
        <translation>Code %1</translation>
    </message>
</context>
<context>
    <name>gm::app::MlWorker</name>
    <message>
        <source>Reading the motion tokenizer…</source>
        <translation>Bewegungs-Tokenizer wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the captioner…</source>
        <translation>Beschreibungsmodell wird gelesen…</translation>
    </message>
    <message>
        <source>Measuring the codebook geometry…</source>
        <translation>Geometrie des Codebuchs wird gemessen…</translation>
    </message>
    <message>
        <source>Model loaded</source>
        <translation>Modell geladen</translation>
    </message>
</context>
<context>
    <name>gm::app::MotionDocument</name>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Beschreibungen</translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>Only two segments of the same clip and tier can be merged</source>
        <translation>Nur zwei Segmente desselben Clips und derselben Ebene können zusammengeführt werden</translation>
    </message>
</context>
<context>
    <name>gm::app::Preferences</name>
    <message>
        <source>m</source>
        <comment>metres</comment>
        <translation>m</translation>
    </message>
    <message>
        <source>cm</source>
        <comment>centimetres</comment>
        <translation>cm</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a length and its unit</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>gm::app::VideoExporter</name>
    <message>
        <source>An export is already running</source>
        <translation>Es läuft bereits ein Export</translation>
    </message>
    <message>
        <source>Cannot render offscreen: %1</source>
        <translation>Offscreen-Rendering nicht möglich: %1</translation>
    </message>
    <message>
        <source>Export cancelled: no file was left</source>
        <translation>Export abgebrochen: Es wurde keine Datei hinterlassen</translation>
    </message>
    <message>
        <source>Rendering failed: %1</source>
        <translation>Rendern fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n frame(s))</source>
        <translation>
            <numerusform>%1 geschrieben (%n Frame)</numerusform>
            <numerusform>%1 geschrieben (%n Frames)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gm::ui::AnnotationController</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation>&amp;Projekt öffnen…</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Close Pro&amp;ject</source>
        <translation>Pro&amp;jekt schließen</translation>
    </message>
    <message>
        <source>Open &amp;Dataset Folder…</source>
        <translation>Daten&amp;satzordner öffnen…</translation>
    </message>
    <message>
        <source>Open a Dataset Folder (HumanML3D or KIT-ML layout, or motion files)</source>
        <translation>Datensatzordner öffnen (HumanML3D- oder KIT-ML-Struktur oder Bewegungsdateien)</translation>
    </message>
    <message>
        <source>&amp;Export Annotations…</source>
        <translation>Annotationen e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Video…</source>
        <translation>&amp;Video exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>Annotationen &amp;importieren…</translation>
    </message>
    <message>
        <source>Import Annotations into the Active Clip</source>
        <translation>Annotationen in den aktiven Clip importieren</translation>
    </message>
    <message>
        <source>Annotations (*.txt *.json *.csv);;HumanML3D texts (*.txt);;BABEL or KIT-ML JSON (*.json);;CSV (*.csv)</source>
        <translation>Annotationen (*.txt *.json *.csv);;HumanML3D-Texte (*.txt);;BABEL- oder KIT-ML-JSON (*.json);;CSV (*.csv)</translation>
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
        <source>&amp;Edit Segment…</source>
        <translation>Segment &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Segment</source>
        <translation>Segment &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Split at Play Head</source>
        <translation>An Abspielposition &amp;teilen</translation>
    </message>
    <message>
        <source>&amp;Merge with Next</source>
        <translation>Mit nächstem &amp;zusammenführen</translation>
    </message>
    <message>
        <source>Mark &amp;In Point</source>
        <translation>&amp;In-Punkt setzen</translation>
    </message>
    <message>
        <source>Add Segment to &amp;Out Point</source>
        <translation>Segment bis &amp;Out-Punkt hinzufügen</translation>
    </message>
    <message>
        <source>Snap to &amp;Token Boundaries</source>
        <translation>An Token-&amp;Grenzen einrasten</translation>
    </message>
    <message>
        <source>Could Not Save the Edit</source>
        <translation>Die Änderung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could Not Create the Project</source>
        <translation>Das Projekt konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Created project %1</source>
        <translation>Projekt %1 erstellt</translation>
    </message>
    <message>
        <source>Could Not Open the Project</source>
        <translation>Das Projekt konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened project %1</source>
        <translation>Projekt %1 geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>Opened project %1: %n clip file(s) moved or missing</source>
        <translation>
            <numerusform>Projekt %1 geöffnet: %n Clip-Datei verschoben oder fehlend</numerusform>
            <numerusform>Projekt %1 geöffnet: %n Clip-Dateien verschoben oder fehlend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Find the %n Missing Clip(s) in a Folder</source>
        <translation>
            <numerusform>Den %n fehlenden Clip in einem Ordner suchen</numerusform>
            <numerusform>Die %n fehlenden Clips in einem Ordner suchen</numerusform>
        </translation>
    </message>
    <message>
        <source>Found %1 of %2 missing clips by their content</source>
        <translation>%1 von %2 fehlenden Clips anhand ihres Inhalts gefunden</translation>
    </message>
    <message>
        <source>The Folder Is Read-Only: Where Should Its Project Go?</source>
        <translation>Der Ordner ist schreibgeschützt: Wo soll sein Projekt gespeichert werden?</translation>
    </message>
    <message>
        <source>Could Not Open the Dataset</source>
        <translation>Der Datensatz konnte nicht geöffnet werden</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n segment(s) from %1</source>
        <translation>
            <numerusform>%n Segment aus %1 importiert</numerusform>
            <numerusform>%n Segmente aus %1 importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Could Not Import Annotations</source>
        <translation>Annotationen konnten nicht importiert werden</translation>
    </message>
    <message>
        <source>Edit Caption</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
    <message>
        <source>Set Label</source>
        <translation>Label festlegen</translation>
    </message>
    <message>
        <source>Caption of frames %1–%2:</source>
        <translation>Beschreibung der Frames %1–%2:</translation>
    </message>
    <message>
        <source>Label of frames %1–%2 (a new one joins the vocabulary):</source>
        <translation>Label der Frames %1–%2 (ein neues wird ins Vokabular aufgenommen):</translation>
    </message>
    <message>
        <source>Move the play head inside the selected segment to split it</source>
        <translation>Setzen Sie die Abspielposition in das ausgewählte Segment, um es zu teilen</translation>
    </message>
    <message>
        <source>No later segment on this tier to merge with</source>
        <translation>Kein späteres Segment auf dieser Ebene zum Zusammenführen</translation>
    </message>
    <message>
        <source>No Project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>Annotations are kept in a project: create one with File ▸ New Project… (or open one), then use the caption again.</source>
        <translation>Annotationen werden in einem Projekt gespeichert: Erstellen Sie eines mit Datei ▸ Neues Projekt… (oder öffnen Sie eines) und verwenden Sie die Beschreibung dann erneut.</translation>
    </message>
    <message>
        <source>GeoMotion projects (*.gmproj);;All files (*)</source>
        <translation>GeoMotion-Projekte (*.gmproj);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
</context>
<context>
    <name>gm::ui::AnnotationLane</name>
    <message>
        <source>No project: File ▸ New Project… to annotate</source>
        <translation>Kein Projekt: Datei ▸ Neues Projekt… zum Annotieren</translation>
    </message>
    <message>
        <source>This clip is not a file the project can annotate</source>
        <translation>Dieser Clip ist keine Datei, die das Projekt annotieren kann</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;frames %2–%3 (%4–%5 s)&lt;br&gt;%6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Frames %2–%3 (%4–%5 s)&lt;br&gt;%6</translation>
    </message>
    <message>
        <source>caption by model %1</source>
        <translation>Beschreibung von Modell %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
</context>
<context>
    <name>gm::ui::CaptionDock</name>
    <message>
        <source>Generating…</source>
        <translation>Wird generiert…</translation>
    </message>
    <message>
        <source>Candidate %1: %2</source>
        <translation>Kandidat %1: %2</translation>
    </message>
    <message>
        <source>Captioning failed: %1</source>
        <translation>Erzeugen der Beschreibung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation>Beschreibung &amp;erzeugen</translation>
    </message>
    <message>
        <source>Caption the clip or the selected tokens (%1)</source>
        <translation>Beschreibung für den Clip oder die ausgewählten Tokens erzeugen (%1)</translation>
    </message>
    <message>
        <source>Cancel Caption</source>
        <translation>Beschreibung abbrechen</translation>
    </message>
    <message>
        <source>Copy Caption</source>
        <translation>Beschreibung kopieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>&amp;Use as Annotation</source>
        <translation>Als &amp;Annotation verwenden</translation>
    </message>
    <message>
        <source>Add the chosen caption to the project as a segment over its tokens (%1)</source>
        <translation>Die gewählte Beschreibung als Segment über ihren Tokens zum Projekt hinzufügen (%1)</translation>
    </message>
    <message>
        <source>Use as Annotation</source>
        <translation>Als Annotation verwenden</translation>
    </message>
    <message>
        <source>&amp;Decoding:</source>
        <translation>&amp;Dekodierung:</translation>
    </message>
    <message>
        <source>Greedy (as released)</source>
        <translation>Greedy (wie veröffentlicht)</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <source>Beam search</source>
        <translation>Beam-Suche</translation>
    </message>
    <message>
        <source>Ca&amp;ndidates:</source>
        <translation>Ka&amp;ndidaten:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatur:</translation>
    </message>
    <message>
        <source>Top-&amp;k (0: all):</source>
        <translation>Top-&amp;k (0: alle):</translation>
    </message>
    <message>
        <source>Top-&amp;p:</source>
        <translation>Top-&amp;p:</translation>
    </message>
    <message>
        <source>&amp;Beams:</source>
        <translation>&amp;Beams:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Startwert:</translation>
    </message>
    <message>
        <source>&amp;Max tokens:</source>
        <translation>&amp;Max. Tokens:</translation>
    </message>
    <message>
        <source>log p</source>
        <translation>log p</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Open a clip to caption it.</source>
        <translation>Öffnen Sie einen Clip, um ihn zu beschreiben.</translation>
    </message>
    <message>
        <source>No model loaded.</source>
        <translation>Kein Modell geladen.</translation>
    </message>
    <message>
        <source>The model %1 has no captioner.</source>
        <translation>Das Modell %1 kann keine Beschreibungen erzeugen.</translation>
    </message>
    <message>
        <source>Tokenizing %1…</source>
        <translation>%1 wird tokenisiert…</translation>
    </message>
    <message numerus="yes">
        <source>Whole clip: %n token(s), %1–%2 s</source>
        <translation>
            <numerusform>Ganzer Clip: %n Token, %1–%2 s</numerusform>
            <numerusform>Ganzer Clip: %n Tokens, %1–%2 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens %1–%2 of %3: %4–%5 s (drag on the token lane to change, click to clear)</source>
        <translation>Tokens %1–%2 von %3: %4–%5 s (zum Ändern auf der Token-Spur ziehen, zum Aufheben klicken)</translation>
    </message>
    <message>
        <source>tokens %1–%2</source>
        <translation>Tokens %1–%2</translation>
    </message>
    <message>
        <source>Cancelled (%1): what was made so far is kept.</source>
        <translation>Abgebrochen (%1): Das bisher Erzeugte bleibt erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) for %1 in %2 s</source>
        <translation>
            <numerusform>%n Kandidat für %1 in %2 s</numerusform>
            <numerusform>%n Kandidaten für %1 in %2 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Caption candidates</source>
        <translation>Beschreibungskandidaten</translation>
    </message>
    <message>
        <source>Caption</source>
        <comment>button: caption the clip now</comment>
        <translation>Beschreiben</translation>
    </message>
    <message numerus="yes">
        <source>It reads %n token(s) at most: select %1–%2 for the rest.</source>
        <translation>
            <numerusform>Es liest höchstens %n Token: Wählen Sie %1–%2 für den Rest.</numerusform>
            <numerusform>Es liest höchstens %n Tokens: Wählen Sie %1–%2 für den Rest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gm::ui::ClipListDock</name>
    <message>
        <source>Close Clip</source>
        <translation>Clip schließen</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message>
        <source>Open clips</source>
        <translation>Geöffnete Clips</translation>
    </message>
    <message>
        <source>%1
%2, %3 joints, %4 frames at %5 fps (%6 s)</source>
        <translation>%1
%2, %3 Gelenke, %4 Frames bei %5 fps (%6 s)</translation>
    </message>
</context>
<context>
    <name>gm::ui::DatasetDock</name>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>All clips</source>
        <translation>Alle Clips</translation>
    </message>
    <message>
        <source>Without annotations</source>
        <translation>Ohne Annotationen</translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation>Annotiert</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>&amp;Next Clip Without Annotations</source>
        <translation>&amp;Nächster Clip ohne Annotationen</translation>
    </message>
    <message>
        <source>P&amp;revious Clip Without Annotations</source>
        <translation>&amp;Vorheriger Clip ohne Annotationen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n clip(s) annotated</source>
        <translation>
            <numerusform>%1 von %n Clip annotiert</numerusform>
            <numerusform>%1 von %n Clips annotiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gm::ui::ErrorCurve</name>
    <message>
        <source>MPJPE %1 (max %2)</source>
        <translation>MPJPE %1 (max. %2)</translation>
    </message>
    <message>
        <source>%1 s: reconstruction error %2</source>
        <translation>%1 s: Rekonstruktionsfehler %2</translation>
    </message>
</context>
<context>
    <name>gm::ui::ExportDialog</name>
    <message>
        <source>Export Annotations</source>
        <translation>Annotationen exportieren</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;HumanML3D layout (joints, features, texts, motion tokens)</source>
        <translation>&amp;HumanML3D-Struktur (Gelenke, Merkmale, Texte, Bewegungs-Tokens)</translation>
    </message>
    <message>
        <source>BABEL &amp;JSON</source>
        <translation>BABEL-&amp;JSON</translation>
    </message>
    <message>
        <source>&amp;CSV of segments</source>
        <translation>&amp;CSV der Segmente</translation>
    </message>
    <message>
        <source>B&amp;VH of each segment on its skeleton</source>
        <translation>B&amp;VH jedes Segments auf seinem Skelett</translation>
    </message>
    <message>
        <source>&amp;Token ids (.npy)</source>
        <translation>&amp;Token-IDs (.npy)</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <source>Token ids need a model: load one first</source>
        <translation>Token-IDs erfordern ein Modell: Laden Sie zuerst eines</translation>
    </message>
    <message>
        <source>&amp;Whole clips (one item per annotated clip)</source>
        <translation>&amp;Ganze Clips (ein Element pro annotiertem Clip)</translation>
    </message>
    <message>
        <source>&amp;Replace existing files</source>
        <translation>Vorhandene Dateien e&amp;rsetzen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Export Into</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n item(s); the files written are complete.</source>
        <translation>
            <numerusform>Nach %n Element abgebrochen; die geschriebenen Dateien sind vollständig.</numerusform>
            <numerusform>Nach %n Elementen abgebrochen; die geschriebenen Dateien sind vollständig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s)</source>
        <translation>
            <numerusform>Exportiert: %n Element</numerusform>
            <numerusform>Exportiert: %n Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n file(s), to %1.</source>
        <translation>
            <numerusform>, %n Datei, nach %1.</numerusform>
            <numerusform>, %n Dateien, nach %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped:</source>
        <translation>
            <numerusform>%n übersprungen:</numerusform>
            <numerusform>%n übersprungen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gm::ui::GeometryDock</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Could not count %1: %2</source>
        <translation>%1 konnte nicht gezählt werden: %2</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>Geometrie</translation>
    </message>
    <message>
        <source>Gram matrix</source>
        <translation>Gram-Matrix</translation>
    </message>
    <message>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Zeilen:</translation>
    </message>
    <message>
        <source>DVQ codebook</source>
        <translation>DVQ-Codebuch</translation>
    </message>
    <message>
        <source>Captioner motion embeddings</source>
        <translation>Bewegungs-Embeddings des Beschreibungsmodells</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
    <message>
        <source>By code</source>
        <translation>Nach Code</translation>
    </message>
    <message>
        <source>By count</source>
        <translation>Nach Anzahl</translation>
    </message>
    <message>
        <source>Count a &amp;Folder…</source>
        <translation>&amp;Ordner zählen…</translation>
    </message>
    <message>
        <source>Tokenize every clip of a dataset folder (HumanML3D layout or motion files) and show its code usage</source>
        <translation>Jeden Clip eines Datensatzordners (HumanML3D-Struktur oder Bewegungsdateien) tokenisieren und die Code-Nutzung anzeigen</translation>
    </message>
    <message>
        <source>Open &amp;Clip</source>
        <translation>Geöffneter &amp;Clip</translation>
    </message>
    <message>
        <source>Show the code usage of the open clip again</source>
        <translation>Die Code-Nutzung des geöffneten Clips wieder anzeigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Codebook and motion embeddings (PCA)</source>
        <translation>Codebuch und Bewegungs-Embeddings (PCA)</translation>
    </message>
    <message>
        <source>Captioner rows (aligned)</source>
        <translation>Zeilen des Beschreibungsmodells (ausgerichtet)</translation>
    </message>
    <message>
        <source>PC1 (%1 % of the codebook&apos;s variance)</source>
        <translation>PC1 (%1 % der Varianz des Codebuchs)</translation>
    </message>
    <message>
        <source>PC2 (%1 %)</source>
        <translation>PC2 (%1 %)</translation>
    </message>
    <message>
        <source>Captioner rows: own PCA (%1 %, %2 %), rotated onto the codebook&apos;s</source>
        <translation>Zeilen des Beschreibungsmodells: eigene PCA (%1 %, %2 %), auf die des Codebuchs gedreht</translation>
    </message>
    <message>
        <source>Cosine similarity of the captioner&apos;s motion embeddings</source>
        <translation>Kosinus-Ähnlichkeit der Bewegungs-Embeddings des Beschreibungsmodells</translation>
    </message>
    <message>
        <source>Cosine similarity of the DVQ codebook</source>
        <translation>Kosinus-Ähnlichkeit des DVQ-Codebuchs</translation>
    </message>
    <message>
        <source>orthogonality mean((ĈĈᵀ − I)²) = %1 over %2 codes</source>
        <translation>Orthogonalität mean((ĈĈᵀ − I)²) = %1 über %2 Codes</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Kein Modell geladen</translation>
    </message>
    <message>
        <source>Count the Codes of a Folder</source>
        <translation>Codes eines Ordners zählen</translation>
    </message>
    <message>
        <source>Counting the codes of %1…</source>
        <translation>Codes von %1 werden gezählt…</translation>
    </message>
    <message>
        <source>Code usage in %1</source>
        <translation>Code-Nutzung in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s), %1 tokens, %2 distinct codes of %3, perplexity %4</source>
        <translation>
            <numerusform>%n Clip, %1 Tokens, %2 verschiedene von %3 Codes, Perplexität %4</numerusform>
            <numerusform>%n Clips, %1 Tokens, %2 verschiedene von %3 Codes, Perplexität %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) skipped</source>
        <translation>
            <numerusform>; %n Datei übersprungen</numerusform>
            <numerusform>; %n Dateien übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled: partial counts)</source>
        <translation> (abgebrochen: unvollständige Zählung)</translation>
    </message>
    <message>
        <source>Skipped:
%1</source>
        <translation>Übersprungen:
%1</translation>
    </message>
    <message>
        <source>Code usage</source>
        <translation>Code-Nutzung</translation>
    </message>
    <message>
        <source>%1 tokens, %2 distinct codes of %3, perplexity %4</source>
        <translation>%1 Tokens, %2 verschiedene von %3 Codes, Perplexität %4</translation>
    </message>
    <message>
        <source>Open a clip to see its codes</source>
        <translation>Öffnen Sie einen Clip, um seine Codes zu sehen</translation>
    </message>
</context>
<context>
    <name>gm::ui::MainWindow</name>
    <message>
        <source>GeoMotion Studio</source>
        <translation>GeoMotion Studio</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Front</source>
        <translation>&amp;Vorne</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Hinten</translation>
    </message>
    <message>
        <source>&amp;Top</source>
        <translation>&amp;Oben</translation>
    </message>
    <message>
        <source>&amp;Perspective</source>
        <translation>&amp;Perspektive</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>&amp;Kamera</translation>
    </message>
    <message>
        <source>Show &amp;Grid</source>
        <translation>&amp;Gitter anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;Axes</source>
        <translation>&amp;Achsen anzeigen</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About GeoMotion Studio</source>
        <translation>Ü&amp;ber GeoMotion Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>No OpenGL 3.3</source>
        <translation>Kein OpenGL 3.3</translation>
    </message>
    <message>
        <source>OpenGL %1 · %2</source>
        <translation>OpenGL %1 · %2</translation>
    </message>
    <message>
        <source>About GeoMotion Studio</source>
        <translation>Über GeoMotion Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GeoMotion Studio&lt;/h3&gt;&lt;p&gt;See, tokenize, caption and annotate human motion with the GeoMotionGPT model.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GeoMotion Studio&lt;/h3&gt;&lt;p&gt;Menschliche Bewegungen mit dem Modell GeoMotionGPT ansehen, tokenisieren, beschreiben und annotieren.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Laden abgebrochen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Demo Clip</source>
        <translation>&amp;Demo-Clip öffnen</translation>
    </message>
    <message>
        <source>The demo clip is not installed</source>
        <translation>Der Demo-Clip ist nicht installiert</translation>
    </message>
    <message>
        <source>&amp;Close Clip</source>
        <translation>Clip sc&amp;hließen</translation>
    </message>
    <message>
        <source>Close &amp;All Clips</source>
        <translation>&amp;Alle Clips schließen</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>&amp;Seite</translation>
    </message>
    <message>
        <source>&amp;Other Side</source>
        <translation>&amp;Andere Seite</translation>
    </message>
    <message>
        <source>&amp;Fit to Clips</source>
        <translation>An Clips an&amp;passen</translation>
    </message>
    <message>
        <source>F&amp;ollow the Active Clip</source>
        <translation>Aktivem Clip &amp;folgen</translation>
    </message>
    <message>
        <source>Several &amp;Clips</source>
        <translation>&amp;Mehrere Clips</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Overlaid</source>
        <translation>Ü&amp;berlagert</translation>
    </message>
    <message>
        <source>Root &amp;Trajectory</source>
        <translation>&amp;Wurzel-Trajektorie</translation>
    </message>
    <message>
        <source>Joint T&amp;rails</source>
        <translation>Gelenk&amp;spuren</translation>
    </message>
    <message>
        <source>Show S&amp;hadows</source>
        <translation>Sc&amp;hatten anzeigen</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>C&amp;lip List</source>
        <translation>C&amp;lipliste</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Open Motion Files</source>
        <translation>Bewegungsdateien öffnen</translation>
    </message>
    <message>
        <source>Opened %1: %2 joints, %3 frames at %4 fps</source>
        <translation>%1 geöffnet: %2 Gelenke, %3 Frames bei %4 fps</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could Not Open File</source>
        <translation>Datei konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message numerus="yes">
        <source>Loading %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird geladen…</numerusform>
            <numerusform>%n Dateien werden geladen…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — GeoMotion Studio</source>
        <translation>%1 — GeoMotion Studio</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>MPJPE</source>
        <translation>MPJPE</translation>
    </message>
    <message>
        <source>Loading model %1…</source>
        <translation>Modell %1 wird geladen…</translation>
    </message>
    <message>
        <source>Cannot tokenize the clip: %1</source>
        <translation>Der Clip kann nicht tokenisiert werden: %1</translation>
    </message>
    <message>
        <source>Cannot decode: %1</source>
        <translation>Dekodierung nicht möglich: %1</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Reconstruction</source>
        <translation>&amp;Rekonstruktion</translation>
    </message>
    <message>
        <source>Draw the tokenizer&apos;s decoding of each clip beside it (side by side) or over it (overlaid)</source>
        <translation>Die Dekodierung des Tokenizers für jeden Clip daneben (nebeneinander) oder darüber (überlagert) zeichnen</translation>
    </message>
    <message>
        <source>C&amp;aption</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Geometry</source>
        <translation>G&amp;eometrie</translation>
    </message>
    <message>
        <source>&amp;Dataset</source>
        <translation>&amp;Datensatz</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>&amp;Open Model…</source>
        <translation>Modell ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Use the &amp;Bundled Model</source>
        <translation>&amp;Mitgeliefertes Modell verwenden</translation>
    </message>
    <message>
        <source>Model &amp;Info…</source>
        <translation>Modell&amp;informationen…</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>&amp;Gerät</translation>
    </message>
    <message>
        <source>&amp;Automatic (CUDA when available)</source>
        <translation>&amp;Automatisch (CUDA, wenn verfügbar)</translation>
    </message>
    <message>
        <source>&amp;CPU</source>
        <translation>&amp;CPU</translation>
    </message>
    <message>
        <source>C&amp;UDA</source>
        <translation>C&amp;UDA</translation>
    </message>
    <message>
        <source>C&amp;UDA (not available in this build or machine)</source>
        <translation>C&amp;UDA (in diesem Build oder auf diesem Rechner nicht verfügbar)</translation>
    </message>
    <message>
        <source>&amp;Preview the Selected Code</source>
        <translation>&amp;Vorschau des ausgewählten Codes</translation>
    </message>
    <message>
        <source>Decode eight tokens of the selected code and open the motion as a clip</source>
        <translation>Acht Tokens des ausgewählten Codes dekodieren und die Bewegung als Clip öffnen</translation>
    </message>
    <message>
        <source>bundled default</source>
        <translation>mitgeliefertes Standardmodell</translation>
    </message>
    <message>
        <source>Open Model Directory (config.json, model.safetensors, mean/std, tokenizer files)</source>
        <translation>Modellverzeichnis öffnen (config.json, model.safetensors, mean/std, Tokenizer-Dateien)</translation>
    </message>
    <message>
        <source>Model %1 · %2</source>
        <translation>Modell %1 · %2</translation>
    </message>
    <message>
        <source>Loaded model %1 in %2 s</source>
        <translation>Modell %1 in %2 s geladen</translation>
    </message>
    <message>
        <source>Could Not Load Model</source>
        <translation>Modell konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>The model in %1 could not be loaded.</source>
        <translation>Das Modell in %1 konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>

The model %1 stays loaded.</source>
        <translation>

Das Modell %1 bleibt geladen.</translation>
    </message>
    <message>
        <source>Model Info</source>
        <translation>Modellinformationen</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>Es ist kein Modell geladen.</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Tokenizer</source>
        <translation>Tokenizer</translation>
    </message>
    <message>
        <source>%1 parameters, width %2</source>
        <translation>%1 Parameter, Breite %2</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Codebuch</translation>
    </message>
    <message>
        <source>%1 codes × %2</source>
        <translation>%1 Codes × %2</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>%1-D, %2 frames per token</source>
        <translation>%1-D, %2 Frames pro Token</translation>
    </message>
    <message>
        <source>Captioner</source>
        <translation>Beschreibungsmodell</translation>
    </message>
    <message>
        <source>%1 parameters, embedding width %2</source>
        <translation>%1 Parameter, Embedding-Breite %2</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vokabular</translation>
    </message>
    <message>
        <source>%1 (50257 text + %2 motion + 3 special)</source>
        <translation>%1 (50257 Text + %2 Bewegung + 3 Sonder-Tokens)</translation>
    </message>
    <message>
        <source>none (a tokenizer-only model)</source>
        <translation>keines (ein reines Tokenizer-Modell)</translation>
    </message>
    <message>
        <source>Codebook orthogonality</source>
        <translation>Orthogonalität des Codebuchs</translation>
    </message>
    <message>
        <source>Loaded in</source>
        <translation>Geladen in</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;table&gt;%2&lt;/table&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;table&gt;%2&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Manage Models…</source>
        <translation>Modelle &amp;verwalten…</translation>
    </message>
    <message>
        <source>The bundled and installed models: use, remove, download</source>
        <translation>Das mitgelieferte und die installierten Modelle: verwenden, entfernen, herunterladen</translation>
    </message>
    <message>
        <source>Install the paper&apos;s released model, or one from a URL or folder</source>
        <translation>Das veröffentlichte Modell des Artikels installieren, oder eines von einer URL oder aus einem Ordner</translation>
    </message>
    <message>
        <source>Installed the model in %1</source>
        <translation>Modell in %1 installiert</translation>
    </message>
    <message>
        <source>Do&amp;wnload Model…</source>
        <translation>Modell herunter&amp;laden…</translation>
    </message>
</context>
<context>
    <name>gm::ui::ModelDownloadDialog</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>Download Model</source>
        <translation>Modell herunterladen</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Another source (a URL or a folder)</source>
        <translation>Eine andere Quelle (eine URL oder ein Ordner)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>https://huggingface.co/OWNER/REPO, a manifest (.json) or a model folder</source>
        <translation>https://huggingface.co/OWNER/REPO, ein Manifest (.json) oder ein Modellordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Einen Modellordner wählen</translation>
    </message>
    <message>
        <source>&amp;Install as:</source>
        <translation>&amp;Installieren als:</translation>
    </message>
    <message>
        <source>the source&apos;s name</source>
        <translation>der Name der Quelle</translation>
    </message>
    <message>
        <source>&amp;Replace an installed model of that name</source>
        <translation>Ein installiertes Modell dieses Namens &amp;ersetzen</translation>
    </message>
    <message>
        <source>Models are installed in %1</source>
        <translation>Modelle werden in %1 installiert</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop the download: what arrived is kept, and downloading again resumes it</source>
        <translation>Den Download anhalten: Was angekommen ist, bleibt erhalten, und ein erneuter Download setzt fort</translation>
    </message>
    <message>
        <source>&amp;Use Now</source>
        <translation>Jetzt &amp;verwenden</translation>
    </message>
    <message>
        <source>Any http(s) folder with config.json and model.safetensors (the official layout), a Hugging Face repository, a manifest, or a folder on this computer. The GPT-2 tokenizer files and HumanML3D&apos;s statistics are added when the source lacks them.</source>
        <translation>Ein beliebiger http(s)-Ordner mit config.json und model.safetensors (das offizielle Layout), ein Hugging-Face-Repository, ein Manifest oder ein Ordner auf diesem Computer. Die GPT-2-Tokenizer-Dateien und die HumanML3D-Statistik werden ergänzt, wenn sie der Quelle fehlen.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <source>Cite:</source>
        <translation>Zitieren:</translation>
    </message>
    <message>
        <source>Download size: %1</source>
        <translation>Downloadgröße: %1</translation>
    </message>
    <message>
        <source>A Model Folder to Install</source>
        <translation>Ein zu installierender Modellordner</translation>
    </message>
    <message>
        <source>Give a URL or a folder to install from.</source>
        <translation>Geben Sie eine URL oder einen Ordner an, aus dem installiert werden soll.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a model&apos;s name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>„%1“ kann kein Modellname sein: Verwenden Sie Buchstaben, Ziffern, „.“, „_“ und „-“.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 wird nachgeschlagen…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Downloading %1 (file %2 of %3): %4</source>
        <translation>%1 wird heruntergeladen (Datei %2 von %3): %4</translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation> · %1/s</translation>
    </message>
    <message numerus="yes">
        <source> · about %n min left</source>
        <translation>
            <numerusform> · noch etwa %n Minute</numerusform>
            <numerusform> · noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n s left</source>
        <translation>
            <numerusform> · noch %n Sekunde</numerusform>
            <numerusform> · noch %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1: %2</source>
        <translation>%1 wird geprüft: %2</translation>
    </message>
    <message>
        <source>Adding the tokenizer files and dataset statistics the source lacks…</source>
        <translation>Die Tokenizer-Dateien und Datensatzstatistiken, die der Quelle fehlen, werden ergänzt…</translation>
    </message>
    <message>
        <source>Loading the model to check every tensor…</source>
        <translation>Das Modell wird geladen, um jeden Tensor zu prüfen…</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Wird installiert…</translation>
    </message>
    <message>
        <source>Installed in %1.</source>
        <translation>In %1 installiert.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Stopped. Nothing was installed; what arrived is kept, and Download resumes it.</source>
        <translation>Angehalten. Nichts wurde installiert; was angekommen ist, bleibt erhalten, und Herunterladen setzt fort.</translation>
    </message>
    <message>
        <source>Could not install the model: %1</source>
        <translation>Das Modell konnte nicht installiert werden: %1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
</context>
<context>
    <name>gm::ui::ModelManagerDialog</name>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Verwenden</translation>
    </message>
    <message>
        <source>Load the selected model</source>
        <translation>Das gewählte Modell laden</translation>
    </message>
    <message>
        <source>&amp;Download Model…</source>
        <translation>Modell &amp;herunterladen…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Installed models are kept in %1 (geomotion model list shows them too)</source>
        <translation>Installierte Modelle liegen in %1 (auch geomotion model list zeigt sie)</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (in Verwendung)</translation>
    </message>
    <message>
        <source>Bundled default</source>
        <translation>Mitgeliefertes Standardmodell</translation>
    </message>
    <message>
        <source>with the studio</source>
        <translation>mit dem Studio</translation>
    </message>
    <message>
        <source>trained for GeoMotion Studio (see its README)</source>
        <translation>für GeoMotion Studio trainiert (siehe sein README)</translation>
    </message>
    <message>
        <source>The small default model that ships with the studio: a DVQ and a GPT-2-architecture captioner trained on procedural motion and CMU clips. Folder: %1</source>
        <translation>Das kleine Standardmodell, das mit dem Studio geliefert wird: ein DVQ und ein Beschreibungsmodell mit GPT-2-Architektur, trainiert auf prozeduraler Bewegung und CMU-Clips. Ordner: %1</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Lizenz: %1</translation>
    </message>
    <message>
        <source>Cite: %1</source>
        <translation>Zitieren: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), each with its SHA-256 in %1</source>
        <translation>
            <numerusform>%n Datei, mit ihrem SHA-256 in %1</numerusform>
            <numerusform>%n Dateien, jede mit ihrem SHA-256 in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (partial download)</source>
        <translation>%1 (unvollständiger Download)</translation>
    </message>
    <message>
        <source>A download that did not finish: Download Model… with the same source and name resumes it; Remove discards it.</source>
        <translation>Ein nicht abgeschlossener Download: Modell herunterladen… mit derselben Quelle und demselben Namen setzt ihn fort; Entfernen verwirft ihn.</translation>
    </message>
    <message>
        <source>The model in use cannot be removed: load another one first</source>
        <translation>Das verwendete Modell kann nicht entfernt werden: Laden Sie zuerst ein anderes</translation>
    </message>
    <message>
        <source>The bundled model comes with the studio</source>
        <translation>Das mitgelieferte Modell gehört zum Studio</translation>
    </message>
    <message>
        <source>Remove Model</source>
        <translation>Modell entfernen</translation>
    </message>
    <message>
        <source>Discard the partial download of %1?</source>
        <translation>Den unvollständigen Download von %1 verwerfen?</translation>
    </message>
    <message>
        <source>Remove the model %1 and its files (%2)?</source>
        <translation>Das Modell %1 und seine Dateien (%2) entfernen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>gm::ui::PreferencesDialog</name>
    <message>
        <source>The Model to Load at Start</source>
        <translation>Beim Start zu ladendes Modell</translation>
    </message>
    <message>
        <source>Where Projects Are Kept</source>
        <translation>Speicherort für Projekte</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The language of menus, panels and messages; it changes at once</source>
        <translation>Die Sprache von Menüs, Bereichen und Meldungen; sie ändert sich sofort</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Length &amp;units:</source>
        <translation>&amp;Längeneinheiten:</translation>
    </message>
    <message>
        <source>Centimetres (cm)</source>
        <translation>Zentimeter (cm)</translation>
    </message>
    <message>
        <source>Metres (m)</source>
        <translation>Meter (m)</translation>
    </message>
    <message>
        <source>&amp;Up axis of motion files:</source>
        <translation>&amp;Hochachse der Bewegungsdateien:</translation>
    </message>
    <message>
        <source>As the file says or as detected</source>
        <translation>Laut Datei oder wie erkannt</translation>
    </message>
    <message>
        <source>Always Y</source>
        <translation>Immer Y</translation>
    </message>
    <message>
        <source>Always Z</source>
        <translation>Immer Z</translation>
    </message>
    <message>
        <source>For files whose figure lies down or stands on its head: applies to open clips too</source>
        <translation>Für Dateien, deren Figur liegt oder auf dem Kopf steht: gilt auch für geöffnete Clips</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>&amp;At start, load:</source>
        <translation>Beim St&amp;art laden:</translation>
    </message>
    <message>
        <source>The last model used</source>
        <translation>Das zuletzt verwendete Modell</translation>
    </message>
    <message>
        <source>The bundled default model</source>
        <translation>Das mitgelieferte Standardmodell</translation>
    </message>
    <message>
        <source>This model directory:</source>
        <translation>Dieses Modellverzeichnis:</translation>
    </message>
    <message>
        <source>A model directory (config.json, model.safetensors, …)</source>
        <translation>Ein Modellverzeichnis (config.json, model.safetensors, …)</translation>
    </message>
    <message>
        <source>Model directory to load at start</source>
        <translation>Beim Start zu ladendes Modellverzeichnis</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the model directory</source>
        <translation>Modellverzeichnis auswählen</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>Automatic (CUDA when available)</source>
        <translation>Automatisch (CUDA, wenn verfügbar)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <source>CUDA (not available in this build or machine)</source>
        <translation>CUDA (in diesem Build oder auf diesem Rechner nicht verfügbar)</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>Ges&amp;chwindigkeit:</translation>
    </message>
    <message>
        <source>&amp;Loop at the end</source>
        <translation>Am Ende &amp;wiederholen</translation>
    </message>
    <message>
        <source>&amp;Play clips as soon as they open</source>
        <translation>Clips beim Öffnen sofort a&amp;bspielen</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Where New Project and Open Project start</source>
        <translation>Wo „Neues Projekt“ und „Projekt öffnen“ beginnen</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Durchs&amp;uchen…</translation>
    </message>
    <message>
        <source>Choose the projects folder</source>
        <translation>Projektordner auswählen</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>Standardwerte wiede&amp;rherstellen</translation>
    </message>
</context>
<context>
    <name>gm::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>gm::ui::TimelineDock</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation>Schritt &amp;zurück</translation>
    </message>
    <message>
        <source>Step &amp;Forward</source>
        <translation>Schritt &amp;vorwärts</translation>
    </message>
    <message>
        <source>Go to &amp;Start</source>
        <translation>Zum A&amp;nfang</translation>
    </message>
    <message>
        <source>Go to &amp;End</source>
        <translation>Zum &amp;Ende</translation>
    </message>
    <message>
        <source>&amp;Loop</source>
        <translation>&amp;Schleife</translation>
    </message>
    <message>
        <source>&amp;Slower</source>
        <translation>&amp;Langsamer</translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation>Sc&amp;hneller</translation>
    </message>
    <message>
        <source>&amp;Normal Speed</source>
        <translation>N&amp;ormale Geschwindigkeit</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <source>Playback speed ([ slower, ] faster, \ normal)</source>
        <translation>Wiedergabegeschwindigkeit ([ langsamer, ] schneller, \ normal)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>frame %1 / %2</source>
        <translation>Frame %1 / %2</translation>
    </message>
    <message>
        <source>no clip</source>
        <translation>kein Clip</translation>
    </message>
</context>
<context>
    <name>gm::ui::TimelineLane</name>
    <message>
        <source>Loading the model…</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <source>No model: open one from the Model menu</source>
        <translation>Kein Modell: Öffnen Sie eines über das Menü „Modell“</translation>
    </message>
    <message>
        <source>Tokenizing…</source>
        <translation>Wird tokenisiert…</translation>
    </message>
    <message>
        <source>Cannot tokenize this clip: %1</source>
        <translation>Dieser Clip kann nicht tokenisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>gm::ui::TokenLane</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Token %1&lt;/b&gt; · %2–%3 s&lt;br&gt;Code &lt;b&gt;%4&lt;/b&gt;, probability %5&lt;br&gt;Alternatives: %6&lt;br&gt;Code %4 occurs %n time(s) in this clip</source>
        <translation>
            <numerusform>&lt;b&gt;Token %1&lt;/b&gt; · %2–%3 s&lt;br&gt;Code &lt;b&gt;%4&lt;/b&gt;, Wahrscheinlichkeit %5&lt;br&gt;Alternativen: %6&lt;br&gt;Code %4 kommt %n-mal in diesem Clip vor</numerusform>
            <numerusform>&lt;b&gt;Token %1&lt;/b&gt; · %2–%3 s&lt;br&gt;Code &lt;b&gt;%4&lt;/b&gt;, Wahrscheinlichkeit %5&lt;br&gt;Alternativen: %6&lt;br&gt;Code %4 kommt %n-mal in diesem Clip vor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gm::ui::VideoExportDialog</name>
    <message>
        <source>Export Video</source>
        <translation>Video exportieren</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File (.mp4 or .gif):</source>
        <translation>Da&amp;tei (.mp4 oder .gif):</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <source>&amp;Frame rate:</source>
        <translation>&amp;Bildrate:</translation>
    </message>
    <message>
        <source>The &amp;reconstruction beside the clip</source>
        <translation>Die &amp;Rekonstruktion neben dem Clip</translation>
    </message>
    <message>
        <source>Replace the file if it &amp;exists</source>
        <translation>Datei ersetzen, &amp;falls vorhanden</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4);;GIF animation (*.gif)</source>
        <translation>MP4-Video (*.mp4);;GIF-Animation (*.gif)</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>Export nicht möglich: %1</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Wird gerendert…</translation>
    </message>
    <message>
        <source>Shaded, as the 3-D view</source>
        <translation>Schattiert, wie die 3D-Ansicht</translation>
    </message>
    <message>
        <source>Figure: lines and dots (fast without a GPU)</source>
        <translation>Abbildung: Linien und Punkte (schnell ohne GPU)</translation>
    </message>
    <message>
        <source>S&amp;tyle:</source>
        <translation>S&amp;til:</translation>
    </message>
</context>
<context>
    <name>gm::ui::ViewportWidget</name>
    <message>
        <source>3-D view</source>
        <translation>3D-Ansicht</translation>
    </message>
    <message>
        <source>The 3-D view needs OpenGL 3.3.
%1</source>
        <translation>Die 3D-Ansicht benötigt OpenGL 3.3.
%1</translation>
    </message>
</context>
<context>
    <name>gm::ui::plots::HeatmapPlot</name>
    <message>
        <source>code j</source>
        <translation>Code j</translation>
    </message>
    <message>
        <source>code i</source>
        <translation>Code i</translation>
    </message>
    <message>
        <source>No matrix</source>
        <translation>Keine Matrix</translation>
    </message>
    <message>
        <source>codes %1 and %2: cosine %3</source>
        <translation>Codes %1 und %2: Kosinus %3</translation>
    </message>
</context>
<context>
    <name>gm::ui::plots::HistogramPlot</name>
    <message>
        <source>codes by count (rank)</source>
        <translation>Codes nach Anzahl (Rang)</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>No counts</source>
        <translation>Keine Zählungen</translation>
    </message>
    <message>
        <source>code %1: %2 tokens (%3 %)</source>
        <translation>Code %1: %2 Tokens (%3 %)</translation>
    </message>
</context>
<context>
    <name>gm::ui::plots::PlotWidget</name>
    <message>
        <source>Could not export %1: the size %2 × %3 is not between 1 and %4 pixels.</source>
        <translation>%1 konnte nicht exportiert werden: Die Größe %2 × %3 liegt nicht zwischen 1 und %4 Pixeln.</translation>
    </message>
    <message>
        <source>Could not export %1: not enough memory for a %2 × %3 image.</source>
        <translation>%1 konnte nicht exportiert werden: nicht genügend Speicher für ein Bild mit %2 × %3 Pixeln.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not write %1: the PNG encoder failed.</source>
        <translation>%1 konnte nicht geschrieben werden: Der PNG-Encoder ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>A GeoMotion Studio plot</source>
        <translation>Ein Diagramm aus GeoMotion Studio</translation>
    </message>
    <message>
        <source>Could not write %1: the SVG generator did not start.</source>
        <translation>%1 konnte nicht geschrieben werden: Der SVG-Generator wurde nicht gestartet.</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Als SVG exportieren…</translation>
    </message>
    <message>
        <source>plot</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Export SVG</source>
        <translation>Als SVG exportieren</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Als PNG exportieren</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>gm::ui::plots::ScatterPlot</name>
    <message>
        <source>same code</source>
        <translation>gleicher Code</translation>
    </message>
    <message>
        <source>code %1 (%2): (%3, %4)</source>
        <translation>Code %1 (%2): (%3, %4)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See, tokenize, caption and annotate human motion.</source>
        <translation>Menschliche Bewegungen ansehen, tokenisieren, beschreiben und annotieren.</translation>
    </message>
    <message>
        <source>Save a PNG of the window once it is shown, then quit.</source>
        <translation>Ein PNG des Fensters speichern, sobald es angezeigt wird, und dann beenden.</translation>
    </message>
    <message>
        <source>Motion files to open; they start playing.</source>
        <translation>Zu öffnende Bewegungsdateien; sie werden sofort abgespielt.</translation>
    </message>
    <message>
        <source>Print where the bundled model and demo clip were found, then quit.</source>
        <translation>Ausgeben, wo das mitgelieferte Modell und der Demo-Clip gefunden wurden, und dann beenden.</translation>
    </message>
</context>
</TS>
