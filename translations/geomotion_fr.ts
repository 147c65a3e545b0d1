<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB, more than an annotation file can be (%3 MB)</source>
        <translation>%1 fait %2 Mo, plus que la taille permise pour un fichier d&apos;annotations (%3 Mo)</translation>
    </message>
    <message>
        <source>%1: no caption#tokens#start#end line%2</source>
        <translation>%1 : aucune ligne au format caption#tokens#start#end%2</translation>
    </message>
    <message>
        <source>%1 holds %2 entries: name the clip to import</source>
        <translation>%1 contient %2 entrées : indiquez le nom du clip à importer</translation>
    </message>
    <message>
        <source>%1: no entry for %2 (by id, path, feat_p or url)</source>
        <translation>%1 : aucune entrée pour %2 (par id, path, feat_p ou url)</translation>
    </message>
    <message>
        <source>%1: %2 is not a time in seconds</source>
        <translation>%1 : %2 n&apos;est pas un temps en secondes</translation>
    </message>
    <message>
        <source>%1: not JSON at byte %2: %3</source>
        <translation>%1 : JSON non valide à l&apos;octet %2 : %3</translation>
    </message>
    <message>
        <source>%1: expected an object of annotated sequences</source>
        <translation>%1 : un objet de séquences annotées était attendu</translation>
    </message>
    <message>
        <source>annotation %1</source>
        <translation>annotation %1</translation>
    </message>
    <message>
        <source>%1: the entry has neither annotations nor BABEL labels</source>
        <translation>%1 : l&apos;entrée n&apos;a ni annotations ni étiquettes BABEL</translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>étiquette %1</translation>
    </message>
    <message>
        <source>%1: line %2: a quoted field does not end</source>
        <translation>%1 : ligne %2 : un champ entre guillemets n&apos;est pas terminé</translation>
    </message>
    <message>
        <source>%1: the header must name start, end and label or text columns (got %2)</source>
        <translation>%1 : l&apos;en-tête doit nommer les colonnes start, end et label ou text (reçu : %2)</translation>
    </message>
    <message>
        <source>%1: line %2: start and end must be seconds with end after start (got &apos;%3&apos;, &apos;%4&apos;)</source>
        <translation>%1 : ligne %2 : le début et la fin doivent être en secondes, la fin après le début (reçu « %3 », « %4 »)</translation>
    </message>
    <message>
        <source>%1: unknown annotation format &apos;.%2&apos; (import HumanML3D .txt, BABEL or KIT-ML .json, or .csv)</source>
        <translation>%1 : format d&apos;annotations « .%2 » inconnu (importez des .txt HumanML3D, des .json BABEL ou KIT-ML, ou des .csv)</translation>
    </message>
    <message>
        <source>%1: a segment must end after it starts (frames %2 to %3)</source>
        <translation>%1 : un segment doit finir après son début (images %2 à %3)</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name, or open it</source>
        <translation>%1 existe déjà : choisissez un autre nom, ou ouvrez-le</translation>
    </message>
    <message>
        <source>%1: no such project file</source>
        <translation>%1 : ce fichier de projet n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1 is not a GeoMotion project (not an SQLite database)</source>
        <translation>%1 n&apos;est pas un projet GeoMotion (ce n&apos;est pas une base de données SQLite)</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a GeoMotion project (a damaged or encrypted SQLite file)</source>
        <translation>%1 n&apos;est pas un projet GeoMotion (fichier SQLite endommagé ou chiffré)</translation>
    </message>
    <message>
        <source>%1 is not a GeoMotion project (an SQLite database of another program)</source>
        <translation>%1 n&apos;est pas un projet GeoMotion (base de données SQLite d&apos;un autre programme)</translation>
    </message>
    <message>
        <source>%1 was made by a newer GeoMotion Studio (project schema %2; this one reads up to %3): update to open it</source>
        <translation>%1 a été créé par une version plus récente de GeoMotion Studio (schéma de projet %2 ; celle-ci lit jusqu&apos;au schéma %3) : mettez à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it was not changed</source>
        <translation>%1 est endommagé (%2) ; il n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>%1 cannot be read to the end</source>
        <translation>%1 ne peut pas être lu jusqu&apos;au bout</translation>
    </message>
    <message>
        <source>%1: no segment %2</source>
        <translation>%1 : aucun segment %2</translation>
    </message>
    <message>
        <source>%1: could not save: %2</source>
        <translation>%1 : enregistrement impossible : %2</translation>
    </message>
    <message>
        <source>%1: encoding failed: %2</source>
        <translation>%1 : échec de l&apos;encodage : %2</translation>
    </message>
    <message>
        <source>%1: writing failed: %2</source>
        <translation>%1 : échec de l&apos;écriture : %2</translation>
    </message>
    <message>
        <source>%1 exists (choose to replace it, or another name)</source>
        <translation>%1 existe (choisissez de le remplacer, ou un autre nom)</translation>
    </message>
    <message>
        <source>%1: %2 × %3 at %4 fps is not a size and rate this can write</source>
        <translation>%1 : %2 × %3 à %4 i/s n&apos;est pas une taille et une fréquence que ce format peut écrire</translation>
    </message>
    <message>
        <source>%1: H.264 needs an even width and height</source>
        <translation>%1 : H.264 exige une largeur et une hauteur paires</translation>
    </message>
    <message>
        <source>%1: no %2 muxer: %3</source>
        <translation>%1 : aucun multiplexeur %2 : %3</translation>
    </message>
    <message>
        <source>%1: this FFmpeg has no %2 encoder</source>
        <translation>%1 : ce FFmpeg n&apos;a pas d&apos;encodeur %2</translation>
    </message>
    <message>
        <source>%1: cannot start the encoder: %2</source>
        <translation>%1 : impossible de démarrer l&apos;encodeur : %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1: cannot write the header: %2</source>
        <translation>%1 : impossible d&apos;écrire l&apos;en-tête : %2</translation>
    </message>
    <message>
        <source>%1: out of memory for a frame</source>
        <translation>%1 : mémoire insuffisante pour une image</translation>
    </message>
    <message>
        <source>%1: cannot finish the file: %2</source>
        <translation>%1 : impossible de terminer le fichier : %2</translation>
    </message>
    <message>
        <source>%1: cannot move the finished video into place</source>
        <translation>%1 : impossible de mettre en place la vidéo terminée</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a video: %2</source>
        <translation>Impossible d&apos;ouvrir %1 comme vidéo : %2</translation>
    </message>
    <message>
        <source>%1 has no video stream</source>
        <translation>%1 n&apos;a pas de flux vidéo</translation>
    </message>
    <message>
        <source>%1: no decoder for its video</source>
        <translation>%1 : aucun décodeur pour sa vidéo</translation>
    </message>
    <message>
        <source>%1: cannot start the decoder</source>
        <translation>%1 : impossible de démarrer le décodeur</translation>
    </message>
    <message>
        <source>%1 is damaged (project schema %2); it was not changed</source>
        <translation>%1 est endommagé (schéma de projet %2) ; il n’a pas été modifié</translation>
    </message>
    <message>
        <source>%1 cannot be brought up to project schema %2 (%3); it was not changed</source>
        <translation>%1 ne peut pas être mis au schéma de projet %2 (%3) ; il n’a pas été modifié</translation>
    </message>
</context>
<context>
    <name>gm::app::AnnotationCommands</name>
    <message>
        <source>Add Segment</source>
        <translation>Ajout de segment</translation>
    </message>
    <message>
        <source>Delete Segment</source>
        <translation>Suppression de segment</translation>
    </message>
    <message>
        <source>Move Segment</source>
        <translation>Déplacement de segment</translation>
    </message>
    <message>
        <source>Resize Segment</source>
        <translation>Redimensionnement de segment</translation>
    </message>
    <message>
        <source>Edit Caption</source>
        <translation>Modification de légende</translation>
    </message>
    <message>
        <source>Set Label</source>
        <translation>Attribution d&apos;étiquette</translation>
    </message>
    <message>
        <source>Use Caption as Annotation</source>
        <translation>Légende utilisée comme annotation</translation>
    </message>
    <message>
        <source>Split Segment</source>
        <translation>Division de segment</translation>
    </message>
    <message>
        <source>Import %1 Segments</source>
        <translation>Import de %1 segments</translation>
    </message>
    <message>
        <source>Merge Segments</source>
        <translation>Fusion de segments</translation>
    </message>
</context>
<context>
    <name>gm::app::ClipLibrary</name>
    <message>
        <source>%1: the file holds no frames</source>
        <translation>%1 : le fichier ne contient aucune image</translation>
    </message>
    <message>
        <source>%1: unknown error while reading</source>
        <translation>%1 : erreur inconnue lors de la lecture</translation>
    </message>
</context>
<context>
    <name>gm::app::MlController</name>
    <message>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
</context>
<context>
    <name>gm::app::MlWorker</name>
    <message>
        <source>Reading the motion tokenizer…</source>
        <translation>Lecture du tokeniseur de mouvement…</translation>
    </message>
    <message>
        <source>Reading the captioner…</source>
        <translation>Lecture du générateur de légendes…</translation>
    </message>
    <message>
        <source>Measuring the codebook geometry…</source>
        <translation>Mesure de la géométrie du dictionnaire de codes…</translation>
    </message>
    <message>
        <source>Model loaded</source>
        <translation>Modèle chargé</translation>
    </message>
</context>
<context>
    <name>gm::app::MotionDocument</name>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Légendes</translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation>Aucun projet n&apos;est ouvert</translation>
    </message>
    <message>
        <source>Only two segments of the same clip and tier can be merged</source>
        <translation>Seuls deux segments du même clip et de la même piste peuvent être fusionnés</translation>
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
        <translation>Une exportation est déjà en cours</translation>
    </message>
    <message>
        <source>Cannot render offscreen: %1</source>
        <translation>Impossible d&apos;effectuer le rendu hors écran : %1</translation>
    </message>
    <message>
        <source>Export cancelled: no file was left</source>
        <translation>Exportation annulée : aucun fichier n&apos;a été laissé</translation>
    </message>
    <message>
        <source>Rendering failed: %1</source>
        <translation>Échec du rendu : %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n frame(s))</source>
        <translation>
            <numerusform>%1 écrit (%n image)</numerusform>
            <numerusform>%1 écrit (%n images)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gm::ui::AnnotationController</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation>Ouvrir un &amp;projet…</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Close Pro&amp;ject</source>
        <translation>Fermer le pro&amp;jet</translation>
    </message>
    <message>
        <source>Open &amp;Dataset Folder…</source>
        <translation>Ouvrir un dossier de jeu de &amp;données…</translation>
    </message>
    <message>
        <source>Open a Dataset Folder (HumanML3D or KIT-ML layout, or motion files)</source>
        <translation>Ouvrir un dossier de jeu de données (organisation HumanML3D ou KIT-ML, ou fichiers de mouvement)</translation>
    </message>
    <message>
        <source>&amp;Export Annotations…</source>
        <translation>&amp;Exporter les annotations…</translation>
    </message>
    <message>
        <source>Export &amp;Video…</source>
        <translation>Exporter en &amp;vidéo…</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>&amp;Importer des annotations…</translation>
    </message>
    <message>
        <source>Import Annotations into the Active Clip</source>
        <translation>Importer des annotations dans le clip actif</translation>
    </message>
    <message>
        <source>Annotations (*.txt *.json *.csv);;HumanML3D texts (*.txt);;BABEL or KIT-ML JSON (*.json);;CSV (*.csv)</source>
        <translation>Annotations (*.txt *.json *.csv);;Textes HumanML3D (*.txt);;JSON BABEL ou KIT-ML (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Edit Segment…</source>
        <translation>&amp;Modifier le segment…</translation>
    </message>
    <message>
        <source>&amp;Delete Segment</source>
        <translation>&amp;Supprimer le segment</translation>
    </message>
    <message>
        <source>&amp;Split at Play Head</source>
        <translation>&amp;Diviser à la tête de lecture</translation>
    </message>
    <message>
        <source>&amp;Merge with Next</source>
        <translation>&amp;Fusionner avec le suivant</translation>
    </message>
    <message>
        <source>Mark &amp;In Point</source>
        <translation>Marquer le point d&apos;&amp;entrée</translation>
    </message>
    <message>
        <source>Add Segment to &amp;Out Point</source>
        <translation>Ajouter un segment jusqu&apos;au point de s&amp;ortie</translation>
    </message>
    <message>
        <source>Snap to &amp;Token Boundaries</source>
        <translation>Aligner sur les limites de &amp;jetons</translation>
    </message>
    <message>
        <source>Could Not Save the Edit</source>
        <translation>Impossible d&apos;enregistrer la modification</translation>
    </message>
    <message>
        <source>Could Not Create the Project</source>
        <translation>Impossible de créer le projet</translation>
    </message>
    <message>
        <source>Created project %1</source>
        <translation>Projet %1 créé</translation>
    </message>
    <message>
        <source>Could Not Open the Project</source>
        <translation>Impossible d&apos;ouvrir le projet</translation>
    </message>
    <message>
        <source>Opened project %1</source>
        <translation>Projet %1 ouvert</translation>
    </message>
    <message numerus="yes">
        <source>Opened project %1: %n clip file(s) moved or missing</source>
        <translation>
            <numerusform>Projet %1 ouvert : %n fichier de clip déplacé ou manquant</numerusform>
            <numerusform>Projet %1 ouvert : %n fichiers de clip déplacés ou manquants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Find the %n Missing Clip(s) in a Folder</source>
        <translation>
            <numerusform>Rechercher %n clip manquant dans un dossier</numerusform>
            <numerusform>Rechercher les %n clips manquants dans un dossier</numerusform>
        </translation>
    </message>
    <message>
        <source>Found %1 of %2 missing clips by their content</source>
        <translation>%1 clips manquants sur %2 retrouvés par leur contenu</translation>
    </message>
    <message>
        <source>The Folder Is Read-Only: Where Should Its Project Go?</source>
        <translation>Le dossier est en lecture seule : où placer son projet ?</translation>
    </message>
    <message>
        <source>Could Not Open the Dataset</source>
        <translation>Impossible d&apos;ouvrir le jeu de données</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n segment(s) from %1</source>
        <translation>
            <numerusform>%n segment importé depuis %1</numerusform>
            <numerusform>%n segments importés depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could Not Import Annotations</source>
        <translation>Impossible d&apos;importer les annotations</translation>
    </message>
    <message>
        <source>Edit Caption</source>
        <translation>Modifier la légende</translation>
    </message>
    <message>
        <source>Set Label</source>
        <translation>Définir l&apos;étiquette</translation>
    </message>
    <message>
        <source>Caption of frames %1–%2:</source>
        <translation>Légende des images %1–%2 :</translation>
    </message>
    <message>
        <source>Label of frames %1–%2 (a new one joins the vocabulary):</source>
        <translation>Étiquette des images %1–%2 (une nouvelle étiquette rejoint le vocabulaire) :</translation>
    </message>
    <message>
        <source>Move the play head inside the selected segment to split it</source>
        <translation>Placez la tête de lecture dans le segment sélectionné pour le diviser</translation>
    </message>
    <message>
        <source>No later segment on this tier to merge with</source>
        <translation>Aucun segment suivant sur cette piste avec lequel fusionner</translation>
    </message>
    <message>
        <source>No Project</source>
        <translation>Aucun projet</translation>
    </message>
    <message>
        <source>Annotations are kept in a project: create one with File ▸ New Project… (or open one), then use the caption again.</source>
        <translation>Les annotations sont conservées dans un projet : créez-en un avec Fichier ▸ Nouveau projet… (ou ouvrez-en un), puis utilisez de nouveau la légende.</translation>
    </message>
    <message>
        <source>GeoMotion projects (*.gmproj);;All files (*)</source>
        <translation>Projets GeoMotion (*.gmproj);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler « %1 »</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir « %1 »</translation>
    </message>
</context>
<context>
    <name>gm::ui::AnnotationLane</name>
    <message>
        <source>No project: File ▸ New Project… to annotate</source>
        <translation>Aucun projet : Fichier ▸ Nouveau projet… pour annoter</translation>
    </message>
    <message>
        <source>This clip is not a file the project can annotate</source>
        <translation>Ce clip n&apos;est pas un fichier que le projet peut annoter</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;frames %2–%3 (%4–%5 s)&lt;br&gt;%6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;images %2–%3 (%4–%5 s)&lt;br&gt;%6</translation>
    </message>
    <message>
        <source>caption by model %1</source>
        <translation>légende du modèle %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
</context>
<context>
    <name>gm::ui::CaptionDock</name>
    <message>
        <source>Generating…</source>
        <translation>Génération…</translation>
    </message>
    <message>
        <source>Candidate %1: %2</source>
        <translation>Candidat %1 : %2</translation>
    </message>
    <message>
        <source>Captioning failed: %1</source>
        <translation>Échec de la génération de la légende : %1</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation>&amp;Légender</translation>
    </message>
    <message>
        <source>Caption the clip or the selected tokens (%1)</source>
        <translation>Légender le clip ou les jetons sélectionnés (%1)</translation>
    </message>
    <message>
        <source>Cancel Caption</source>
        <translation>Annuler la génération de légende</translation>
    </message>
    <message>
        <source>Copy Caption</source>
        <translation>Copier la légende</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>&amp;Use as Annotation</source>
        <translation>&amp;Utiliser comme annotation</translation>
    </message>
    <message>
        <source>Add the chosen caption to the project as a segment over its tokens (%1)</source>
        <translation>Ajouter la légende choisie au projet comme segment couvrant ses jetons (%1)</translation>
    </message>
    <message>
        <source>Use as Annotation</source>
        <translation>Utiliser comme annotation</translation>
    </message>
    <message>
        <source>&amp;Decoding:</source>
        <translation>&amp;Décodage :</translation>
    </message>
    <message>
        <source>Greedy (as released)</source>
        <translation>Glouton (comme publié)</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Échantillonnage</translation>
    </message>
    <message>
        <source>Beam search</source>
        <translation>Recherche en faisceau</translation>
    </message>
    <message>
        <source>Ca&amp;ndidates:</source>
        <translation>&amp;Candidats :</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Température :</translation>
    </message>
    <message>
        <source>Top-&amp;k (0: all):</source>
        <translation>Top-&amp;k (0 : tous) :</translation>
    </message>
    <message>
        <source>Top-&amp;p:</source>
        <translation>Top-&amp;p :</translation>
    </message>
    <message>
        <source>&amp;Beams:</source>
        <translation>&amp;Faisceaux :</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Graine :</translation>
    </message>
    <message>
        <source>&amp;Max tokens:</source>
        <translation>&amp;Jetons max. :</translation>
    </message>
    <message>
        <source>log p</source>
        <translation>log p</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Open a clip to caption it.</source>
        <translation>Ouvrez un clip pour le légender.</translation>
    </message>
    <message>
        <source>No model loaded.</source>
        <translation>Aucun modèle chargé.</translation>
    </message>
    <message>
        <source>The model %1 has no captioner.</source>
        <translation>Le modèle %1 n&apos;a pas de générateur de légendes.</translation>
    </message>
    <message>
        <source>Tokenizing %1…</source>
        <translation>Tokenisation de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Whole clip: %n token(s), %1–%2 s</source>
        <translation>
            <numerusform>Clip entier : %n jeton, %1–%2 s</numerusform>
            <numerusform>Clip entier : %n jetons, %1–%2 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens %1–%2 of %3: %4–%5 s (drag on the token lane to change, click to clear)</source>
        <translation>Jetons %1–%2 sur %3 : %4–%5 s (faites glisser sur la piste des jetons pour modifier, cliquez pour effacer)</translation>
    </message>
    <message>
        <source>tokens %1–%2</source>
        <translation>jetons %1–%2</translation>
    </message>
    <message>
        <source>Cancelled (%1): what was made so far is kept.</source>
        <translation>Annulé (%1) : ce qui a déjà été produit est conservé.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) for %1 in %2 s</source>
        <translation>
            <numerusform>%n candidat pour %1 en %2 s</numerusform>
            <numerusform>%n candidats pour %1 en %2 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Caption candidates</source>
        <translation>Légendes candidates</translation>
    </message>
    <message>
        <source>Caption</source>
        <comment>button: caption the clip now</comment>
        <translation>Légender</translation>
    </message>
    <message numerus="yes">
        <source>It reads %n token(s) at most: select %1–%2 for the rest.</source>
        <translation>
            <numerusform>Il lit au plus %n jeton : sélectionnez %1–%2 pour la suite.</numerusform>
            <numerusform>Il lit au plus %n jetons : sélectionnez %1–%2 pour la suite.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gm::ui::ClipListDock</name>
    <message>
        <source>Close Clip</source>
        <translation>Fermer le clip</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message>
        <source>Open clips</source>
        <translation>Clips ouverts</translation>
    </message>
    <message>
        <source>%1
%2, %3 joints, %4 frames at %5 fps (%6 s)</source>
        <translation>%1
%2, %3 articulations, %4 images à %5 i/s (%6 s)</translation>
    </message>
</context>
<context>
    <name>gm::ui::DatasetDock</name>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>All clips</source>
        <translation>Tous les clips</translation>
    </message>
    <message>
        <source>Without annotations</source>
        <translation>Sans annotations</translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation>Annotés</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>&amp;Next Clip Without Annotations</source>
        <translation>Clip suiva&amp;nt sans annotations</translation>
    </message>
    <message>
        <source>P&amp;revious Clip Without Annotations</source>
        <translation>Clip pré&amp;cédent sans annotations</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n clip(s) annotated</source>
        <translation>
            <numerusform>%1 sur %n clip annoté</numerusform>
            <numerusform>%1 sur %n clips annotés</numerusform>
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
        <translation>%1 s : erreur de reconstruction %2</translation>
    </message>
</context>
<context>
    <name>gm::ui::ExportDialog</name>
    <message>
        <source>Export Annotations</source>
        <translation>Exporter les annotations</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>&amp;HumanML3D layout (joints, features, texts, motion tokens)</source>
        <translation>Organisation &amp;HumanML3D (articulations, caractéristiques, textes, jetons de mouvement)</translation>
    </message>
    <message>
        <source>BABEL &amp;JSON</source>
        <translation>&amp;JSON BABEL</translation>
    </message>
    <message>
        <source>&amp;CSV of segments</source>
        <translation>&amp;CSV des segments</translation>
    </message>
    <message>
        <source>B&amp;VH of each segment on its skeleton</source>
        <translation>B&amp;VH de chaque segment sur son squelette</translation>
    </message>
    <message>
        <source>&amp;Token ids (.npy)</source>
        <translation>&amp;Identifiants de jetons (.npy)</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formats :</translation>
    </message>
    <message>
        <source>Token ids need a model: load one first</source>
        <translation>Les identifiants de jetons nécessitent un modèle : chargez-en un d&apos;abord</translation>
    </message>
    <message>
        <source>&amp;Whole clips (one item per annotated clip)</source>
        <translation>Clips en&amp;tiers (un élément par clip annoté)</translation>
    </message>
    <message>
        <source>&amp;Replace existing files</source>
        <translation>&amp;Remplacer les fichiers existants</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Annuler l&apos;exportation</translation>
    </message>
    <message>
        <source>Export Into</source>
        <translation>Exporter dans</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;exportation : %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n item(s); the files written are complete.</source>
        <translation>
            <numerusform>Annulé après %n élément ; les fichiers écrits sont complets.</numerusform>
            <numerusform>Annulé après %n éléments ; les fichiers écrits sont complets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s)</source>
        <translation>
            <numerusform>%n élément exporté</numerusform>
            <numerusform>%n éléments exportés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n file(s), to %1.</source>
        <translation>
            <numerusform>, %n fichier, vers %1.</numerusform>
            <numerusform>, %n fichiers, vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped:</source>
        <translation>
            <numerusform>%n ignoré :</numerusform>
            <numerusform>%n ignorés :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gm::ui::GeometryDock</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Could not count %1: %2</source>
        <translation>Impossible de compter %1 : %2</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>Géométrie</translation>
    </message>
    <message>
        <source>Gram matrix</source>
        <translation>Matrice de Gram</translation>
    </message>
    <message>
        <source>PCA</source>
        <translation>ACP</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Lignes :</translation>
    </message>
    <message>
        <source>DVQ codebook</source>
        <translation>Dictionnaire de codes DVQ</translation>
    </message>
    <message>
        <source>Captioner motion embeddings</source>
        <translation>Plongements de mouvement du générateur de légendes</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Ordre :</translation>
    </message>
    <message>
        <source>By code</source>
        <translation>Par code</translation>
    </message>
    <message>
        <source>By count</source>
        <translation>Par nombre</translation>
    </message>
    <message>
        <source>Count a &amp;Folder…</source>
        <translation>Compter un &amp;dossier…</translation>
    </message>
    <message>
        <source>Tokenize every clip of a dataset folder (HumanML3D layout or motion files) and show its code usage</source>
        <translation>Tokeniser chaque clip d&apos;un dossier de jeu de données (organisation HumanML3D ou fichiers de mouvement) et afficher l&apos;utilisation de ses codes</translation>
    </message>
    <message>
        <source>Open &amp;Clip</source>
        <translation>&amp;Clip ouvert</translation>
    </message>
    <message>
        <source>Show the code usage of the open clip again</source>
        <translation>Afficher de nouveau l&apos;utilisation des codes du clip ouvert</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Codebook and motion embeddings (PCA)</source>
        <translation>Dictionnaire de codes et plongements de mouvement (ACP)</translation>
    </message>
    <message>
        <source>Captioner rows (aligned)</source>
        <translation>Lignes du générateur de légendes (alignées)</translation>
    </message>
    <message>
        <source>PC1 (%1 % of the codebook&apos;s variance)</source>
        <translation>CP1 (%1 % de la variance du dictionnaire de codes)</translation>
    </message>
    <message>
        <source>PC2 (%1 %)</source>
        <translation>CP2 (%1 %)</translation>
    </message>
    <message>
        <source>Captioner rows: own PCA (%1 %, %2 %), rotated onto the codebook&apos;s</source>
        <translation>Lignes du générateur de légendes : ACP propre (%1 %, %2 %), tournée sur celle du dictionnaire de codes</translation>
    </message>
    <message>
        <source>Cosine similarity of the captioner&apos;s motion embeddings</source>
        <translation>Similarité cosinus des plongements de mouvement du générateur de légendes</translation>
    </message>
    <message>
        <source>Cosine similarity of the DVQ codebook</source>
        <translation>Similarité cosinus du dictionnaire de codes DVQ</translation>
    </message>
    <message>
        <source>orthogonality mean((ĈĈᵀ − I)²) = %1 over %2 codes</source>
        <translation>orthogonalité : moyenne((ĈĈᵀ − I)²) = %1 sur %2 codes</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Aucun modèle chargé</translation>
    </message>
    <message>
        <source>Count the Codes of a Folder</source>
        <translation>Compter les codes d&apos;un dossier</translation>
    </message>
    <message>
        <source>Counting the codes of %1…</source>
        <translation>Comptage des codes de %1…</translation>
    </message>
    <message>
        <source>Code usage in %1</source>
        <translation>Utilisation des codes dans %1</translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s), %1 tokens, %2 distinct codes of %3, perplexity %4</source>
        <translation>
            <numerusform>%n clip, %1 jetons, %2 codes distincts sur %3, perplexité %4</numerusform>
            <numerusform>%n clips, %1 jetons, %2 codes distincts sur %3, perplexité %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) skipped</source>
        <translation>
            <numerusform> ; %n fichier ignoré</numerusform>
            <numerusform> ; %n fichiers ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled: partial counts)</source>
        <translation> (annulé : comptages partiels)</translation>
    </message>
    <message>
        <source>Skipped:
%1</source>
        <translation>Ignorés :
%1</translation>
    </message>
    <message>
        <source>Code usage</source>
        <translation>Utilisation des codes</translation>
    </message>
    <message>
        <source>%1 tokens, %2 distinct codes of %3, perplexity %4</source>
        <translation>%1 jetons, %2 codes distincts sur %3, perplexité %4</translation>
    </message>
    <message>
        <source>Open a clip to see its codes</source>
        <translation>Ouvrez un clip pour voir ses codes</translation>
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
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Front</source>
        <translation>&amp;Face</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Arrière</translation>
    </message>
    <message>
        <source>&amp;Top</source>
        <translation>&amp;Dessus</translation>
    </message>
    <message>
        <source>&amp;Perspective</source>
        <translation>&amp;Perspective</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>&amp;Caméra</translation>
    </message>
    <message>
        <source>Show &amp;Grid</source>
        <translation>Afficher la &amp;grille</translation>
    </message>
    <message>
        <source>Show &amp;Axes</source>
        <translation>Afficher les a&amp;xes</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>Ple&amp;in écran</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About GeoMotion Studio</source>
        <translation>À &amp;propos de GeoMotion Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>No OpenGL 3.3</source>
        <translation>Pas d&apos;OpenGL 3.3</translation>
    </message>
    <message>
        <source>OpenGL %1 · %2</source>
        <translation>OpenGL %1 · %2</translation>
    </message>
    <message>
        <source>About GeoMotion Studio</source>
        <translation>À propos de GeoMotion Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GeoMotion Studio&lt;/h3&gt;&lt;p&gt;See, tokenize, caption and annotate human motion with the GeoMotionGPT model.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GeoMotion Studio&lt;/h3&gt;&lt;p&gt;Visualisez, tokenisez, légendez et annotez le mouvement humain avec le modèle GeoMotionGPT.&lt;/p&gt;&lt;p&gt;Distribué sous la licence publique générale GNU (GNU General Public License), version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Chargement annulé</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open &amp;Demo Clip</source>
        <translation>Ouvrir le clip de dé&amp;monstration</translation>
    </message>
    <message>
        <source>The demo clip is not installed</source>
        <translation>Le clip de démonstration n&apos;est pas installé</translation>
    </message>
    <message>
        <source>&amp;Close Clip</source>
        <translation>&amp;Fermer le clip</translation>
    </message>
    <message>
        <source>Close &amp;All Clips</source>
        <translation>Fermer &amp;tous les clips</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>&amp;Côté</translation>
    </message>
    <message>
        <source>&amp;Other Side</source>
        <translation>Au&amp;tre côté</translation>
    </message>
    <message>
        <source>&amp;Fit to Clips</source>
        <translation>&amp;Ajuster aux clips</translation>
    </message>
    <message>
        <source>F&amp;ollow the Active Clip</source>
        <translation>&amp;Suivre le clip actif</translation>
    </message>
    <message>
        <source>Several &amp;Clips</source>
        <translation>&amp;Plusieurs clips</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>&amp;Côte à côte</translation>
    </message>
    <message>
        <source>&amp;Overlaid</source>
        <translation>&amp;Superposés</translation>
    </message>
    <message>
        <source>Root &amp;Trajectory</source>
        <translation>&amp;Trajectoire de la racine</translation>
    </message>
    <message>
        <source>Joint T&amp;rails</source>
        <translation>Traînées des a&amp;rticulations</translation>
    </message>
    <message>
        <source>Show S&amp;hadows</source>
        <translation>Afficher les &amp;ombres</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>C&amp;hronologie</translation>
    </message>
    <message>
        <source>C&amp;lip List</source>
        <translation>&amp;Liste des clips</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>Open Motion Files</source>
        <translation>Ouvrir des fichiers de mouvement</translation>
    </message>
    <message>
        <source>Opened %1: %2 joints, %3 frames at %4 fps</source>
        <translation>%1 ouvert : %2 articulations, %3 images à %4 i/s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>Could Not Open File</source>
        <translation>Impossible d&apos;ouvrir le fichier</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 n&apos;a pas pu être ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>Loading %n file(s)…</source>
        <translation>
            <numerusform>Chargement de %n fichier…</numerusform>
            <numerusform>Chargement de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — GeoMotion Studio</source>
        <translation>%1 — GeoMotion Studio</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>MPJPE</source>
        <translation>MPJPE</translation>
    </message>
    <message>
        <source>Loading model %1…</source>
        <translation>Chargement du modèle %1…</translation>
    </message>
    <message>
        <source>Cannot tokenize the clip: %1</source>
        <translation>Impossible de tokeniser le clip : %1</translation>
    </message>
    <message>
        <source>Cannot decode: %1</source>
        <translation>Impossible de décoder : %1</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Aucun modèle</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Reconstruction</source>
        <translation>Reco&amp;nstruction</translation>
    </message>
    <message>
        <source>Draw the tokenizer&apos;s decoding of each clip beside it (side by side) or over it (overlaid)</source>
        <translation>Dessiner le décodage de chaque clip par le tokeniseur à côté de celui-ci (côte à côte) ou par-dessus (superposé)</translation>
    </message>
    <message>
        <source>C&amp;aption</source>
        <translation>Légend&amp;e</translation>
    </message>
    <message>
        <source>&amp;Geometry</source>
        <translation>Géo&amp;métrie</translation>
    </message>
    <message>
        <source>&amp;Dataset</source>
        <translation>&amp;Jeu de données</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>&amp;Open Model…</source>
        <translation>&amp;Ouvrir un modèle…</translation>
    </message>
    <message>
        <source>Use the &amp;Bundled Model</source>
        <translation>Utiliser le modèle &amp;fourni</translation>
    </message>
    <message>
        <source>Model &amp;Info…</source>
        <translation>&amp;Informations sur le modèle…</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>&amp;Périphérique</translation>
    </message>
    <message>
        <source>&amp;Automatic (CUDA when available)</source>
        <translation>&amp;Automatique (CUDA si disponible)</translation>
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
        <translation>C&amp;UDA (non disponible dans cette version ou sur cette machine)</translation>
    </message>
    <message>
        <source>&amp;Preview the Selected Code</source>
        <translation>&amp;Aperçu du code sélectionné</translation>
    </message>
    <message>
        <source>Decode eight tokens of the selected code and open the motion as a clip</source>
        <translation>Décoder huit jetons du code sélectionné et ouvrir le mouvement comme un clip</translation>
    </message>
    <message>
        <source>bundled default</source>
        <translation>fourni par défaut</translation>
    </message>
    <message>
        <source>Open Model Directory (config.json, model.safetensors, mean/std, tokenizer files)</source>
        <translation>Ouvrir le répertoire d&apos;un modèle (config.json, model.safetensors, mean/std, fichiers du tokeniseur)</translation>
    </message>
    <message>
        <source>Model %1 · %2</source>
        <translation>Modèle %1 · %2</translation>
    </message>
    <message>
        <source>Loaded model %1 in %2 s</source>
        <translation>Modèle %1 chargé en %2 s</translation>
    </message>
    <message>
        <source>Could Not Load Model</source>
        <translation>Impossible de charger le modèle</translation>
    </message>
    <message>
        <source>The model in %1 could not be loaded.</source>
        <translation>Le modèle de %1 n&apos;a pas pu être chargé.</translation>
    </message>
    <message>
        <source>

The model %1 stays loaded.</source>
        <translation>

Le modèle %1 reste chargé.</translation>
    </message>
    <message>
        <source>Model Info</source>
        <translation>Informations sur le modèle</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>Aucun modèle n&apos;est chargé.</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Répertoire</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>Tokenizer</source>
        <translation>Tokeniseur</translation>
    </message>
    <message>
        <source>%1 parameters, width %2</source>
        <translation>%1 paramètres, largeur %2</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Dictionnaire de codes</translation>
    </message>
    <message>
        <source>%1 codes × %2</source>
        <translation>%1 codes × %2</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Caractéristiques</translation>
    </message>
    <message>
        <source>%1-D, %2 frames per token</source>
        <translation>%1 dimensions, %2 images par jeton</translation>
    </message>
    <message>
        <source>Captioner</source>
        <translation>Générateur de légendes</translation>
    </message>
    <message>
        <source>%1 parameters, embedding width %2</source>
        <translation>%1 paramètres, largeur de plongement %2</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulaire</translation>
    </message>
    <message>
        <source>%1 (50257 text + %2 motion + 3 special)</source>
        <translation>%1 (50257 texte + %2 mouvement + 3 spéciaux)</translation>
    </message>
    <message>
        <source>none (a tokenizer-only model)</source>
        <translation>aucun (modèle avec tokeniseur seul)</translation>
    </message>
    <message>
        <source>Codebook orthogonality</source>
        <translation>Orthogonalité du dictionnaire de codes</translation>
    </message>
    <message>
        <source>Loaded in</source>
        <translation>Chargé en</translation>
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
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Manage Models…</source>
        <translation>&amp;Gérer les modèles…</translation>
    </message>
    <message>
        <source>The bundled and installed models: use, remove, download</source>
        <translation>Le modèle fourni et les modèles installés : utiliser, supprimer, télécharger</translation>
    </message>
    <message>
        <source>Install the paper&apos;s released model, or one from a URL or folder</source>
        <translation>Installer le modèle publié avec l&apos;article, ou un modèle depuis une URL ou un dossier</translation>
    </message>
    <message>
        <source>Installed the model in %1</source>
        <translation>Modèle installé dans %1</translation>
    </message>
    <message>
        <source>Do&amp;wnload Model…</source>
        <translation>Téléc&amp;harger un modèle…</translation>
    </message>
</context>
<context>
    <name>gm::ui::ModelDownloadDialog</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 ko</translation>
    </message>
    <message>
        <source>Download Model</source>
        <translation>Télécharger un modèle</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Another source (a URL or a folder)</source>
        <translation>Une autre source (une URL ou un dossier)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Depuis :</translation>
    </message>
    <message>
        <source>https://huggingface.co/OWNER/REPO, a manifest (.json) or a model folder</source>
        <translation>https://huggingface.co/OWNER/REPO, un manifeste (.json) ou un dossier de modèle</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Choisir un dossier de modèle</translation>
    </message>
    <message>
        <source>&amp;Install as:</source>
        <translation>&amp;Installer sous :</translation>
    </message>
    <message>
        <source>the source&apos;s name</source>
        <translation>le nom de la source</translation>
    </message>
    <message>
        <source>&amp;Replace an installed model of that name</source>
        <translation>&amp;Remplacer un modèle installé portant ce nom</translation>
    </message>
    <message>
        <source>Models are installed in %1</source>
        <translation>Les modèles sont installés dans %1</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the download: what arrived is kept, and downloading again resumes it</source>
        <translation>Arrêter le téléchargement : ce qui est arrivé est conservé, et un nouveau téléchargement reprend</translation>
    </message>
    <message>
        <source>&amp;Use Now</source>
        <translation>&amp;Utiliser maintenant</translation>
    </message>
    <message>
        <source>Any http(s) folder with config.json and model.safetensors (the official layout), a Hugging Face repository, a manifest, or a folder on this computer. The GPT-2 tokenizer files and HumanML3D&apos;s statistics are added when the source lacks them.</source>
        <translation>N&apos;importe quel dossier http(s) avec config.json et model.safetensors (la structure officielle), un dépôt Hugging Face, un manifeste ou un dossier de cet ordinateur. Les fichiers du tokeniseur GPT-2 et les statistiques de HumanML3D sont ajoutés quand la source ne les a pas.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence :</translation>
    </message>
    <message>
        <source>Cite:</source>
        <translation>Citer :</translation>
    </message>
    <message>
        <source>Download size: %1</source>
        <translation>Taille du téléchargement : %1</translation>
    </message>
    <message>
        <source>A Model Folder to Install</source>
        <translation>Un dossier de modèle à installer</translation>
    </message>
    <message>
        <source>Give a URL or a folder to install from.</source>
        <translation>Indiquez une URL ou un dossier à partir duquel installer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a model&apos;s name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>« %1 » ne peut pas être un nom de modèle : utilisez des lettres, des chiffres, « . », « _ » et « - ».</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Recherche de %1…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Downloading %1 (file %2 of %3): %4</source>
        <translation>Téléchargement de %1 (fichier %2 sur %3) : %4</translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation> · %1/s</translation>
    </message>
    <message numerus="yes">
        <source> · about %n min left</source>
        <translation>
            <numerusform> · environ %n minute restante</numerusform>
            <numerusform> · environ %n minutes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n s left</source>
        <translation>
            <numerusform> · %n seconde restante</numerusform>
            <numerusform> · %n secondes restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1: %2</source>
        <translation>Vérification de %1 : %2</translation>
    </message>
    <message>
        <source>Adding the tokenizer files and dataset statistics the source lacks…</source>
        <translation>Ajout des fichiers du tokeniseur et des statistiques du jeu de données absents de la source…</translation>
    </message>
    <message>
        <source>Loading the model to check every tensor…</source>
        <translation>Chargement du modèle pour vérifier chaque tenseur…</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Installation…</translation>
    </message>
    <message>
        <source>Installed in %1.</source>
        <translation>Installé dans %1.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>Stopped. Nothing was installed; what arrived is kept, and Download resumes it.</source>
        <translation>Arrêté. Rien n&apos;a été installé ; ce qui est arrivé est conservé, et Télécharger reprend.</translation>
    </message>
    <message>
        <source>Could not install the model: %1</source>
        <translation>Impossible d&apos;installer le modèle : %1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
</context>
<context>
    <name>gm::ui::ModelManagerDialog</name>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Utiliser</translation>
    </message>
    <message>
        <source>Load the selected model</source>
        <translation>Charger le modèle sélectionné</translation>
    </message>
    <message>
        <source>&amp;Download Model…</source>
        <translation>&amp;Télécharger un modèle…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Installed models are kept in %1 (geomotion model list shows them too)</source>
        <translation>Les modèles installés sont conservés dans %1 (geomotion model list les affiche aussi)</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (utilisé)</translation>
    </message>
    <message>
        <source>Bundled default</source>
        <translation>Modèle fourni par défaut</translation>
    </message>
    <message>
        <source>with the studio</source>
        <translation>avec le studio</translation>
    </message>
    <message>
        <source>trained for GeoMotion Studio (see its README)</source>
        <translation>entraîné pour GeoMotion Studio (voir son README)</translation>
    </message>
    <message>
        <source>The small default model that ships with the studio: a DVQ and a GPT-2-architecture captioner trained on procedural motion and CMU clips. Folder: %1</source>
        <translation>Le petit modèle par défaut fourni avec le studio : un DVQ et un générateur de légendes à architecture GPT-2, entraînés sur du mouvement procédural et des clips CMU. Dossier : %1</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>à la main</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Dossier : %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licence : %1</translation>
    </message>
    <message>
        <source>Cite: %1</source>
        <translation>Citer : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), each with its SHA-256 in %1</source>
        <translation>
            <numerusform>%n fichier, avec son SHA-256 dans %1</numerusform>
            <numerusform>%n fichiers, chacun avec son SHA-256 dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (partial download)</source>
        <translation>%1 (téléchargement partiel)</translation>
    </message>
    <message>
        <source>A download that did not finish: Download Model… with the same source and name resumes it; Remove discards it.</source>
        <translation>Un téléchargement inachevé : Télécharger un modèle… avec la même source et le même nom le reprend ; Supprimer l&apos;abandonne.</translation>
    </message>
    <message>
        <source>The model in use cannot be removed: load another one first</source>
        <translation>Le modèle utilisé ne peut pas être supprimé : chargez-en d&apos;abord un autre</translation>
    </message>
    <message>
        <source>The bundled model comes with the studio</source>
        <translation>Le modèle fourni fait partie du studio</translation>
    </message>
    <message>
        <source>Remove Model</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Discard the partial download of %1?</source>
        <translation>Abandonner le téléchargement partiel de %1 ?</translation>
    </message>
    <message>
        <source>Remove the model %1 and its files (%2)?</source>
        <translation>Supprimer le modèle %1 et ses fichiers (%2) ?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>gm::ui::PreferencesDialog</name>
    <message>
        <source>The Model to Load at Start</source>
        <translation>Modèle à charger au démarrage</translation>
    </message>
    <message>
        <source>Where Projects Are Kept</source>
        <translation>Emplacement des projets</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language of menus, panels and messages; it changes at once</source>
        <translation>La langue des menus, des panneaux et des messages ; elle change immédiatement</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Length &amp;units:</source>
        <translation>&amp;Unités de longueur :</translation>
    </message>
    <message>
        <source>Centimetres (cm)</source>
        <translation>Centimètres (cm)</translation>
    </message>
    <message>
        <source>Metres (m)</source>
        <translation>Mètres (m)</translation>
    </message>
    <message>
        <source>&amp;Up axis of motion files:</source>
        <translation>Axe &amp;vertical des fichiers de mouvement :</translation>
    </message>
    <message>
        <source>As the file says or as detected</source>
        <translation>Selon le fichier ou la détection</translation>
    </message>
    <message>
        <source>Always Y</source>
        <translation>Toujours Y</translation>
    </message>
    <message>
        <source>Always Z</source>
        <translation>Toujours Z</translation>
    </message>
    <message>
        <source>For files whose figure lies down or stands on its head: applies to open clips too</source>
        <translation>Pour les fichiers dont le personnage est couché ou la tête en bas : s&apos;applique aussi aux clips ouverts</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>&amp;At start, load:</source>
        <translation>&amp;Au démarrage, charger :</translation>
    </message>
    <message>
        <source>The last model used</source>
        <translation>Le dernier modèle utilisé</translation>
    </message>
    <message>
        <source>The bundled default model</source>
        <translation>Le modèle fourni par défaut</translation>
    </message>
    <message>
        <source>This model directory:</source>
        <translation>Ce répertoire de modèle :</translation>
    </message>
    <message>
        <source>A model directory (config.json, model.safetensors, …)</source>
        <translation>Un répertoire de modèle (config.json, model.safetensors, …)</translation>
    </message>
    <message>
        <source>Model directory to load at start</source>
        <translation>Répertoire du modèle à charger au démarrage</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the model directory</source>
        <translation>Choisir le répertoire du modèle</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>Pér&amp;iphérique :</translation>
    </message>
    <message>
        <source>Automatic (CUDA when available)</source>
        <translation>Automatique (CUDA si disponible)</translation>
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
        <translation>CUDA (non disponible dans cette version ou sur cette machine)</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>Vite&amp;sse :</translation>
    </message>
    <message>
        <source>&amp;Loop at the end</source>
        <translation>&amp;Boucler à la fin</translation>
    </message>
    <message>
        <source>&amp;Play clips as soon as they open</source>
        <translation>Lire les &amp;clips dès leur ouverture</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>Where New Project and Open Project start</source>
        <translation>Dossier de départ de Nouveau projet et Ouvrir un projet</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Choose the projects folder</source>
        <translation>Choisir le dossier des projets</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>&amp;Restaurer les valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>gm::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>gm::ui::TimelineDock</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation>&amp;Reculer d&apos;une image</translation>
    </message>
    <message>
        <source>Step &amp;Forward</source>
        <translation>&amp;Avancer d&apos;une image</translation>
    </message>
    <message>
        <source>Go to &amp;Start</source>
        <translation>Aller au &amp;début</translation>
    </message>
    <message>
        <source>Go to &amp;End</source>
        <translation>Aller à la &amp;fin</translation>
    </message>
    <message>
        <source>&amp;Loop</source>
        <translation>&amp;Boucle</translation>
    </message>
    <message>
        <source>&amp;Slower</source>
        <translation>&amp;Moins vite</translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation>Plus &amp;vite</translation>
    </message>
    <message>
        <source>&amp;Normal Speed</source>
        <translation>Vitesse &amp;normale</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <source>Playback speed ([ slower, ] faster, \ normal)</source>
        <translation>Vitesse de lecture ([ moins vite, ] plus vite, \ normale)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>frame %1 / %2</source>
        <translation>image %1 / %2</translation>
    </message>
    <message>
        <source>no clip</source>
        <translation>aucun clip</translation>
    </message>
</context>
<context>
    <name>gm::ui::TimelineLane</name>
    <message>
        <source>Loading the model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <source>No model: open one from the Model menu</source>
        <translation>Aucun modèle : ouvrez-en un depuis le menu Modèle</translation>
    </message>
    <message>
        <source>Tokenizing…</source>
        <translation>Tokenisation…</translation>
    </message>
    <message>
        <source>Cannot tokenize this clip: %1</source>
        <translation>Impossible de tokeniser ce clip : %1</translation>
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
            <numerusform>&lt;b&gt;Jeton %1&lt;/b&gt; · %2–%3 s&lt;br&gt;Code &lt;b&gt;%4&lt;/b&gt;, probabilité %5&lt;br&gt;Alternatives : %6&lt;br&gt;Le code %4 apparaît %n fois dans ce clip</numerusform>
            <numerusform>&lt;b&gt;Jeton %1&lt;/b&gt; · %2–%3 s&lt;br&gt;Code &lt;b&gt;%4&lt;/b&gt;, probabilité %5&lt;br&gt;Alternatives : %6&lt;br&gt;Le code %4 apparaît %n fois dans ce clip</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gm::ui::VideoExportDialog</name>
    <message>
        <source>Export Video</source>
        <translation>Exporter une vidéo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File (.mp4 or .gif):</source>
        <translation>&amp;Fichier (.mp4 ou .gif) :</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> i/s</translation>
    </message>
    <message>
        <source>&amp;Frame rate:</source>
        <translation>Fréquence d&apos;&amp;images :</translation>
    </message>
    <message>
        <source>The &amp;reconstruction beside the clip</source>
        <translation>La &amp;reconstruction à côté du clip</translation>
    </message>
    <message>
        <source>Replace the file if it &amp;exists</source>
        <translation>Remplacer le fichier s&apos;il e&amp;xiste</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Annuler l&apos;exportation</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4);;GIF animation (*.gif)</source>
        <translation>Vidéo MP4 (*.mp4);;Animation GIF (*.gif)</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>Exportation impossible : %1</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Rendu…</translation>
    </message>
    <message>
        <source>Shaded, as the 3-D view</source>
        <translation>Ombré, comme la vue 3D</translation>
    </message>
    <message>
        <source>Figure: lines and dots (fast without a GPU)</source>
        <translation>Figure : lignes et points (rapide sans GPU)</translation>
    </message>
    <message>
        <source>S&amp;tyle:</source>
        <translation>S&amp;tyle :</translation>
    </message>
</context>
<context>
    <name>gm::ui::ViewportWidget</name>
    <message>
        <source>3-D view</source>
        <translation>Vue 3D</translation>
    </message>
    <message>
        <source>The 3-D view needs OpenGL 3.3.
%1</source>
        <translation>La vue 3D nécessite OpenGL 3.3.
%1</translation>
    </message>
</context>
<context>
    <name>gm::ui::plots::HeatmapPlot</name>
    <message>
        <source>code j</source>
        <translation>code j</translation>
    </message>
    <message>
        <source>code i</source>
        <translation>code i</translation>
    </message>
    <message>
        <source>No matrix</source>
        <translation>Aucune matrice</translation>
    </message>
    <message>
        <source>codes %1 and %2: cosine %3</source>
        <translation>codes %1 et %2 : cosinus %3</translation>
    </message>
</context>
<context>
    <name>gm::ui::plots::HistogramPlot</name>
    <message>
        <source>codes by count (rank)</source>
        <translation>codes par nombre (rang)</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>jetons</translation>
    </message>
    <message>
        <source>No counts</source>
        <translation>Aucun comptage</translation>
    </message>
    <message>
        <source>code %1: %2 tokens (%3 %)</source>
        <translation>code %1 : %2 jetons (%3 %)</translation>
    </message>
</context>
<context>
    <name>gm::ui::plots::PlotWidget</name>
    <message>
        <source>Could not export %1: the size %2 × %3 is not between 1 and %4 pixels.</source>
        <translation>Impossible d&apos;exporter %1 : la taille %2 × %3 n&apos;est pas comprise entre 1 et %4 pixels.</translation>
    </message>
    <message>
        <source>Could not export %1: not enough memory for a %2 × %3 image.</source>
        <translation>Impossible d&apos;exporter %1 : mémoire insuffisante pour une image de %2 × %3.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Could not write %1: the PNG encoder failed.</source>
        <translation>Impossible d&apos;écrire %1 : l&apos;encodeur PNG a échoué.</translation>
    </message>
    <message>
        <source>A GeoMotion Studio plot</source>
        <translation>Un graphique GeoMotion Studio</translation>
    </message>
    <message>
        <source>Could not write %1: the SVG generator did not start.</source>
        <translation>Impossible d&apos;écrire %1 : le générateur SVG n&apos;a pas démarré.</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Exporter en SVG…</translation>
    </message>
    <message>
        <source>plot</source>
        <translation>graphique</translation>
    </message>
    <message>
        <source>Export SVG</source>
        <translation>Exporter en SVG</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Exporter en PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
</context>
<context>
    <name>gm::ui::plots::ScatterPlot</name>
    <message>
        <source>same code</source>
        <translation>même code</translation>
    </message>
    <message>
        <source>code %1 (%2): (%3, %4)</source>
        <translation>code %1 (%2) : (%3, %4)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See, tokenize, caption and annotate human motion.</source>
        <translation>Visualisez, tokenisez, légendez et annotez le mouvement humain.</translation>
    </message>
    <message>
        <source>Save a PNG of the window once it is shown, then quit.</source>
        <translation>Enregistrer un PNG de la fenêtre dès qu&apos;elle est affichée, puis quitter.</translation>
    </message>
    <message>
        <source>Motion files to open; they start playing.</source>
        <translation>Fichiers de mouvement à ouvrir ; leur lecture démarre.</translation>
    </message>
    <message>
        <source>Print where the bundled model and demo clip were found, then quit.</source>
        <translation>Afficher où le modèle fourni et le clip de démonstration ont été trouvés, puis quitter.</translation>
    </message>
</context>
</TS>
