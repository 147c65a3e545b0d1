<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB, more than an annotation file can be (%3 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no caption#tokens#start#end line%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 entries: name the clip to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no entry for %2 (by id, path, feat_p or url)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a time in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not JSON at byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an object of annotated sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entry has neither annotations nor BABEL labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: a quoted field does not end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header must name start, end and label or text columns (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: start and end must be seconds with end after start (got &apos;%3&apos;, &apos;%4&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown annotation format &apos;.%2&apos; (import HumanML3D .txt, BABEL or KIT-ML .json, or .csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a segment must end after it starts (frames %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: choose another name, or open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a GeoMotion project (not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a GeoMotion project (a damaged or encrypted SQLite file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a GeoMotion project (an SQLite database of another program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer GeoMotion Studio (project schema %2; this one reads up to %3): update to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read to the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no segment %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not save: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: encoding failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: writing failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists (choose to replace it, or another name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 × %3 at %4 fps is not a size and rate this can write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: H.264 needs an even width and height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no %2 muxer: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this FFmpeg has no %2 encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot start the encoder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the header: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: out of memory for a frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot finish the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot move the finished video into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened as a video: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no video stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no decoder for its video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot start the decoder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gm::app::AnnotationCommands</name>
    <message>
        <source>Add Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Caption as Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Segments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gm::app::ClipLibrary</name>
    <message>
        <source>%1: the file holds no frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown error while reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gm::app::MlController</name>
    <message>
        <source>code %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gm::app::MlWorker</name>
    <message>
        <source>Reading the motion tokenizer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the captioner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring the codebook geometry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gm::app::MotionDocument</name>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only two segments of the same clip and tier can be merged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gm::app::Preferences</name>
    <message>
        <source>m</source>
        <comment>metres</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cm</source>
        <comment>centimetres</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a length and its unit</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gm::app::VideoExporter</name>
    <message>
        <source>An export is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot render offscreen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: no file was left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n frame(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gm::ui::AnnotationController</name>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Pro&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Dataset Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Dataset Folder (HumanML3D or KIT-ML layout, or motion files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Annotations into the Active Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations (*.txt *.json *.csv);;HumanML3D texts (*.txt);;BABEL or KIT-ML JSON (*.json);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split at Play Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge with Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;In Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Segment to &amp;Out Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap to &amp;Token Boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Save the Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Create the Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Open the Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened project %1: %n clip file(s) moved or missing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Find the %n Missing Clip(s) in a Folder</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Found %1 of %2 missing clips by their content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Folder Is Read-Only: Where Should Its Project Go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Open the Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n segment(s) from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could Not Import Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption of frames %1–%2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of frames %1–%2 (a new one joins the vocabulary):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the play head inside the selected segment to split it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No later segment on this tier to merge with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations are kept in a project: create one with File ▸ New Project… (or open one), then use the caption again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoMotion projects (*.gmproj);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gm::ui::AnnotationLane</name>
    <message>
        <source>No project: File ▸ New Project… to annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This clip is not a file the project can annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;frames %2–%3 (%4–%5 s)&lt;br&gt;%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption by model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gm::ui::CaptionDock</name>
    <message>
        <source>Generating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captioning failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption the clip or the selected tokens (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use as Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the chosen caption to the project as a segment over its tokens (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greedy (as released)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beam search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ndidates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-&amp;k (0: all):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-&amp;p:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beams:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Max tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a clip to caption it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model %1 has no captioner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokenizing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Whole clip: %n token(s), %1–%2 s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens %1–%2 of %3: %4–%5 s (drag on the token lane to change, click to clear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled (%1): what was made so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) for %1 in %2 s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Caption candidates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gm::ui::ClipListDock</name>
    <message>
        <source>Close Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2, %3 joints, %4 frames at %5 fps (%6 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gm::ui::DatasetDock</name>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Clip Without Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;revious Clip Without Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n clip(s) annotated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gm::ui::ErrorCurve</name>
    <message>
        <source>MPJPE %1 (max %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s: reconstruction error %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gm::ui::ExportDialog</name>
    <message>
        <source>Export Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HumanML3D layout (joints, features, texts, motion tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BABEL &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV of segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;VH of each segment on its skeleton</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token ids (.npy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token ids need a model: load one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole clips (one item per annotated clip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace existing files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n item(s); the files written are complete.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n file(s), to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gm::ui::GeometryDock</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gram matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DVQ codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captioner motion embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count a &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokenize every clip of a dataset folder (HumanML3D layout or motion files) and show its code usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the code usage of the open clip again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codebook and motion embeddings (PCA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captioner rows (aligned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC1 (%1 % of the codebook&apos;s variance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC2 (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captioner rows: own PCA (%1 %, %2 %), rotated onto the codebook&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosine similarity of the captioner&apos;s motion embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosine similarity of the DVQ codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orthogonality mean((ĈĈᵀ − I)²) = %1 over %2 codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the Codes of a Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the codes of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code usage in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s), %1 tokens, %2 distinct codes of %3, perplexity %4</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled: partial counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens, %2 distinct codes of %3, perplexity %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a clip to see its codes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gm::ui::MainWindow</name>
    <message>
        <source>GeoMotion Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About GeoMotion Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OpenGL 3.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenGL %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About GeoMotion Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;GeoMotion Studio&lt;/h3&gt;&lt;p&gt;See, tokenize, caption and annotate human motion with the GeoMotionGPT model.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo clip is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;All Clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ollow the Active Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several &amp;Clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overlaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root &amp;Trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint T&amp;rails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show S&amp;hadows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lip List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Motion Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1: %2 joints, %3 frames at %4 fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Open File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading %n file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — GeoMotion Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPJPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading model %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tokenize the clip: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot decode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconstruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the tokenizer&apos;s decoding of each clip beside it (side by side) or over it (overlaid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;aption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;Bundled Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &amp;Info…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automatic (CUDA when available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;UDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;UDA (not available in this build or machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview the Selected Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode eight tokens of the selected code and open the motion as a clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundled default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Model Directory (config.json, model.safetensors, mean/std, tokenizer files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded model %1 in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Load Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model in %1 could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

The model %1 stays loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokenizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parameters, width %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 codes × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-D, %2 frames per token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parameters, embedding width %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (50257 text + %2 motion + 3 special)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (a tokenizer-only model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codebook orthogonality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;table&gt;%2&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gm::ui::PreferencesDialog</name>
    <message>
        <source>The Model to Load at Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Projects Are Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus, panels and messages; it changes at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length &amp;units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centimetres (cm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metres (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up axis of motion files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the file says or as detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For files whose figure lies down or stands on its head: applies to open clips too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;At start, load:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last model used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model directory (config.json, model.safetensors, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model directory to load at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the model directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (CUDA when available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA (not available in this build or machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Loop at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play clips as soon as they open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where New Project and Open Project start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the projects folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gm::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gm::ui::TimelineDock</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed ([ slower, ] faster, \ normal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no clip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gm::ui::TimelineLane</name>
    <message>
        <source>Loading the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model: open one from the Model menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokenizing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tokenize this clip: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gm::ui::TokenLane</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Token %1&lt;/b&gt; · %2–%3 s&lt;br&gt;Code &lt;b&gt;%4&lt;/b&gt;, probability %5&lt;br&gt;Alternatives: %6&lt;br&gt;Code %4 occurs %n time(s) in this clip</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gm::ui::VideoExportDialog</name>
    <message>
        <source>Export Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File (.mp4 or .gif):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frame rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;reconstruction beside the clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file if it &amp;exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP4 video (*.mp4);;GIF animation (*.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gm::ui::ViewportWidget</name>
    <message>
        <source>3-D view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 3-D view needs OpenGL 3.3.
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gm::ui::plots::HeatmapPlot</name>
    <message>
        <source>code j</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes %1 and %2: cosine %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gm::ui::plots::HistogramPlot</name>
    <message>
        <source>codes by count (rank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1: %2 tokens (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gm::ui::plots::PlotWidget</name>
    <message>
        <source>Could not export %1: the size %2 × %3 is not between 1 and %4 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export %1: not enough memory for a %2 × %3 image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: the PNG encoder failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GeoMotion Studio plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: the SVG generator did not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gm::ui::plots::ScatterPlot</name>
    <message>
        <source>same code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1 (%2): (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See, tokenize, caption and annotate human motion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window once it is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion files to open; they start playing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print where the bundled model and demo clip were found, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
