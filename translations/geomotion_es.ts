<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — GeoMotion Studio</source>
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
</context>
</TS>
