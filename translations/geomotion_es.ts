<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>QObject</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB, more than an annotation file can be (%3 MB)</source>
        <translation>%1 ocupa %2 MB, más de lo que puede ocupar un archivo de anotaciones (%3 MB)</translation>
    </message>
    <message>
        <source>%1: no caption#tokens#start#end line%2</source>
        <translation>%1: no hay ninguna línea caption#tokens#start#end%2</translation>
    </message>
    <message>
        <source>%1 holds %2 entries: name the clip to import</source>
        <translation>%1 contiene %2 entradas: indique el nombre del clip que desea importar</translation>
    </message>
    <message>
        <source>%1: no entry for %2 (by id, path, feat_p or url)</source>
        <translation>%1: no hay ninguna entrada para %2 (por id, path, feat_p o url)</translation>
    </message>
    <message>
        <source>%1: %2 is not a time in seconds</source>
        <translation>%1: %2 no es un tiempo en segundos</translation>
    </message>
    <message>
        <source>%1: not JSON at byte %2: %3</source>
        <translation>%1: no es JSON válido en el byte %2: %3</translation>
    </message>
    <message>
        <source>%1: expected an object of annotated sequences</source>
        <translation>%1: se esperaba un objeto de secuencias anotadas</translation>
    </message>
    <message>
        <source>annotation %1</source>
        <translation>anotación %1</translation>
    </message>
    <message>
        <source>%1: the entry has neither annotations nor BABEL labels</source>
        <translation>%1: la entrada no tiene anotaciones ni etiquetas BABEL</translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>etiqueta %1</translation>
    </message>
    <message>
        <source>%1: line %2: a quoted field does not end</source>
        <translation>%1: línea %2: un campo entre comillas no se cierra</translation>
    </message>
    <message>
        <source>%1: the header must name start, end and label or text columns (got %2)</source>
        <translation>%1: la cabecera debe nombrar las columnas start, end y label o text (se obtuvo %2)</translation>
    </message>
    <message>
        <source>%1: line %2: start and end must be seconds with end after start (got &apos;%3&apos;, &apos;%4&apos;)</source>
        <translation>%1: línea %2: el inicio y el fin deben ser segundos, con el fin posterior al inicio (se obtuvo «%3», «%4»)</translation>
    </message>
    <message>
        <source>%1: unknown annotation format &apos;.%2&apos; (import HumanML3D .txt, BABEL or KIT-ML .json, or .csv)</source>
        <translation>%1: formato de anotación desconocido «.%2» (importe .txt de HumanML3D, .json de BABEL o KIT-ML, o .csv)</translation>
    </message>
    <message>
        <source>%1: a segment must end after it starts (frames %2 to %3)</source>
        <translation>%1: un segmento debe terminar después de empezar (fotogramas %2 a %3)</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name, or open it</source>
        <translation>%1 ya existe: elija otro nombre o ábralo</translation>
    </message>
    <message>
        <source>%1: no such project file</source>
        <translation>%1: no existe ese archivo de proyecto</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1 is not a GeoMotion project (not an SQLite database)</source>
        <translation>%1 no es un proyecto de GeoMotion (no es una base de datos SQLite)</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a GeoMotion project (a damaged or encrypted SQLite file)</source>
        <translation>%1 no es un proyecto de GeoMotion (es un archivo SQLite dañado o cifrado)</translation>
    </message>
    <message>
        <source>%1 is not a GeoMotion project (an SQLite database of another program)</source>
        <translation>%1 no es un proyecto de GeoMotion (es una base de datos SQLite de otro programa)</translation>
    </message>
    <message>
        <source>%1 was made by a newer GeoMotion Studio (project schema %2; this one reads up to %3): update to open it</source>
        <translation>%1 se creó con una versión más reciente de GeoMotion Studio (esquema de proyecto %2; esta versión lee hasta el %3): actualice la aplicación para abrirlo</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it was not changed</source>
        <translation>%1 está dañado (%2); no se ha modificado</translation>
    </message>
    <message>
        <source>%1 cannot be read to the end</source>
        <translation>%1 no se puede leer hasta el final</translation>
    </message>
    <message>
        <source>%1: no segment %2</source>
        <translation>%1: no existe el segmento %2</translation>
    </message>
    <message>
        <source>%1: could not save: %2</source>
        <translation>%1: no se pudo guardar: %2</translation>
    </message>
    <message>
        <source>%1: encoding failed: %2</source>
        <translation>%1: falló la codificación: %2</translation>
    </message>
    <message>
        <source>%1: writing failed: %2</source>
        <translation>%1: falló la escritura: %2</translation>
    </message>
    <message>
        <source>%1 exists (choose to replace it, or another name)</source>
        <translation>%1 ya existe (elija reemplazarlo u otro nombre)</translation>
    </message>
    <message>
        <source>%1: %2 × %3 at %4 fps is not a size and rate this can write</source>
        <translation>%1: %2 × %3 a %4 fps no es un tamaño ni una frecuencia que se puedan escribir</translation>
    </message>
    <message>
        <source>%1: H.264 needs an even width and height</source>
        <translation>%1: H.264 necesita una anchura y una altura pares</translation>
    </message>
    <message>
        <source>%1: no %2 muxer: %3</source>
        <translation>%1: no hay multiplexor %2: %3</translation>
    </message>
    <message>
        <source>%1: this FFmpeg has no %2 encoder</source>
        <translation>%1: este FFmpeg no tiene codificador %2</translation>
    </message>
    <message>
        <source>%1: cannot start the encoder: %2</source>
        <translation>%1: no se puede iniciar el codificador: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the header: %2</source>
        <translation>%1: no se puede escribir la cabecera: %2</translation>
    </message>
    <message>
        <source>%1: out of memory for a frame</source>
        <translation>%1: no hay memoria suficiente para un fotograma</translation>
    </message>
    <message>
        <source>%1: cannot finish the file: %2</source>
        <translation>%1: no se puede terminar el archivo: %2</translation>
    </message>
    <message>
        <source>%1: cannot move the finished video into place</source>
        <translation>%1: no se puede mover el vídeo terminado a su ubicación</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a video: %2</source>
        <translation>No se puede abrir %1 como vídeo: %2</translation>
    </message>
    <message>
        <source>%1 has no video stream</source>
        <translation>%1 no tiene ninguna pista de vídeo</translation>
    </message>
    <message>
        <source>%1: no decoder for its video</source>
        <translation>%1: no hay ningún decodificador para su vídeo</translation>
    </message>
    <message>
        <source>%1: cannot start the decoder</source>
        <translation>%1: no se puede iniciar el decodificador</translation>
    </message>
    <message>
        <source>%1 is damaged (project schema %2); it was not changed</source>
        <translation>%1 está dañado (esquema de proyecto %2); no se ha modificado</translation>
    </message>
    <message>
        <source>%1 cannot be brought up to project schema %2 (%3); it was not changed</source>
        <translation>%1 no se puede actualizar al esquema de proyecto %2 (%3); no se ha modificado</translation>
    </message>
</context>
<context>
    <name>gm::app::AnnotationCommands</name>
    <message>
        <source>Add Segment</source>
        <translation>Añadir segmento</translation>
    </message>
    <message>
        <source>Delete Segment</source>
        <translation>Eliminar segmento</translation>
    </message>
    <message>
        <source>Move Segment</source>
        <translation>Mover segmento</translation>
    </message>
    <message>
        <source>Resize Segment</source>
        <translation>Cambiar el tamaño del segmento</translation>
    </message>
    <message>
        <source>Edit Caption</source>
        <translation>Editar descripción</translation>
    </message>
    <message>
        <source>Set Label</source>
        <translation>Asignar etiqueta</translation>
    </message>
    <message>
        <source>Use Caption as Annotation</source>
        <translation>Usar descripción como anotación</translation>
    </message>
    <message>
        <source>Split Segment</source>
        <translation>Dividir segmento</translation>
    </message>
    <message>
        <source>Import %1 Segments</source>
        <translation>Importar %1 segmentos</translation>
    </message>
    <message>
        <source>Merge Segments</source>
        <translation>Combinar segmentos</translation>
    </message>
</context>
<context>
    <name>gm::app::ClipLibrary</name>
    <message>
        <source>%1: the file holds no frames</source>
        <translation>%1: el archivo no contiene fotogramas</translation>
    </message>
    <message>
        <source>%1: unknown error while reading</source>
        <translation>%1: error desconocido durante la lectura</translation>
    </message>
</context>
<context>
    <name>gm::app::MlController</name>
    <message>
        <source>code %1</source>
        <translation>código %1</translation>
    </message>
</context>
<context>
    <name>gm::app::MlWorker</name>
    <message>
        <source>Reading the motion tokenizer…</source>
        <translation>Leyendo el tokenizador de movimiento…</translation>
    </message>
    <message>
        <source>Reading the captioner…</source>
        <translation>Leyendo el generador de descripciones…</translation>
    </message>
    <message>
        <source>Measuring the codebook geometry…</source>
        <translation>Midiendo la geometría del libro de códigos…</translation>
    </message>
    <message>
        <source>Model loaded</source>
        <translation>Modelo cargado</translation>
    </message>
</context>
<context>
    <name>gm::app::MotionDocument</name>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Descripciones</translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation>No hay ningún proyecto abierto</translation>
    </message>
    <message>
        <source>Only two segments of the same clip and tier can be merged</source>
        <translation>Solo se pueden combinar dos segmentos del mismo clip y del mismo nivel</translation>
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
        <translation>Ya hay una exportación en curso</translation>
    </message>
    <message>
        <source>Cannot render offscreen: %1</source>
        <translation>No se puede renderizar fuera de pantalla: %1</translation>
    </message>
    <message>
        <source>Export cancelled: no file was left</source>
        <translation>Exportación cancelada: no se ha dejado ningún archivo</translation>
    </message>
    <message>
        <source>Rendering failed: %1</source>
        <translation>Falló el renderizado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n frame(s))</source>
        <translation>
            <numerusform>Se escribió %1 (%n fotograma)</numerusform>
            <numerusform>Se escribió %1 (%n fotogramas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gm::ui::AnnotationController</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation>Abrir &amp;proyecto…</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Close Pro&amp;ject</source>
        <translation>Cerrar pro&amp;yecto</translation>
    </message>
    <message>
        <source>Open &amp;Dataset Folder…</source>
        <translation>Abrir carpeta de conjunto de da&amp;tos…</translation>
    </message>
    <message>
        <source>Open a Dataset Folder (HumanML3D or KIT-ML layout, or motion files)</source>
        <translation>Abrir una carpeta de conjunto de datos (estructura HumanML3D o KIT-ML, o archivos de movimiento)</translation>
    </message>
    <message>
        <source>&amp;Export Annotations…</source>
        <translation>&amp;Exportar anotaciones…</translation>
    </message>
    <message>
        <source>Export &amp;Video…</source>
        <translation>Exportar &amp;vídeo…</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>&amp;Importar anotaciones…</translation>
    </message>
    <message>
        <source>Import Annotations into the Active Clip</source>
        <translation>Importar anotaciones al clip activo</translation>
    </message>
    <message>
        <source>Annotations (*.txt *.json *.csv);;HumanML3D texts (*.txt);;BABEL or KIT-ML JSON (*.json);;CSV (*.csv)</source>
        <translation>Anotaciones (*.txt *.json *.csv);;Textos de HumanML3D (*.txt);;JSON de BABEL o KIT-ML (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Edit Segment…</source>
        <translation>Ed&amp;itar segmento…</translation>
    </message>
    <message>
        <source>&amp;Delete Segment</source>
        <translation>E&amp;liminar segmento</translation>
    </message>
    <message>
        <source>&amp;Split at Play Head</source>
        <translation>Di&amp;vidir en el cabezal de reproducción</translation>
    </message>
    <message>
        <source>&amp;Merge with Next</source>
        <translation>&amp;Combinar con el siguiente</translation>
    </message>
    <message>
        <source>Mark &amp;In Point</source>
        <translation>Marcar punto de &amp;entrada</translation>
    </message>
    <message>
        <source>Add Segment to &amp;Out Point</source>
        <translation>Añadir segmento hasta el punto de &amp;salida</translation>
    </message>
    <message>
        <source>Snap to &amp;Token Boundaries</source>
        <translation>Ajustar a los límites de los &amp;tokens</translation>
    </message>
    <message>
        <source>Could Not Save the Edit</source>
        <translation>No se pudo guardar la edición</translation>
    </message>
    <message>
        <source>Could Not Create the Project</source>
        <translation>No se pudo crear el proyecto</translation>
    </message>
    <message>
        <source>Created project %1</source>
        <translation>Proyecto %1 creado</translation>
    </message>
    <message>
        <source>Could Not Open the Project</source>
        <translation>No se pudo abrir el proyecto</translation>
    </message>
    <message>
        <source>Opened project %1</source>
        <translation>Proyecto %1 abierto</translation>
    </message>
    <message numerus="yes">
        <source>Opened project %1: %n clip file(s) moved or missing</source>
        <translation>
            <numerusform>Proyecto %1 abierto: %n archivo de clip movido o ausente</numerusform>
            <numerusform>Proyecto %1 abierto: %n archivos de clip movidos o ausentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Find the %n Missing Clip(s) in a Folder</source>
        <translation>
            <numerusform>Buscar %n clip ausente en una carpeta</numerusform>
            <numerusform>Buscar los %n clips ausentes en una carpeta</numerusform>
        </translation>
    </message>
    <message>
        <source>Found %1 of %2 missing clips by their content</source>
        <translation>Se encontraron %1 de %2 clips ausentes por su contenido</translation>
    </message>
    <message>
        <source>The Folder Is Read-Only: Where Should Its Project Go?</source>
        <translation>La carpeta es de solo lectura: ¿dónde debe guardarse su proyecto?</translation>
    </message>
    <message>
        <source>Could Not Open the Dataset</source>
        <translation>No se pudo abrir el conjunto de datos</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n segment(s) from %1</source>
        <translation>
            <numerusform>Se importó %n segmento de %1</numerusform>
            <numerusform>Se importaron %n segmentos de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could Not Import Annotations</source>
        <translation>No se pudieron importar las anotaciones</translation>
    </message>
    <message>
        <source>Edit Caption</source>
        <translation>Editar descripción</translation>
    </message>
    <message>
        <source>Set Label</source>
        <translation>Asignar etiqueta</translation>
    </message>
    <message>
        <source>Caption of frames %1–%2:</source>
        <translation>Descripción de los fotogramas %1–%2:</translation>
    </message>
    <message>
        <source>Label of frames %1–%2 (a new one joins the vocabulary):</source>
        <translation>Etiqueta de los fotogramas %1–%2 (una nueva se añade al vocabulario):</translation>
    </message>
    <message>
        <source>Move the play head inside the selected segment to split it</source>
        <translation>Mueva el cabezal de reproducción dentro del segmento seleccionado para dividirlo</translation>
    </message>
    <message>
        <source>No later segment on this tier to merge with</source>
        <translation>No hay ningún segmento posterior en este nivel con el que combinar</translation>
    </message>
    <message>
        <source>No Project</source>
        <translation>Sin proyecto</translation>
    </message>
    <message>
        <source>Annotations are kept in a project: create one with File ▸ New Project… (or open one), then use the caption again.</source>
        <translation>Las anotaciones se guardan en un proyecto: cree uno con Archivo ▸ Nuevo proyecto… (o abra uno) y vuelva a usar la descripción.</translation>
    </message>
    <message>
        <source>GeoMotion projects (*.gmproj);;All files (*)</source>
        <translation>Proyectos de GeoMotion (*.gmproj);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
</context>
<context>
    <name>gm::ui::AnnotationLane</name>
    <message>
        <source>No project: File ▸ New Project… to annotate</source>
        <translation>Sin proyecto: Archivo ▸ Nuevo proyecto… para anotar</translation>
    </message>
    <message>
        <source>This clip is not a file the project can annotate</source>
        <translation>Este clip no es un archivo que el proyecto pueda anotar</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;frames %2–%3 (%4–%5 s)&lt;br&gt;%6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;fotogramas %2–%3 (%4–%5 s)&lt;br&gt;%6</translation>
    </message>
    <message>
        <source>caption by model %1</source>
        <translation>descripción del modelo %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
</context>
<context>
    <name>gm::ui::CaptionDock</name>
    <message>
        <source>Generating…</source>
        <translation>Generando…</translation>
    </message>
    <message>
        <source>Candidate %1: %2</source>
        <translation>Candidata %1: %2</translation>
    </message>
    <message>
        <source>Captioning failed: %1</source>
        <translation>Falló la generación de la descripción: %1</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation>&amp;Generar descripción</translation>
    </message>
    <message>
        <source>Caption the clip or the selected tokens (%1)</source>
        <translation>Generar la descripción del clip o de los tokens seleccionados (%1)</translation>
    </message>
    <message>
        <source>Cancel Caption</source>
        <translation>Cancelar descripción</translation>
    </message>
    <message>
        <source>Copy Caption</source>
        <translation>Copiar descripción</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>&amp;Use as Annotation</source>
        <translation>&amp;Usar como anotación</translation>
    </message>
    <message>
        <source>Add the chosen caption to the project as a segment over its tokens (%1)</source>
        <translation>Añadir la descripción elegida al proyecto como un segmento sobre sus tokens (%1)</translation>
    </message>
    <message>
        <source>Use as Annotation</source>
        <translation>Usar como anotación</translation>
    </message>
    <message>
        <source>&amp;Decoding:</source>
        <translation>&amp;Decodificación:</translation>
    </message>
    <message>
        <source>Greedy (as released)</source>
        <translation>Voraz (como se publicó)</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Muestreo</translation>
    </message>
    <message>
        <source>Beam search</source>
        <translation>Búsqueda en haz</translation>
    </message>
    <message>
        <source>Ca&amp;ndidates:</source>
        <translation>Ca&amp;ndidatas:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatura:</translation>
    </message>
    <message>
        <source>Top-&amp;k (0: all):</source>
        <translation>Top-&amp;k (0: todos):</translation>
    </message>
    <message>
        <source>Top-&amp;p:</source>
        <translation>Top-&amp;p:</translation>
    </message>
    <message>
        <source>&amp;Beams:</source>
        <translation>&amp;Haces:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <source>&amp;Max tokens:</source>
        <translation>&amp;Máximo de tokens:</translation>
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
        <translation>Abra un clip para generar su descripción.</translation>
    </message>
    <message>
        <source>No model loaded.</source>
        <translation>No hay ningún modelo cargado.</translation>
    </message>
    <message>
        <source>The model %1 has no captioner.</source>
        <translation>El modelo %1 no tiene generador de descripciones.</translation>
    </message>
    <message>
        <source>Tokenizing %1…</source>
        <translation>Tokenizando %1…</translation>
    </message>
    <message numerus="yes">
        <source>Whole clip: %n token(s), %1–%2 s</source>
        <translation>
            <numerusform>Clip completo: %n token, %1–%2 s</numerusform>
            <numerusform>Clip completo: %n tokens, %1–%2 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens %1–%2 of %3: %4–%5 s (drag on the token lane to change, click to clear)</source>
        <translation>Tokens %1–%2 de %3: %4–%5 s (arrastre en la pista de tokens para cambiarlos, haga clic para borrar la selección)</translation>
    </message>
    <message>
        <source>tokens %1–%2</source>
        <translation>tokens %1–%2</translation>
    </message>
    <message>
        <source>Cancelled (%1): what was made so far is kept.</source>
        <translation>Cancelado (%1): se conserva lo generado hasta ahora.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) for %1 in %2 s</source>
        <translation>
            <numerusform>%n candidata para %1 en %2 s</numerusform>
            <numerusform>%n candidatas para %1 en %2 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Caption candidates</source>
        <translation>Descripciones candidatas</translation>
    </message>
    <message>
        <source>Caption</source>
        <comment>button: caption the clip now</comment>
        <translation>Describir</translation>
    </message>
    <message numerus="yes">
        <source>It reads %n token(s) at most: select %1–%2 for the rest.</source>
        <translation>
            <numerusform>Lee como máximo %n token: seleccione %1–%2 para el resto.</numerusform>
            <numerusform>Lee como máximo %n tokens: seleccione %1–%2 para el resto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gm::ui::ClipListDock</name>
    <message>
        <source>Close Clip</source>
        <translation>Cerrar clip</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message>
        <source>Open clips</source>
        <translation>Clips abiertos</translation>
    </message>
    <message>
        <source>%1
%2, %3 joints, %4 frames at %5 fps (%6 s)</source>
        <translation>%1
%2, %3 articulaciones, %4 fotogramas a %5 fps (%6 s)</translation>
    </message>
</context>
<context>
    <name>gm::ui::DatasetDock</name>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>All clips</source>
        <translation>Todos los clips</translation>
    </message>
    <message>
        <source>Without annotations</source>
        <translation>Sin anotaciones</translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation>Anotados</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>&amp;Next Clip Without Annotations</source>
        <translation>Siguie&amp;nte clip sin anotaciones</translation>
    </message>
    <message>
        <source>P&amp;revious Clip Without Annotations</source>
        <translation>Clip &amp;anterior sin anotaciones</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n clip(s) annotated</source>
        <translation>
            <numerusform>%1 de %n clip anotado</numerusform>
            <numerusform>%1 de %n clips anotados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gm::ui::ErrorCurve</name>
    <message>
        <source>MPJPE %1 (max %2)</source>
        <translation>MPJPE %1 (máx. %2)</translation>
    </message>
    <message>
        <source>%1 s: reconstruction error %2</source>
        <translation>%1 s: error de reconstrucción %2</translation>
    </message>
</context>
<context>
    <name>gm::ui::ExportDialog</name>
    <message>
        <source>Export Annotations</source>
        <translation>Exportar anotaciones</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>&amp;HumanML3D layout (joints, features, texts, motion tokens)</source>
        <translation>Estructura &amp;HumanML3D (articulaciones, características, textos, tokens de movimiento)</translation>
    </message>
    <message>
        <source>BABEL &amp;JSON</source>
        <translation>&amp;JSON de BABEL</translation>
    </message>
    <message>
        <source>&amp;CSV of segments</source>
        <translation>C&amp;SV de los segmentos</translation>
    </message>
    <message>
        <source>B&amp;VH of each segment on its skeleton</source>
        <translation>B&amp;VH de cada segmento sobre su esqueleto</translation>
    </message>
    <message>
        <source>&amp;Token ids (.npy)</source>
        <translation>Identificadores de &amp;tokens (.npy)</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formatos:</translation>
    </message>
    <message>
        <source>Token ids need a model: load one first</source>
        <translation>Los identificadores de tokens necesitan un modelo: cargue uno primero</translation>
    </message>
    <message>
        <source>&amp;Whole clips (one item per annotated clip)</source>
        <translation>Cl&amp;ips completos (un elemento por clip anotado)</translation>
    </message>
    <message>
        <source>&amp;Replace existing files</source>
        <translation>&amp;Reemplazar los archivos existentes</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Cancelar exportación</translation>
    </message>
    <message>
        <source>Export Into</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Falló la exportación: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n item(s); the files written are complete.</source>
        <translation>
            <numerusform>Cancelado tras %n elemento; los archivos escritos están completos.</numerusform>
            <numerusform>Cancelado tras %n elementos; los archivos escritos están completos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s)</source>
        <translation>
            <numerusform>Se exportó %n elemento</numerusform>
            <numerusform>Se exportaron %n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n file(s), to %1.</source>
        <translation>
            <numerusform>, %n archivo, en %1.</numerusform>
            <numerusform>, %n archivos, en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped:</source>
        <translation>
            <numerusform>%n omitido:</numerusform>
            <numerusform>%n omitidos:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gm::ui::GeometryDock</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Could not count %1: %2</source>
        <translation>No se pudo contar %1: %2</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>Geometría</translation>
    </message>
    <message>
        <source>Gram matrix</source>
        <translation>Matriz de Gram</translation>
    </message>
    <message>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Filas:</translation>
    </message>
    <message>
        <source>DVQ codebook</source>
        <translation>Libro de códigos DVQ</translation>
    </message>
    <message>
        <source>Captioner motion embeddings</source>
        <translation>Incrustaciones de movimiento del generador de descripciones</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Orden:</translation>
    </message>
    <message>
        <source>By code</source>
        <translation>Por código</translation>
    </message>
    <message>
        <source>By count</source>
        <translation>Por recuento</translation>
    </message>
    <message>
        <source>Count a &amp;Folder…</source>
        <translation>Contar una &amp;carpeta…</translation>
    </message>
    <message>
        <source>Tokenize every clip of a dataset folder (HumanML3D layout or motion files) and show its code usage</source>
        <translation>Tokenizar todos los clips de una carpeta de conjunto de datos (estructura HumanML3D o archivos de movimiento) y mostrar su uso de códigos</translation>
    </message>
    <message>
        <source>Open &amp;Clip</source>
        <translation>Clip &amp;abierto</translation>
    </message>
    <message>
        <source>Show the code usage of the open clip again</source>
        <translation>Volver a mostrar el uso de códigos del clip abierto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Codebook and motion embeddings (PCA)</source>
        <translation>Libro de códigos e incrustaciones de movimiento (PCA)</translation>
    </message>
    <message>
        <source>Captioner rows (aligned)</source>
        <translation>Filas del generador de descripciones (alineadas)</translation>
    </message>
    <message>
        <source>PC1 (%1 % of the codebook&apos;s variance)</source>
        <translation>PC1 (%1 % de la varianza del libro de códigos)</translation>
    </message>
    <message>
        <source>PC2 (%1 %)</source>
        <translation>PC2 (%1 %)</translation>
    </message>
    <message>
        <source>Captioner rows: own PCA (%1 %, %2 %), rotated onto the codebook&apos;s</source>
        <translation>Filas del generador de descripciones: PCA propio (%1 %, %2 %), rotado sobre el del libro de códigos</translation>
    </message>
    <message>
        <source>Cosine similarity of the captioner&apos;s motion embeddings</source>
        <translation>Similitud coseno de las incrustaciones de movimiento del generador de descripciones</translation>
    </message>
    <message>
        <source>Cosine similarity of the DVQ codebook</source>
        <translation>Similitud coseno del libro de códigos DVQ</translation>
    </message>
    <message>
        <source>orthogonality mean((ĈĈᵀ − I)²) = %1 over %2 codes</source>
        <translation>ortogonalidad media((ĈĈᵀ − I)²) = %1 sobre %2 códigos</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>No hay ningún modelo cargado</translation>
    </message>
    <message>
        <source>Count the Codes of a Folder</source>
        <translation>Contar los códigos de una carpeta</translation>
    </message>
    <message>
        <source>Counting the codes of %1…</source>
        <translation>Contando los códigos de %1…</translation>
    </message>
    <message>
        <source>Code usage in %1</source>
        <translation>Uso de códigos en %1</translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s), %1 tokens, %2 distinct codes of %3, perplexity %4</source>
        <translation>
            <numerusform>%n clip, %1 tokens, %2 códigos distintos de %3, perplejidad %4</numerusform>
            <numerusform>%n clips, %1 tokens, %2 códigos distintos de %3, perplejidad %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) skipped</source>
        <translation>
            <numerusform>; %n archivo omitido</numerusform>
            <numerusform>; %n archivos omitidos</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled: partial counts)</source>
        <translation> (cancelado: recuentos parciales)</translation>
    </message>
    <message>
        <source>Skipped:
%1</source>
        <translation>Omitidos:
%1</translation>
    </message>
    <message>
        <source>Code usage</source>
        <translation>Uso de códigos</translation>
    </message>
    <message>
        <source>%1 tokens, %2 distinct codes of %3, perplexity %4</source>
        <translation>%1 tokens, %2 códigos distintos de %3, perplejidad %4</translation>
    </message>
    <message>
        <source>Open a clip to see its codes</source>
        <translation>Abra un clip para ver sus códigos</translation>
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
        <translation>Listo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Front</source>
        <translation>&amp;Frontal</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Trasera</translation>
    </message>
    <message>
        <source>&amp;Top</source>
        <translation>&amp;Superior</translation>
    </message>
    <message>
        <source>&amp;Perspective</source>
        <translation>&amp;Perspectiva</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>&amp;Cámara</translation>
    </message>
    <message>
        <source>Show &amp;Grid</source>
        <translation>Mostrar cuadrícu&amp;la</translation>
    </message>
    <message>
        <source>Show &amp;Axes</source>
        <translation>Mostrar e&amp;jes</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>Pantalla co&amp;mpleta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About GeoMotion Studio</source>
        <translation>&amp;Acerca de GeoMotion Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>No OpenGL 3.3</source>
        <translation>Sin OpenGL 3.3</translation>
    </message>
    <message>
        <source>OpenGL %1 · %2</source>
        <translation>OpenGL %1 · %2</translation>
    </message>
    <message>
        <source>About GeoMotion Studio</source>
        <translation>Acerca de GeoMotion Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GeoMotion Studio&lt;/h3&gt;&lt;p&gt;See, tokenize, caption and annotate human motion with the GeoMotionGPT model.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GeoMotion Studio&lt;/h3&gt;&lt;p&gt;Vea, tokenice, describa y anote el movimiento humano con el modelo GeoMotionGPT.&lt;/p&gt;&lt;p&gt;Publicado bajo la Licencia Pública General de GNU, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Carga cancelada</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open &amp;Demo Clip</source>
        <translation>Abrir clip de &amp;demostración</translation>
    </message>
    <message>
        <source>The demo clip is not installed</source>
        <translation>El clip de demostración no está instalado</translation>
    </message>
    <message>
        <source>&amp;Close Clip</source>
        <translation>&amp;Cerrar clip</translation>
    </message>
    <message>
        <source>Close &amp;All Clips</source>
        <translation>Cerrar t&amp;odos los clips</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>&amp;Lateral</translation>
    </message>
    <message>
        <source>&amp;Other Side</source>
        <translation>&amp;Otro lateral</translation>
    </message>
    <message>
        <source>&amp;Fit to Clips</source>
        <translation>&amp;Ajustar a los clips</translation>
    </message>
    <message>
        <source>F&amp;ollow the Active Clip</source>
        <translation>&amp;Seguir el clip activo</translation>
    </message>
    <message>
        <source>Several &amp;Clips</source>
        <translation>&amp;Varios clips</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>&amp;Lado a lado</translation>
    </message>
    <message>
        <source>&amp;Overlaid</source>
        <translation>&amp;Superpuestos</translation>
    </message>
    <message>
        <source>Root &amp;Trajectory</source>
        <translation>&amp;Trayectoria de la raíz</translation>
    </message>
    <message>
        <source>Joint T&amp;rails</source>
        <translation>&amp;Estelas de las articulaciones</translation>
    </message>
    <message>
        <source>Show S&amp;hadows</source>
        <translation>Mostrar som&amp;bras</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>Línea de t&amp;iempo</translation>
    </message>
    <message>
        <source>C&amp;lip List</source>
        <translation>Lista de cli&amp;ps</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Reproducción</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar la lista</translation>
    </message>
    <message>
        <source>Open Motion Files</source>
        <translation>Abrir archivos de movimiento</translation>
    </message>
    <message>
        <source>Opened %1: %2 joints, %3 frames at %4 fps</source>
        <translation>Se abrió %1: %2 articulaciones, %3 fotogramas a %4 fps</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>No se pudo abrir %1</translation>
    </message>
    <message>
        <source>Could Not Open File</source>
        <translation>No se pudo abrir el archivo</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>No se pudo abrir %1.</translation>
    </message>
    <message numerus="yes">
        <source>Loading %n file(s)…</source>
        <translation>
            <numerusform>Cargando %n archivo…</numerusform>
            <numerusform>Cargando %n archivos…</numerusform>
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
        <translation>Cargando el modelo %1…</translation>
    </message>
    <message>
        <source>Cannot tokenize the clip: %1</source>
        <translation>No se puede tokenizar el clip: %1</translation>
    </message>
    <message>
        <source>Cannot decode: %1</source>
        <translation>No se puede decodificar: %1</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Sin modelo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Reconstruction</source>
        <translation>&amp;Reconstrucción</translation>
    </message>
    <message>
        <source>Draw the tokenizer&apos;s decoding of each clip beside it (side by side) or over it (overlaid)</source>
        <translation>Dibujar la decodificación del tokenizador de cada clip junto a él (lado a lado) o sobre él (superpuesta)</translation>
    </message>
    <message>
        <source>C&amp;aption</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>&amp;Geometry</source>
        <translation>&amp;Geometría</translation>
    </message>
    <message>
        <source>&amp;Dataset</source>
        <translation>Conjunto de dat&amp;os</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>&amp;Open Model…</source>
        <translation>&amp;Abrir modelo…</translation>
    </message>
    <message>
        <source>Use the &amp;Bundled Model</source>
        <translation>Usar el modelo &amp;incluido</translation>
    </message>
    <message>
        <source>Model &amp;Info…</source>
        <translation>In&amp;formación del modelo…</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>&amp;Dispositivo</translation>
    </message>
    <message>
        <source>&amp;Automatic (CUDA when available)</source>
        <translation>&amp;Automático (CUDA cuando esté disponible)</translation>
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
        <translation>C&amp;UDA (no disponible en esta compilación o equipo)</translation>
    </message>
    <message>
        <source>&amp;Preview the Selected Code</source>
        <translation>&amp;Previsualizar el código seleccionado</translation>
    </message>
    <message>
        <source>Decode eight tokens of the selected code and open the motion as a clip</source>
        <translation>Decodificar ocho tokens del código seleccionado y abrir el movimiento como un clip</translation>
    </message>
    <message>
        <source>bundled default</source>
        <translation>predeterminado incluido</translation>
    </message>
    <message>
        <source>Open Model Directory (config.json, model.safetensors, mean/std, tokenizer files)</source>
        <translation>Abrir directorio del modelo (config.json, model.safetensors, mean/std, archivos del tokenizador)</translation>
    </message>
    <message>
        <source>Model %1 · %2</source>
        <translation>Modelo %1 · %2</translation>
    </message>
    <message>
        <source>Loaded model %1 in %2 s</source>
        <translation>Modelo %1 cargado en %2 s</translation>
    </message>
    <message>
        <source>Could Not Load Model</source>
        <translation>No se pudo cargar el modelo</translation>
    </message>
    <message>
        <source>The model in %1 could not be loaded.</source>
        <translation>No se pudo cargar el modelo de %1.</translation>
    </message>
    <message>
        <source>

The model %1 stays loaded.</source>
        <translation>

El modelo %1 sigue cargado.</translation>
    </message>
    <message>
        <source>Model Info</source>
        <translation>Información del modelo</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>No hay ningún modelo cargado.</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Tokenizer</source>
        <translation>Tokenizador</translation>
    </message>
    <message>
        <source>%1 parameters, width %2</source>
        <translation>%1 parámetros, anchura %2</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Libro de códigos</translation>
    </message>
    <message>
        <source>%1 codes × %2</source>
        <translation>%1 códigos × %2</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Características</translation>
    </message>
    <message>
        <source>%1-D, %2 frames per token</source>
        <translation>%1-D, %2 fotogramas por token</translation>
    </message>
    <message>
        <source>Captioner</source>
        <translation>Generador de descripciones</translation>
    </message>
    <message>
        <source>%1 parameters, embedding width %2</source>
        <translation>%1 parámetros, anchura de incrustación %2</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulario</translation>
    </message>
    <message>
        <source>%1 (50257 text + %2 motion + 3 special)</source>
        <translation>%1 (50257 de texto + %2 de movimiento + 3 especiales)</translation>
    </message>
    <message>
        <source>none (a tokenizer-only model)</source>
        <translation>ninguno (un modelo solo de tokenizador)</translation>
    </message>
    <message>
        <source>Codebook orthogonality</source>
        <translation>Ortogonalidad del libro de códigos</translation>
    </message>
    <message>
        <source>Loaded in</source>
        <translation>Cargado en</translation>
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
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Manage Models…</source>
        <translation>&amp;Gestionar modelos…</translation>
    </message>
    <message>
        <source>The bundled and installed models: use, remove, download</source>
        <translation>El modelo incluido y los instalados: usar, eliminar, descargar</translation>
    </message>
    <message>
        <source>Install the paper&apos;s released model, or one from a URL or folder</source>
        <translation>Instalar el modelo publicado con el artículo, o uno desde una URL o una carpeta</translation>
    </message>
    <message>
        <source>Installed the model in %1</source>
        <translation>Modelo instalado en %1</translation>
    </message>
    <message>
        <source>Do&amp;wnload Model…</source>
        <translation>Desc&amp;argar modelo…</translation>
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
        <translation>Descargar modelo</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>Another source (a URL or a folder)</source>
        <translation>Otra fuente (una URL o una carpeta)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>https://huggingface.co/OWNER/REPO, a manifest (.json) or a model folder</source>
        <translation>https://huggingface.co/OWNER/REPO, un manifiesto (.json) o una carpeta de modelo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Elegir una carpeta de modelo</translation>
    </message>
    <message>
        <source>&amp;Install as:</source>
        <translation>&amp;Instalar como:</translation>
    </message>
    <message>
        <source>the source&apos;s name</source>
        <translation>el nombre de la fuente</translation>
    </message>
    <message>
        <source>&amp;Replace an installed model of that name</source>
        <translation>&amp;Reemplazar un modelo instalado con ese nombre</translation>
    </message>
    <message>
        <source>Models are installed in %1</source>
        <translation>Los modelos se instalan en %1</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Descargar</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop the download: what arrived is kept, and downloading again resumes it</source>
        <translation>Detener la descarga: lo recibido se conserva y volver a descargar la reanuda</translation>
    </message>
    <message>
        <source>&amp;Use Now</source>
        <translation>&amp;Usar ahora</translation>
    </message>
    <message>
        <source>Any http(s) folder with config.json and model.safetensors (the official layout), a Hugging Face repository, a manifest, or a folder on this computer. The GPT-2 tokenizer files and HumanML3D&apos;s statistics are added when the source lacks them.</source>
        <translation>Cualquier carpeta http(s) con config.json y model.safetensors (la estructura oficial), un repositorio de Hugging Face, un manifiesto o una carpeta de este equipo. Los archivos del tokenizador GPT-2 y las estadísticas de HumanML3D se añaden si la fuente no los tiene.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <source>Cite:</source>
        <translation>Citar:</translation>
    </message>
    <message>
        <source>Download size: %1</source>
        <translation>Tamaño de la descarga: %1</translation>
    </message>
    <message>
        <source>A Model Folder to Install</source>
        <translation>Una carpeta de modelo para instalar</translation>
    </message>
    <message>
        <source>Give a URL or a folder to install from.</source>
        <translation>Indique una URL o una carpeta desde la que instalar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a model&apos;s name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>«%1» no puede ser el nombre de un modelo: use letras, cifras, «.», «_» y «-».</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Buscando %1…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Downloading %1 (file %2 of %3): %4</source>
        <translation>Descargando %1 (archivo %2 de %3): %4</translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation> · %1/s</translation>
    </message>
    <message numerus="yes">
        <source> · about %n min left</source>
        <translation>
            <numerusform> · queda unos %n minuto</numerusform>
            <numerusform> · quedan unos %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n s left</source>
        <translation>
            <numerusform> · queda %n segundo</numerusform>
            <numerusform> · quedan %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1: %2</source>
        <translation>Comprobando %1: %2</translation>
    </message>
    <message>
        <source>Adding the tokenizer files and dataset statistics the source lacks…</source>
        <translation>Añadiendo los archivos del tokenizador y las estadísticas del conjunto de datos que faltan en la fuente…</translation>
    </message>
    <message>
        <source>Loading the model to check every tensor…</source>
        <translation>Cargando el modelo para comprobar cada tensor…</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Instalando…</translation>
    </message>
    <message>
        <source>Installed in %1.</source>
        <translation>Instalado en %1.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Stopped. Nothing was installed; what arrived is kept, and Download resumes it.</source>
        <translation>Detenido. No se instaló nada; lo recibido se conserva y Descargar lo reanuda.</translation>
    </message>
    <message>
        <source>Could not install the model: %1</source>
        <translation>No se pudo instalar el modelo: %1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>gm::ui::ModelManagerDialog</name>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Usar</translation>
    </message>
    <message>
        <source>Load the selected model</source>
        <translation>Cargar el modelo seleccionado</translation>
    </message>
    <message>
        <source>&amp;Download Model…</source>
        <translation>&amp;Descargar modelo…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <source>Installed models are kept in %1 (geomotion model list shows them too)</source>
        <translation>Los modelos instalados se guardan en %1 (geomotion model list también los muestra)</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (en uso)</translation>
    </message>
    <message>
        <source>Bundled default</source>
        <translation>Predeterminado incluido</translation>
    </message>
    <message>
        <source>with the studio</source>
        <translation>con el estudio</translation>
    </message>
    <message>
        <source>trained for GeoMotion Studio (see its README)</source>
        <translation>entrenado para GeoMotion Studio (vea su README)</translation>
    </message>
    <message>
        <source>The small default model that ships with the studio: a DVQ and a GPT-2-architecture captioner trained on procedural motion and CMU clips. Folder: %1</source>
        <translation>El pequeño modelo predeterminado que se incluye con el estudio: un DVQ y un generador de descripciones con arquitectura GPT-2, entrenados con movimiento procedural y clips de CMU. Carpeta: %1</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>a mano</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Carpeta: %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licencia: %1</translation>
    </message>
    <message>
        <source>Cite: %1</source>
        <translation>Citar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), each with its SHA-256 in %1</source>
        <translation>
            <numerusform>%n archivo, con su SHA-256 en %1</numerusform>
            <numerusform>%n archivos, cada uno con su SHA-256 en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (partial download)</source>
        <translation>%1 (descarga parcial)</translation>
    </message>
    <message>
        <source>A download that did not finish: Download Model… with the same source and name resumes it; Remove discards it.</source>
        <translation>Una descarga que no terminó: Descargar modelo… con la misma fuente y el mismo nombre la reanuda; Eliminar la descarta.</translation>
    </message>
    <message>
        <source>The model in use cannot be removed: load another one first</source>
        <translation>El modelo en uso no se puede eliminar: cargue otro primero</translation>
    </message>
    <message>
        <source>The bundled model comes with the studio</source>
        <translation>El modelo incluido viene con el estudio</translation>
    </message>
    <message>
        <source>Remove Model</source>
        <translation>Eliminar modelo</translation>
    </message>
    <message>
        <source>Discard the partial download of %1?</source>
        <translation>¿Descartar la descarga parcial de %1?</translation>
    </message>
    <message>
        <source>Remove the model %1 and its files (%2)?</source>
        <translation>¿Eliminar el modelo %1 y sus archivos (%2)?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>gm::ui::PreferencesDialog</name>
    <message>
        <source>The Model to Load at Start</source>
        <translation>Modelo que se carga al iniciar</translation>
    </message>
    <message>
        <source>Where Projects Are Kept</source>
        <translation>Dónde se guardan los proyectos</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>The language of menus, panels and messages; it changes at once</source>
        <translation>El idioma de los menús, paneles y mensajes; cambia de inmediato</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Length &amp;units:</source>
        <translation>&amp;Unidades de longitud:</translation>
    </message>
    <message>
        <source>Centimetres (cm)</source>
        <translation>Centímetros (cm)</translation>
    </message>
    <message>
        <source>Metres (m)</source>
        <translation>Metros (m)</translation>
    </message>
    <message>
        <source>&amp;Up axis of motion files:</source>
        <translation>&amp;Eje vertical de los archivos de movimiento:</translation>
    </message>
    <message>
        <source>As the file says or as detected</source>
        <translation>Según indique el archivo o se detecte</translation>
    </message>
    <message>
        <source>Always Y</source>
        <translation>Siempre Y</translation>
    </message>
    <message>
        <source>Always Z</source>
        <translation>Siempre Z</translation>
    </message>
    <message>
        <source>For files whose figure lies down or stands on its head: applies to open clips too</source>
        <translation>Para archivos cuya figura aparece tumbada o cabeza abajo: se aplica también a los clips abiertos</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>&amp;At start, load:</source>
        <translation>&amp;Al iniciar, cargar:</translation>
    </message>
    <message>
        <source>The last model used</source>
        <translation>El último modelo usado</translation>
    </message>
    <message>
        <source>The bundled default model</source>
        <translation>El modelo predeterminado incluido</translation>
    </message>
    <message>
        <source>This model directory:</source>
        <translation>Este directorio de modelo:</translation>
    </message>
    <message>
        <source>A model directory (config.json, model.safetensors, …)</source>
        <translation>Un directorio de modelo (config.json, model.safetensors, …)</translation>
    </message>
    <message>
        <source>Model directory to load at start</source>
        <translation>Directorio de modelo que se carga al iniciar</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose the model directory</source>
        <translation>Elija el directorio del modelo</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Dispositivo:</translation>
    </message>
    <message>
        <source>Automatic (CUDA when available)</source>
        <translation>Automático (CUDA cuando esté disponible)</translation>
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
        <translation>CUDA (no disponible en esta compilación o equipo)</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Reproducción</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>&amp;Velocidad:</translation>
    </message>
    <message>
        <source>&amp;Loop at the end</source>
        <translation>Repetir en &amp;bucle al final</translation>
    </message>
    <message>
        <source>&amp;Play clips as soon as they open</source>
        <translation>&amp;Reproducir los clips en cuanto se abran</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Where New Project and Open Project start</source>
        <translation>Dónde empiezan Nuevo proyecto y Abrir proyecto</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Exa&amp;minar…</translation>
    </message>
    <message>
        <source>Choose the projects folder</source>
        <translation>Elija la carpeta de proyectos</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>Re&amp;stablecer valores predeterminados</translation>
    </message>
</context>
<context>
    <name>gm::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>gm::ui::TimelineDock</name>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation>Paso &amp;atrás</translation>
    </message>
    <message>
        <source>Step &amp;Forward</source>
        <translation>Paso a&amp;delante</translation>
    </message>
    <message>
        <source>Go to &amp;Start</source>
        <translation>Ir al &amp;inicio</translation>
    </message>
    <message>
        <source>Go to &amp;End</source>
        <translation>Ir al &amp;final</translation>
    </message>
    <message>
        <source>&amp;Loop</source>
        <translation>&amp;Bucle</translation>
    </message>
    <message>
        <source>&amp;Slower</source>
        <translation>Más &amp;lento</translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation>Más rápid&amp;o</translation>
    </message>
    <message>
        <source>&amp;Normal Speed</source>
        <translation>Velocidad &amp;normal</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>Playback speed ([ slower, ] faster, \ normal)</source>
        <translation>Velocidad de reproducción ([ más lenta, ] más rápida, \ normal)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>frame %1 / %2</source>
        <translation>fotograma %1 / %2</translation>
    </message>
    <message>
        <source>no clip</source>
        <translation>sin clip</translation>
    </message>
</context>
<context>
    <name>gm::ui::TimelineLane</name>
    <message>
        <source>Loading the model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <source>No model: open one from the Model menu</source>
        <translation>Sin modelo: abra uno desde el menú Modelo</translation>
    </message>
    <message>
        <source>Tokenizing…</source>
        <translation>Tokenizando…</translation>
    </message>
    <message>
        <source>Cannot tokenize this clip: %1</source>
        <translation>No se puede tokenizar este clip: %1</translation>
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
            <numerusform>&lt;b&gt;Token %1&lt;/b&gt; · %2–%3 s&lt;br&gt;Código &lt;b&gt;%4&lt;/b&gt;, probabilidad %5&lt;br&gt;Alternativas: %6&lt;br&gt;El código %4 aparece %n vez en este clip</numerusform>
            <numerusform>&lt;b&gt;Token %1&lt;/b&gt; · %2–%3 s&lt;br&gt;Código &lt;b&gt;%4&lt;/b&gt;, probabilidad %5&lt;br&gt;Alternativas: %6&lt;br&gt;El código %4 aparece %n veces en este clip</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gm::ui::VideoExportDialog</name>
    <message>
        <source>Export Video</source>
        <translation>Exportar vídeo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;File (.mp4 or .gif):</source>
        <translation>&amp;Archivo (.mp4 o .gif):</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <source>&amp;Frame rate:</source>
        <translation>&amp;Frecuencia de fotogramas:</translation>
    </message>
    <message>
        <source>The &amp;reconstruction beside the clip</source>
        <translation>La &amp;reconstrucción junto al clip</translation>
    </message>
    <message>
        <source>Replace the file if it &amp;exists</source>
        <translation>Ree&amp;mplazar el archivo si existe</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Cancelar exportación</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4);;GIF animation (*.gif)</source>
        <translation>Vídeo MP4 (*.mp4);;Animación GIF (*.gif)</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>No se puede exportar: %1</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Renderizando…</translation>
    </message>
    <message>
        <source>Shaded, as the 3-D view</source>
        <translation>Sombreado, como la vista 3D</translation>
    </message>
    <message>
        <source>Figure: lines and dots (fast without a GPU)</source>
        <translation>Figura: líneas y puntos (rápido sin GPU)</translation>
    </message>
    <message>
        <source>S&amp;tyle:</source>
        <translation>Es&amp;tilo:</translation>
    </message>
</context>
<context>
    <name>gm::ui::ViewportWidget</name>
    <message>
        <source>3-D view</source>
        <translation>Vista 3D</translation>
    </message>
    <message>
        <source>The 3-D view needs OpenGL 3.3.
%1</source>
        <translation>La vista 3D necesita OpenGL 3.3.
%1</translation>
    </message>
</context>
<context>
    <name>gm::ui::plots::HeatmapPlot</name>
    <message>
        <source>code j</source>
        <translation>código j</translation>
    </message>
    <message>
        <source>code i</source>
        <translation>código i</translation>
    </message>
    <message>
        <source>No matrix</source>
        <translation>Sin matriz</translation>
    </message>
    <message>
        <source>codes %1 and %2: cosine %3</source>
        <translation>códigos %1 y %2: coseno %3</translation>
    </message>
</context>
<context>
    <name>gm::ui::plots::HistogramPlot</name>
    <message>
        <source>codes by count (rank)</source>
        <translation>códigos por recuento (rango)</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>tokens</translation>
    </message>
    <message>
        <source>No counts</source>
        <translation>Sin recuentos</translation>
    </message>
    <message>
        <source>code %1: %2 tokens (%3 %)</source>
        <translation>código %1: %2 tokens (%3 %)</translation>
    </message>
</context>
<context>
    <name>gm::ui::plots::PlotWidget</name>
    <message>
        <source>Could not export %1: the size %2 × %3 is not between 1 and %4 pixels.</source>
        <translation>No se pudo exportar %1: el tamaño %2 × %3 no está entre 1 y %4 píxeles.</translation>
    </message>
    <message>
        <source>Could not export %1: not enough memory for a %2 × %3 image.</source>
        <translation>No se pudo exportar %1: no hay memoria suficiente para una imagen de %2 × %3.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: the PNG encoder failed.</source>
        <translation>No se pudo escribir %1: falló el codificador PNG.</translation>
    </message>
    <message>
        <source>A GeoMotion Studio plot</source>
        <translation>Un gráfico de GeoMotion Studio</translation>
    </message>
    <message>
        <source>Could not write %1: the SVG generator did not start.</source>
        <translation>No se pudo escribir %1: el generador SVG no se inició.</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Exportar SVG…</translation>
    </message>
    <message>
        <source>plot</source>
        <translation>gráfico</translation>
    </message>
    <message>
        <source>Export SVG</source>
        <translation>Exportar SVG</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Exportar PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Error al exportar</translation>
    </message>
</context>
<context>
    <name>gm::ui::plots::ScatterPlot</name>
    <message>
        <source>same code</source>
        <translation>mismo código</translation>
    </message>
    <message>
        <source>code %1 (%2): (%3, %4)</source>
        <translation>código %1 (%2): (%3, %4)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See, tokenize, caption and annotate human motion.</source>
        <translation>Vea, tokenice, describa y anote el movimiento humano.</translation>
    </message>
    <message>
        <source>Save a PNG of the window once it is shown, then quit.</source>
        <translation>Guardar un PNG de la ventana en cuanto se muestre y salir.</translation>
    </message>
    <message>
        <source>Motion files to open; they start playing.</source>
        <translation>Archivos de movimiento que abrir; empiezan a reproducirse.</translation>
    </message>
    <message>
        <source>Print where the bundled model and demo clip were found, then quit.</source>
        <translation>Mostrar dónde se encontraron el modelo incluido y el clip de demostración, y salir.</translation>
    </message>
</context>
</TS>
