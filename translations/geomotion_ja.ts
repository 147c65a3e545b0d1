<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>QObject</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB, more than an annotation file can be (%3 MB)</source>
        <translation>%1 は %2 MB あり、アノテーションファイルの上限 (%3 MB) を超えています</translation>
    </message>
    <message>
        <source>%1: no caption#tokens#start#end line%2</source>
        <translation>%1: caption#tokens#start#end 形式の行がありません%2</translation>
    </message>
    <message>
        <source>%1 holds %2 entries: name the clip to import</source>
        <translation>%1 には %2 件のエントリがあります: インポートするクリップを指定してください</translation>
    </message>
    <message>
        <source>%1: no entry for %2 (by id, path, feat_p or url)</source>
        <translation>%1: %2 のエントリがありません (id、path、feat_p、url で検索)</translation>
    </message>
    <message>
        <source>%1: %2 is not a time in seconds</source>
        <translation>%1: %2 は秒単位の時刻ではありません</translation>
    </message>
    <message>
        <source>%1: not JSON at byte %2: %3</source>
        <translation>%1: %2 バイト目が JSON ではありません: %3</translation>
    </message>
    <message>
        <source>%1: expected an object of annotated sequences</source>
        <translation>%1: アノテーション付きシーケンスのオブジェクトが必要です</translation>
    </message>
    <message>
        <source>annotation %1</source>
        <translation>アノテーション %1</translation>
    </message>
    <message>
        <source>%1: the entry has neither annotations nor BABEL labels</source>
        <translation>%1: このエントリにはアノテーションも BABEL ラベルもありません</translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>ラベル %1</translation>
    </message>
    <message>
        <source>%1: line %2: a quoted field does not end</source>
        <translation>%1: %2 行目: 引用符で囲まれたフィールドが閉じていません</translation>
    </message>
    <message>
        <source>%1: the header must name start, end and label or text columns (got %2)</source>
        <translation>%1: ヘッダーには start、end、および label または text の列が必要です (実際: %2)</translation>
    </message>
    <message>
        <source>%1: line %2: start and end must be seconds with end after start (got &apos;%3&apos;, &apos;%4&apos;)</source>
        <translation>%1: %2 行目: start と end は秒単位で、end は start より後でなければなりません (実際: &apos;%3&apos;、&apos;%4&apos;)</translation>
    </message>
    <message>
        <source>%1: unknown annotation format &apos;.%2&apos; (import HumanML3D .txt, BABEL or KIT-ML .json, or .csv)</source>
        <translation>%1: 不明なアノテーション形式 &apos;.%2&apos; です (HumanML3D の .txt、BABEL または KIT-ML の .json、または .csv をインポートしてください)</translation>
    </message>
    <message>
        <source>%1: a segment must end after it starts (frames %2 to %3)</source>
        <translation>%1: セグメントの終了は開始より後でなければなりません (フレーム %2～%3)</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name, or open it</source>
        <translation>%1 は既に存在します: 別の名前を選ぶか、それを開いてください</translation>
    </message>
    <message>
        <source>%1: no such project file</source>
        <translation>%1: そのようなプロジェクトファイルはありません</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not a GeoMotion project (not an SQLite database)</source>
        <translation>%1 は GeoMotion プロジェクトではありません (SQLite データベースではありません)</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a GeoMotion project (a damaged or encrypted SQLite file)</source>
        <translation>%1 は GeoMotion プロジェクトではありません (破損しているか暗号化された SQLite ファイルです)</translation>
    </message>
    <message>
        <source>%1 is not a GeoMotion project (an SQLite database of another program)</source>
        <translation>%1 は GeoMotion プロジェクトではありません (別のプログラムの SQLite データベースです)</translation>
    </message>
    <message>
        <source>%1 was made by a newer GeoMotion Studio (project schema %2; this one reads up to %3): update to open it</source>
        <translation>%1 は新しいバージョンの GeoMotion Studio で作成されています (プロジェクトスキーマ %2、このバージョンが読み込めるのは %3 まで): 開くにはアップデートしてください</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it was not changed</source>
        <translation>%1 は破損しています (%2)。ファイルは変更されていません</translation>
    </message>
    <message>
        <source>%1 cannot be read to the end</source>
        <translation>%1 を最後まで読み込めません</translation>
    </message>
    <message>
        <source>%1: no segment %2</source>
        <translation>%1: セグメント %2 がありません</translation>
    </message>
    <message>
        <source>%1: could not save: %2</source>
        <translation>%1: 保存できませんでした: %2</translation>
    </message>
    <message>
        <source>%1: encoding failed: %2</source>
        <translation>%1: エンコードに失敗しました: %2</translation>
    </message>
    <message>
        <source>%1: writing failed: %2</source>
        <translation>%1: 書き込みに失敗しました: %2</translation>
    </message>
    <message>
        <source>%1 exists (choose to replace it, or another name)</source>
        <translation>%1 は既に存在します (置き換えるか、別の名前を選んでください)</translation>
    </message>
    <message>
        <source>%1: %2 × %3 at %4 fps is not a size and rate this can write</source>
        <translation>%1: %2 × %3、%4 fps は書き出せるサイズとフレームレートではありません</translation>
    </message>
    <message>
        <source>%1: H.264 needs an even width and height</source>
        <translation>%1: H.264 では幅と高さが偶数である必要があります</translation>
    </message>
    <message>
        <source>%1: no %2 muxer: %3</source>
        <translation>%1: %2 マルチプレクサーがありません: %3</translation>
    </message>
    <message>
        <source>%1: this FFmpeg has no %2 encoder</source>
        <translation>%1: この FFmpeg には %2 エンコーダーがありません</translation>
    </message>
    <message>
        <source>%1: cannot start the encoder: %2</source>
        <translation>%1: エンコーダーを開始できません: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the header: %2</source>
        <translation>%1: ヘッダーを書き込めません: %2</translation>
    </message>
    <message>
        <source>%1: out of memory for a frame</source>
        <translation>%1: フレーム用のメモリが不足しています</translation>
    </message>
    <message>
        <source>%1: cannot finish the file: %2</source>
        <translation>%1: ファイルを完成できません: %2</translation>
    </message>
    <message>
        <source>%1: cannot move the finished video into place</source>
        <translation>%1: 完成した動画を所定の場所に移動できません</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a video: %2</source>
        <translation>%1 を動画として開けません: %2</translation>
    </message>
    <message>
        <source>%1 has no video stream</source>
        <translation>%1 には動画ストリームがありません</translation>
    </message>
    <message>
        <source>%1: no decoder for its video</source>
        <translation>%1: この動画のデコーダーがありません</translation>
    </message>
    <message>
        <source>%1: cannot start the decoder</source>
        <translation>%1: デコーダーを開始できません</translation>
    </message>
    <message>
        <source>%1 is damaged (project schema %2); it was not changed</source>
        <translation>%1 は破損しています (プロジェクトスキーマ %2)。変更されていません</translation>
    </message>
    <message>
        <source>%1 cannot be brought up to project schema %2 (%3); it was not changed</source>
        <translation>%1 をプロジェクトスキーマ %2 に更新できません (%3)。変更されていません</translation>
    </message>
</context>
<context>
    <name>gm::app::AnnotationCommands</name>
    <message>
        <source>Add Segment</source>
        <translation>セグメントを追加</translation>
    </message>
    <message>
        <source>Delete Segment</source>
        <translation>セグメントを削除</translation>
    </message>
    <message>
        <source>Move Segment</source>
        <translation>セグメントを移動</translation>
    </message>
    <message>
        <source>Resize Segment</source>
        <translation>セグメントのサイズを変更</translation>
    </message>
    <message>
        <source>Edit Caption</source>
        <translation>キャプションを編集</translation>
    </message>
    <message>
        <source>Set Label</source>
        <translation>ラベルを設定</translation>
    </message>
    <message>
        <source>Use Caption as Annotation</source>
        <translation>キャプションをアノテーションとして使用</translation>
    </message>
    <message>
        <source>Split Segment</source>
        <translation>セグメントを分割</translation>
    </message>
    <message>
        <source>Import %1 Segments</source>
        <translation>%1 個のセグメントをインポート</translation>
    </message>
    <message>
        <source>Merge Segments</source>
        <translation>セグメントを結合</translation>
    </message>
</context>
<context>
    <name>gm::app::ClipLibrary</name>
    <message>
        <source>%1: the file holds no frames</source>
        <translation>%1: ファイルにフレームがありません</translation>
    </message>
    <message>
        <source>%1: unknown error while reading</source>
        <translation>%1: 読み込み中に不明なエラーが発生しました</translation>
    </message>
</context>
<context>
    <name>gm::app::MlController</name>
    <message>
        <source>code %1</source>
        <translation>コード %1</translation>
    </message>
</context>
<context>
    <name>gm::app::MlWorker</name>
    <message>
        <source>Reading the motion tokenizer…</source>
        <translation>モーショントークナイザーを読み込んでいます…</translation>
    </message>
    <message>
        <source>Reading the captioner…</source>
        <translation>キャプション生成器を読み込んでいます…</translation>
    </message>
    <message>
        <source>Measuring the codebook geometry…</source>
        <translation>コードブックの幾何構造を測定しています…</translation>
    </message>
    <message>
        <source>Model loaded</source>
        <translation>モデルを読み込みました</translation>
    </message>
</context>
<context>
    <name>gm::app::MotionDocument</name>
    <message>
        <source>Actions</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>キャプション</translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation>プロジェクトが開かれていません</translation>
    </message>
    <message>
        <source>Only two segments of the same clip and tier can be merged</source>
        <translation>結合できるのは、同じクリップかつ同じ層にある 2 つのセグメントだけです</translation>
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
        <translation>エクスポートは既に実行中です</translation>
    </message>
    <message>
        <source>Cannot render offscreen: %1</source>
        <translation>オフスクリーンで描画できません: %1</translation>
    </message>
    <message>
        <source>Export cancelled: no file was left</source>
        <translation>エクスポートをキャンセルしました: ファイルは残っていません</translation>
    </message>
    <message>
        <source>Rendering failed: %1</source>
        <translation>描画に失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n frame(s))</source>
        <translation>
            <numerusform>%1 を書き出しました (%n フレーム)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gm::ui::AnnotationController</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>新規プロジェクト(&amp;N)…</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新規プロジェクト</translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation>プロジェクトを開く(&amp;P)…</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <source>Close Pro&amp;ject</source>
        <translation>プロジェクトを閉じる(&amp;J)</translation>
    </message>
    <message>
        <source>Open &amp;Dataset Folder…</source>
        <translation>データセットフォルダーを開く(&amp;D)…</translation>
    </message>
    <message>
        <source>Open a Dataset Folder (HumanML3D or KIT-ML layout, or motion files)</source>
        <translation>データセットフォルダーを開く (HumanML3D または KIT-ML の構成、またはモーションファイル)</translation>
    </message>
    <message>
        <source>&amp;Export Annotations…</source>
        <translation>アノテーションをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;Video…</source>
        <translation>動画をエクスポート(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>アノテーションをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Import Annotations into the Active Clip</source>
        <translation>アクティブなクリップにアノテーションをインポート</translation>
    </message>
    <message>
        <source>Annotations (*.txt *.json *.csv);;HumanML3D texts (*.txt);;BABEL or KIT-ML JSON (*.json);;CSV (*.csv)</source>
        <translation>アノテーション (*.txt *.json *.csv);;HumanML3D テキスト (*.txt);;BABEL または KIT-ML JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit Segment…</source>
        <translation>セグメントを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Segment</source>
        <translation>セグメントを削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Split at Play Head</source>
        <translation>再生ヘッドで分割(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Merge with Next</source>
        <translation>次と結合(&amp;M)</translation>
    </message>
    <message>
        <source>Mark &amp;In Point</source>
        <translation>イン点をマーク(&amp;I)</translation>
    </message>
    <message>
        <source>Add Segment to &amp;Out Point</source>
        <translation>アウト点までセグメントを追加(&amp;O)</translation>
    </message>
    <message>
        <source>Snap to &amp;Token Boundaries</source>
        <translation>トークン境界にスナップ(&amp;T)</translation>
    </message>
    <message>
        <source>Could Not Save the Edit</source>
        <translation>編集を保存できませんでした</translation>
    </message>
    <message>
        <source>Could Not Create the Project</source>
        <translation>プロジェクトを作成できませんでした</translation>
    </message>
    <message>
        <source>Created project %1</source>
        <translation>プロジェクト %1 を作成しました</translation>
    </message>
    <message>
        <source>Could Not Open the Project</source>
        <translation>プロジェクトを開けませんでした</translation>
    </message>
    <message>
        <source>Opened project %1</source>
        <translation>プロジェクト %1 を開きました</translation>
    </message>
    <message numerus="yes">
        <source>Opened project %1: %n clip file(s) moved or missing</source>
        <translation>
            <numerusform>プロジェクト %1 を開きました: %n 個のクリップファイルが移動または欠落しています</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Find the %n Missing Clip(s) in a Folder</source>
        <translation>
            <numerusform>見つからない %n 個のクリップをフォルダーから探す</numerusform>
        </translation>
    </message>
    <message>
        <source>Found %1 of %2 missing clips by their content</source>
        <translation>見つからない %2 個のクリップのうち %1 個を内容から見つけました</translation>
    </message>
    <message>
        <source>The Folder Is Read-Only: Where Should Its Project Go?</source>
        <translation>フォルダーは読み取り専用です: プロジェクトをどこに置きますか？</translation>
    </message>
    <message>
        <source>Could Not Open the Dataset</source>
        <translation>データセットを開けませんでした</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n segment(s) from %1</source>
        <translation>
            <numerusform>%1 から %n 個のセグメントをインポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Could Not Import Annotations</source>
        <translation>アノテーションをインポートできませんでした</translation>
    </message>
    <message>
        <source>Edit Caption</source>
        <translation>キャプションを編集</translation>
    </message>
    <message>
        <source>Set Label</source>
        <translation>ラベルを設定</translation>
    </message>
    <message>
        <source>Caption of frames %1–%2:</source>
        <translation>フレーム %1–%2 のキャプション:</translation>
    </message>
    <message>
        <source>Label of frames %1–%2 (a new one joins the vocabulary):</source>
        <translation>フレーム %1–%2 のラベル (新しいラベルは語彙に追加されます):</translation>
    </message>
    <message>
        <source>Move the play head inside the selected segment to split it</source>
        <translation>分割するには、選択したセグメント内に再生ヘッドを移動してください</translation>
    </message>
    <message>
        <source>No later segment on this tier to merge with</source>
        <translation>この層には結合できる後続のセグメントがありません</translation>
    </message>
    <message>
        <source>No Project</source>
        <translation>プロジェクトがありません</translation>
    </message>
    <message>
        <source>Annotations are kept in a project: create one with File ▸ New Project… (or open one), then use the caption again.</source>
        <translation>アノテーションはプロジェクトに保存されます: ファイル ▸ 新規プロジェクト… でプロジェクトを作成して (または既存のものを開いて) から、もう一度キャプションを使用してください。</translation>
    </message>
    <message>
        <source>GeoMotion projects (*.gmproj);;All files (*)</source>
        <translation>GeoMotion プロジェクト (*.gmproj);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 をやり直す(&amp;R)</translation>
    </message>
</context>
<context>
    <name>gm::ui::AnnotationLane</name>
    <message>
        <source>No project: File ▸ New Project… to annotate</source>
        <translation>プロジェクトがありません: アノテーションするには ファイル ▸ 新規プロジェクト… を選んでください</translation>
    </message>
    <message>
        <source>This clip is not a file the project can annotate</source>
        <translation>このクリップはプロジェクトでアノテーションできるファイルではありません</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;frames %2–%3 (%4–%5 s)&lt;br&gt;%6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;フレーム %2–%3 (%4–%5 秒)&lt;br&gt;%6</translation>
    </message>
    <message>
        <source>caption by model %1</source>
        <translation>モデル %1 によるキャプション</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>作成者: %1</translation>
    </message>
</context>
<context>
    <name>gm::ui::CaptionDock</name>
    <message>
        <source>Generating…</source>
        <translation>生成中…</translation>
    </message>
    <message>
        <source>Candidate %1: %2</source>
        <translation>候補 %1: %2</translation>
    </message>
    <message>
        <source>Captioning failed: %1</source>
        <translation>キャプション生成に失敗しました: %1</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>キャプション</translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation>キャプション生成(&amp;C)</translation>
    </message>
    <message>
        <source>Caption the clip or the selected tokens (%1)</source>
        <translation>クリップまたは選択したトークンのキャプションを生成 (%1)</translation>
    </message>
    <message>
        <source>Cancel Caption</source>
        <translation>キャプション生成をキャンセル</translation>
    </message>
    <message>
        <source>Copy Caption</source>
        <translation>キャプションをコピー</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>&amp;Use as Annotation</source>
        <translation>アノテーションとして使用(&amp;U)</translation>
    </message>
    <message>
        <source>Add the chosen caption to the project as a segment over its tokens (%1)</source>
        <translation>選択したキャプションを、そのトークン範囲にわたるセグメントとしてプロジェクトに追加 (%1)</translation>
    </message>
    <message>
        <source>Use as Annotation</source>
        <translation>アノテーションとして使用</translation>
    </message>
    <message>
        <source>&amp;Decoding:</source>
        <translation>デコード方式(&amp;D):</translation>
    </message>
    <message>
        <source>Greedy (as released)</source>
        <translation>貪欲法 (公開時の設定)</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>サンプリング</translation>
    </message>
    <message>
        <source>Beam search</source>
        <translation>ビームサーチ</translation>
    </message>
    <message>
        <source>Ca&amp;ndidates:</source>
        <translation>候補数(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>温度(&amp;T):</translation>
    </message>
    <message>
        <source>Top-&amp;k (0: all):</source>
        <translation>Top-k(&amp;K) (0: すべて):</translation>
    </message>
    <message>
        <source>Top-&amp;p:</source>
        <translation>Top-p(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Beams:</source>
        <translation>ビーム数(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>シード(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Max tokens:</source>
        <translation>最大トークン数(&amp;M):</translation>
    </message>
    <message>
        <source>log p</source>
        <translation>log p</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Open a clip to caption it.</source>
        <translation>キャプションを生成するにはクリップを開いてください。</translation>
    </message>
    <message>
        <source>No model loaded.</source>
        <translation>モデルが読み込まれていません。</translation>
    </message>
    <message>
        <source>The model %1 has no captioner.</source>
        <translation>モデル %1 にはキャプション生成器がありません。</translation>
    </message>
    <message>
        <source>Tokenizing %1…</source>
        <translation>%1 をトークン化しています…</translation>
    </message>
    <message numerus="yes">
        <source>Whole clip: %n token(s), %1–%2 s</source>
        <translation>
            <numerusform>クリップ全体: %n トークン、%1–%2 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens %1–%2 of %3: %4–%5 s (drag on the token lane to change, click to clear)</source>
        <translation>トークン %1–%2 / %3: %4–%5 秒 (トークンレーン上でドラッグして変更、クリックで解除)</translation>
    </message>
    <message>
        <source>tokens %1–%2</source>
        <translation>トークン %1–%2</translation>
    </message>
    <message>
        <source>Cancelled (%1): what was made so far is kept.</source>
        <translation>キャンセルしました (%1): それまでに生成した内容は保持されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) for %1 in %2 s</source>
        <translation>
            <numerusform>%1 の候補 %n 件 (%2 秒)</numerusform>
        </translation>
    </message>
    <message>
        <source>Caption candidates</source>
        <translation>キャプション候補</translation>
    </message>
    <message>
        <source>Caption</source>
        <comment>button: caption the clip now</comment>
        <translation>キャプション生成</translation>
    </message>
    <message numerus="yes">
        <source>It reads %n token(s) at most: select %1–%2 for the rest.</source>
        <translation>
            <numerusform>最大 %n トークンまで読みます。残りは %1–%2 を選択してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gm::ui::ClipListDock</name>
    <message>
        <source>Close Clip</source>
        <translation>クリップを閉じる</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>クリップ</translation>
    </message>
    <message>
        <source>Open clips</source>
        <translation>開いているクリップ</translation>
    </message>
    <message>
        <source>%1
%2, %3 joints, %4 frames at %5 fps (%6 s)</source>
        <translation>%1
%2、関節 %3 個、%4 フレーム (%5 fps、%6 秒)</translation>
    </message>
</context>
<context>
    <name>gm::ui::DatasetDock</name>
    <message>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>All clips</source>
        <translation>すべてのクリップ</translation>
    </message>
    <message>
        <source>Without annotations</source>
        <translation>アノテーションなし</translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation>アノテーション済み</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>クリップ</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>セグメント</translation>
    </message>
    <message>
        <source>&amp;Next Clip Without Annotations</source>
        <translation>アノテーションのない次のクリップ(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;revious Clip Without Annotations</source>
        <translation>アノテーションのない前のクリップ(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n clip(s) annotated</source>
        <translation>
            <numerusform>%n 個のクリップのうち %1 個がアノテーション済み</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gm::ui::ErrorCurve</name>
    <message>
        <source>MPJPE %1 (max %2)</source>
        <translation>MPJPE %1 (最大 %2)</translation>
    </message>
    <message>
        <source>%1 s: reconstruction error %2</source>
        <translation>%1 秒: 再構成誤差 %2</translation>
    </message>
</context>
<context>
    <name>gm::ui::ExportDialog</name>
    <message>
        <source>Export Annotations</source>
        <translation>アノテーションのエクスポート</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;HumanML3D layout (joints, features, texts, motion tokens)</source>
        <translation>HumanML3D 構成 (関節、特徴量、テキスト、モーショントークン)(&amp;H)</translation>
    </message>
    <message>
        <source>BABEL &amp;JSON</source>
        <translation>BABEL JSON(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;CSV of segments</source>
        <translation>セグメントの CSV(&amp;C)</translation>
    </message>
    <message>
        <source>B&amp;VH of each segment on its skeleton</source>
        <translation>各セグメントのスケルトン付き BVH(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Token ids (.npy)</source>
        <translation>トークン ID (.npy)(&amp;T)</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>Token ids need a model: load one first</source>
        <translation>トークン ID にはモデルが必要です: 先にモデルを読み込んでください</translation>
    </message>
    <message>
        <source>&amp;Whole clips (one item per annotated clip)</source>
        <translation>クリップ全体 (アノテーション済みクリップごとに 1 項目)(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Replace existing files</source>
        <translation>既存のファイルを置き換える(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>エクスポートをキャンセル</translation>
    </message>
    <message>
        <source>Export Into</source>
        <translation>エクスポート先</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>エクスポート中…</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n item(s); the files written are complete.</source>
        <translation>
            <numerusform>%n 項目の後でキャンセルしました。書き出されたファイルは完全です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s)</source>
        <translation>
            <numerusform>%n 項目をエクスポートしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n file(s), to %1.</source>
        <translation>
            <numerusform> (%n ファイル、出力先: %1)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped:</source>
        <translation>
            <numerusform>%n 件をスキップ:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gm::ui::GeometryDock</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Could not count %1: %2</source>
        <translation>%1 を集計できませんでした: %2</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>ジオメトリ</translation>
    </message>
    <message>
        <source>Gram matrix</source>
        <translation>グラム行列</translation>
    </message>
    <message>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>使用頻度</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>行(&amp;R):</translation>
    </message>
    <message>
        <source>DVQ codebook</source>
        <translation>DVQ コードブック</translation>
    </message>
    <message>
        <source>Captioner motion embeddings</source>
        <translation>キャプション生成器のモーション埋め込み</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>並び順(&amp;O):</translation>
    </message>
    <message>
        <source>By code</source>
        <translation>コード順</translation>
    </message>
    <message>
        <source>By count</source>
        <translation>出現数順</translation>
    </message>
    <message>
        <source>Count a &amp;Folder…</source>
        <translation>フォルダーを集計(&amp;F)…</translation>
    </message>
    <message>
        <source>Tokenize every clip of a dataset folder (HumanML3D layout or motion files) and show its code usage</source>
        <translation>データセットフォルダー (HumanML3D 構成またはモーションファイル) のすべてのクリップをトークン化し、コードの使用頻度を表示</translation>
    </message>
    <message>
        <source>Open &amp;Clip</source>
        <translation>開いているクリップ(&amp;C)</translation>
    </message>
    <message>
        <source>Show the code usage of the open clip again</source>
        <translation>開いているクリップのコード使用頻度を再表示</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Codebook and motion embeddings (PCA)</source>
        <translation>コードブックとモーション埋め込み (PCA)</translation>
    </message>
    <message>
        <source>Captioner rows (aligned)</source>
        <translation>キャプション生成器の行 (位置合わせ済み)</translation>
    </message>
    <message>
        <source>PC1 (%1 % of the codebook&apos;s variance)</source>
        <translation>PC1 (コードブックの分散の %1 %)</translation>
    </message>
    <message>
        <source>PC2 (%1 %)</source>
        <translation>PC2 (%1 %)</translation>
    </message>
    <message>
        <source>Captioner rows: own PCA (%1 %, %2 %), rotated onto the codebook&apos;s</source>
        <translation>キャプション生成器の行: 独自の PCA (%1 %、%2 %) をコードブックの PCA に合わせて回転</translation>
    </message>
    <message>
        <source>Cosine similarity of the captioner&apos;s motion embeddings</source>
        <translation>キャプション生成器のモーション埋め込みのコサイン類似度</translation>
    </message>
    <message>
        <source>Cosine similarity of the DVQ codebook</source>
        <translation>DVQ コードブックのコサイン類似度</translation>
    </message>
    <message>
        <source>orthogonality mean((ĈĈᵀ − I)²) = %1 over %2 codes</source>
        <translation>直交性 mean((ĈĈᵀ − I)²) = %1 (%2 コード)</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>モデルが読み込まれていません</translation>
    </message>
    <message>
        <source>Count the Codes of a Folder</source>
        <translation>フォルダーのコードを集計</translation>
    </message>
    <message>
        <source>Counting the codes of %1…</source>
        <translation>%1 のコードを集計しています…</translation>
    </message>
    <message>
        <source>Code usage in %1</source>
        <translation>%1 のコード使用頻度</translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s), %1 tokens, %2 distinct codes of %3, perplexity %4</source>
        <translation>
            <numerusform>%n クリップ、%1 トークン、%3 コード中 %2 種類を使用、パープレキシティ %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) skipped</source>
        <translation>
            <numerusform>、%n ファイルをスキップ</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled: partial counts)</source>
        <translation> (キャンセル: 途中までの集計)</translation>
    </message>
    <message>
        <source>Skipped:
%1</source>
        <translation>スキップ:
%1</translation>
    </message>
    <message>
        <source>Code usage</source>
        <translation>コード使用頻度</translation>
    </message>
    <message>
        <source>%1 tokens, %2 distinct codes of %3, perplexity %4</source>
        <translation>%1 トークン、%3 コード中 %2 種類を使用、パープレキシティ %4</translation>
    </message>
    <message>
        <source>Open a clip to see its codes</source>
        <translation>コードを表示するにはクリップを開いてください</translation>
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
        <translation>準備完了</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Front</source>
        <translation>前面(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>背面(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Top</source>
        <translation>上面(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Perspective</source>
        <translation>透視投影(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>カメラ(&amp;C)</translation>
    </message>
    <message>
        <source>Show &amp;Grid</source>
        <translation>グリッドを表示(&amp;G)</translation>
    </message>
    <message>
        <source>Show &amp;Axes</source>
        <translation>軸を表示(&amp;A)</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>全画面表示(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About GeoMotion Studio</source>
        <translation>GeoMotion Studio について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>No OpenGL 3.3</source>
        <translation>OpenGL 3.3 がありません</translation>
    </message>
    <message>
        <source>OpenGL %1 · %2</source>
        <translation>OpenGL %1 · %2</translation>
    </message>
    <message>
        <source>About GeoMotion Studio</source>
        <translation>GeoMotion Studio について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GeoMotion Studio&lt;/h3&gt;&lt;p&gt;See, tokenize, caption and annotate human motion with the GeoMotionGPT model.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GeoMotion Studio&lt;/h3&gt;&lt;p&gt;GeoMotionGPT モデルを使って、人体モーションの表示、トークン化、キャプション生成、アノテーションを行います。&lt;/p&gt;&lt;p&gt;GNU General Public License バージョン 3 以降の下でライセンスされています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>読み込みをキャンセルしました</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイルを開く(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Demo Clip</source>
        <translation>デモクリップを開く(&amp;D)</translation>
    </message>
    <message>
        <source>The demo clip is not installed</source>
        <translation>デモクリップがインストールされていません</translation>
    </message>
    <message>
        <source>&amp;Close Clip</source>
        <translation>クリップを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Close &amp;All Clips</source>
        <translation>すべてのクリップを閉じる(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>側面(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Other Side</source>
        <translation>反対側の側面(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Clips</source>
        <translation>クリップに合わせる(&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;ollow the Active Clip</source>
        <translation>アクティブなクリップを追従(&amp;O)</translation>
    </message>
    <message>
        <source>Several &amp;Clips</source>
        <translation>複数のクリップ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>並べて表示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Overlaid</source>
        <translation>重ねて表示(&amp;O)</translation>
    </message>
    <message>
        <source>Root &amp;Trajectory</source>
        <translation>ルートの軌跡(&amp;T)</translation>
    </message>
    <message>
        <source>Joint T&amp;rails</source>
        <translation>関節の軌跡(&amp;R)</translation>
    </message>
    <message>
        <source>Show S&amp;hadows</source>
        <translation>影を表示(&amp;H)</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>タイムライン(&amp;I)</translation>
    </message>
    <message>
        <source>C&amp;lip List</source>
        <translation>クリップ一覧(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>再生(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>一覧を消去(&amp;C)</translation>
    </message>
    <message>
        <source>Open Motion Files</source>
        <translation>モーションファイルを開く</translation>
    </message>
    <message>
        <source>Opened %1: %2 joints, %3 frames at %4 fps</source>
        <translation>%1 を開きました: 関節 %2 個、%3 フレーム (%4 fps)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 を開けませんでした</translation>
    </message>
    <message>
        <source>Could Not Open File</source>
        <translation>ファイルを開けませんでした</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 を開けませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Loading %n file(s)…</source>
        <translation>
            <numerusform>%n 個のファイルを読み込んでいます…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — GeoMotion Studio</source>
        <translation>%1 — GeoMotion Studio</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>MPJPE</source>
        <translation>MPJPE</translation>
    </message>
    <message>
        <source>Loading model %1…</source>
        <translation>モデル %1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>Cannot tokenize the clip: %1</source>
        <translation>クリップをトークン化できません: %1</translation>
    </message>
    <message>
        <source>Cannot decode: %1</source>
        <translation>デコードできません: %1</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>モデルなし</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Reconstruction</source>
        <translation>再構成(&amp;R)</translation>
    </message>
    <message>
        <source>Draw the tokenizer&apos;s decoding of each clip beside it (side by side) or over it (overlaid)</source>
        <translation>トークナイザーによる各クリップのデコード結果を、クリップの横 (並べて表示) または上 (重ねて表示) に描画</translation>
    </message>
    <message>
        <source>C&amp;aption</source>
        <translation>キャプション(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Geometry</source>
        <translation>ジオメトリ(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Dataset</source>
        <translation>データセット(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Open Model…</source>
        <translation>モデルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Use the &amp;Bundled Model</source>
        <translation>同梱モデルを使用(&amp;B)</translation>
    </message>
    <message>
        <source>Model &amp;Info…</source>
        <translation>モデル情報(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>デバイス(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Automatic (CUDA when available)</source>
        <translation>自動 (利用可能なら CUDA)(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;CPU</source>
        <translation>CPU(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;UDA</source>
        <translation>CUDA(&amp;U)</translation>
    </message>
    <message>
        <source>C&amp;UDA (not available in this build or machine)</source>
        <translation>CUDA (このビルドまたはマシンでは利用不可)(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Preview the Selected Code</source>
        <translation>選択したコードをプレビュー(&amp;P)</translation>
    </message>
    <message>
        <source>Decode eight tokens of the selected code and open the motion as a clip</source>
        <translation>選択したコードのトークン 8 個をデコードし、そのモーションをクリップとして開く</translation>
    </message>
    <message>
        <source>bundled default</source>
        <translation>同梱のデフォルト</translation>
    </message>
    <message>
        <source>Open Model Directory (config.json, model.safetensors, mean/std, tokenizer files)</source>
        <translation>モデルディレクトリを開く (config.json、model.safetensors、mean/std、トークナイザーファイル)</translation>
    </message>
    <message>
        <source>Model %1 · %2</source>
        <translation>モデル %1 · %2</translation>
    </message>
    <message>
        <source>Loaded model %1 in %2 s</source>
        <translation>モデル %1 を %2 秒で読み込みました</translation>
    </message>
    <message>
        <source>Could Not Load Model</source>
        <translation>モデルを読み込めませんでした</translation>
    </message>
    <message>
        <source>The model in %1 could not be loaded.</source>
        <translation>%1 のモデルを読み込めませんでした。</translation>
    </message>
    <message>
        <source>

The model %1 stays loaded.</source>
        <translation>

モデル %1 は読み込まれたままです。</translation>
    </message>
    <message>
        <source>Model Info</source>
        <translation>モデル情報</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>モデルが読み込まれていません。</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Tokenizer</source>
        <translation>トークナイザー</translation>
    </message>
    <message>
        <source>%1 parameters, width %2</source>
        <translation>パラメーター数 %1、幅 %2</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>コードブック</translation>
    </message>
    <message>
        <source>%1 codes × %2</source>
        <translation>%1 コード × %2</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>特徴量</translation>
    </message>
    <message>
        <source>%1-D, %2 frames per token</source>
        <translation>%1 次元、トークンあたり %2 フレーム</translation>
    </message>
    <message>
        <source>Captioner</source>
        <translation>キャプション生成器</translation>
    </message>
    <message>
        <source>%1 parameters, embedding width %2</source>
        <translation>パラメーター数 %1、埋め込み幅 %2</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>語彙</translation>
    </message>
    <message>
        <source>%1 (50257 text + %2 motion + 3 special)</source>
        <translation>%1 (テキスト 50257 + モーション %2 + 特殊 3)</translation>
    </message>
    <message>
        <source>none (a tokenizer-only model)</source>
        <translation>なし (トークナイザーのみのモデル)</translation>
    </message>
    <message>
        <source>Codebook orthogonality</source>
        <translation>コードブックの直交性</translation>
    </message>
    <message>
        <source>Loaded in</source>
        <translation>読み込み時間</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;table&gt;%2&lt;/table&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;table&gt;%2&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Manage Models…</source>
        <translation>モデルの管理(&amp;M)…</translation>
    </message>
    <message>
        <source>The bundled and installed models: use, remove, download</source>
        <translation>同梱モデルとインストール済みモデル: 使用・削除・ダウンロード</translation>
    </message>
    <message>
        <source>Install the paper&apos;s released model, or one from a URL or folder</source>
        <translation>論文の公開モデル、または URL やフォルダーのモデルをインストール</translation>
    </message>
    <message>
        <source>Installed the model in %1</source>
        <translation>モデルを %1 にインストールしました</translation>
    </message>
    <message>
        <source>Do&amp;wnload Model…</source>
        <translation>モデルのダウンロード(&amp;W)…</translation>
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
        <translation>モデルのダウンロード</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>モデル(&amp;M):</translation>
    </message>
    <message>
        <source>Another source (a URL or a folder)</source>
        <translation>別のソース (URL またはフォルダー)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>取得元(&amp;F):</translation>
    </message>
    <message>
        <source>https://huggingface.co/OWNER/REPO, a manifest (.json) or a model folder</source>
        <translation>https://huggingface.co/OWNER/REPO、マニフェスト (.json)、またはモデルフォルダー</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>モデルフォルダーを選択</translation>
    </message>
    <message>
        <source>&amp;Install as:</source>
        <translation>インストール名(&amp;I):</translation>
    </message>
    <message>
        <source>the source&apos;s name</source>
        <translation>ソースの名前</translation>
    </message>
    <message>
        <source>&amp;Replace an installed model of that name</source>
        <translation>同名のインストール済みモデルを置き換える(&amp;R)</translation>
    </message>
    <message>
        <source>Models are installed in %1</source>
        <translation>モデルは %1 にインストールされます</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>ダウンロード(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop the download: what arrived is kept, and downloading again resumes it</source>
        <translation>ダウンロードを停止: 受信済みの分は保持され、再度ダウンロードすると続きから再開します</translation>
    </message>
    <message>
        <source>&amp;Use Now</source>
        <translation>今すぐ使用(&amp;U)</translation>
    </message>
    <message>
        <source>Any http(s) folder with config.json and model.safetensors (the official layout), a Hugging Face repository, a manifest, or a folder on this computer. The GPT-2 tokenizer files and HumanML3D&apos;s statistics are added when the source lacks them.</source>
        <translation>config.json と model.safetensors を含む任意の http(s) フォルダー (公式の構成)、Hugging Face リポジトリ、マニフェスト、またはこのコンピューター上のフォルダー。ソースにない場合は GPT-2 トークナイザーのファイルと HumanML3D の統計が追加されます。</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>ライセンス:</translation>
    </message>
    <message>
        <source>Cite:</source>
        <translation>引用:</translation>
    </message>
    <message>
        <source>Download size: %1</source>
        <translation>ダウンロードサイズ: %1</translation>
    </message>
    <message>
        <source>A Model Folder to Install</source>
        <translation>インストールするモデルフォルダー</translation>
    </message>
    <message>
        <source>Give a URL or a folder to install from.</source>
        <translation>インストール元の URL またはフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a model&apos;s name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>「%1」はモデル名に使えません: 英字、数字、「.」「_」「-」を使ってください。</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 を確認しています…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Downloading %1 (file %2 of %3): %4</source>
        <translation>%1 をダウンロード中 (ファイル %2 / %3): %4</translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation> · %1/秒</translation>
    </message>
    <message numerus="yes">
        <source> · about %n min left</source>
        <translation>
            <numerusform> · 残り約 %n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n s left</source>
        <translation>
            <numerusform> · 残り %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1: %2</source>
        <translation>%1 を検証中: %2</translation>
    </message>
    <message>
        <source>Adding the tokenizer files and dataset statistics the source lacks…</source>
        <translation>ソースにないトークナイザーのファイルとデータセット統計を追加しています…</translation>
    </message>
    <message>
        <source>Loading the model to check every tensor…</source>
        <translation>すべてのテンソルを確認するためにモデルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>インストールしています…</translation>
    </message>
    <message>
        <source>Installed in %1.</source>
        <translation>%1 にインストールしました。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意: %1</translation>
    </message>
    <message>
        <source>Stopped. Nothing was installed; what arrived is kept, and Download resumes it.</source>
        <translation>停止しました。何もインストールされていません。受信済みの分は保持され、ダウンロードで再開できます。</translation>
    </message>
    <message>
        <source>Could not install the model: %1</source>
        <translation>モデルをインストールできませんでした: %1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>停止しています…</translation>
    </message>
</context>
<context>
    <name>gm::ui::ModelManagerDialog</name>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>インストール日時</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>使用(&amp;U)</translation>
    </message>
    <message>
        <source>Load the selected model</source>
        <translation>選択したモデルを読み込む</translation>
    </message>
    <message>
        <source>&amp;Download Model…</source>
        <translation>モデルのダウンロード(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>フォルダーを開く(&amp;F)</translation>
    </message>
    <message>
        <source>Installed models are kept in %1 (geomotion model list shows them too)</source>
        <translation>インストール済みモデルは %1 にあります (geomotion model list でも表示されます)</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (使用中)</translation>
    </message>
    <message>
        <source>Bundled default</source>
        <translation>同梱の既定モデル</translation>
    </message>
    <message>
        <source>with the studio</source>
        <translation>スタジオに同梱</translation>
    </message>
    <message>
        <source>trained for GeoMotion Studio (see its README)</source>
        <translation>GeoMotion Studio 用に学習 (README を参照)</translation>
    </message>
    <message>
        <source>The small default model that ships with the studio: a DVQ and a GPT-2-architecture captioner trained on procedural motion and CMU clips. Folder: %1</source>
        <translation>スタジオに同梱の小さな既定モデル: 手続き的モーションと CMU クリップで学習した DVQ と GPT-2 構造のキャプション生成器。フォルダー: %1</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>フォルダー: %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>ライセンス: %1</translation>
    </message>
    <message>
        <source>Cite: %1</source>
        <translation>引用: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), each with its SHA-256 in %1</source>
        <translation>
            <numerusform>%n 個のファイル (それぞれの SHA-256 は %1 に記録)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (partial download)</source>
        <translation>%1 (途中までのダウンロード)</translation>
    </message>
    <message>
        <source>A download that did not finish: Download Model… with the same source and name resumes it; Remove discards it.</source>
        <translation>完了していないダウンロードです: 同じソースと名前で「モデルのダウンロード」を行うと再開し、「削除」で破棄します。</translation>
    </message>
    <message>
        <source>The model in use cannot be removed: load another one first</source>
        <translation>使用中のモデルは削除できません: 先に別のモデルを読み込んでください</translation>
    </message>
    <message>
        <source>The bundled model comes with the studio</source>
        <translation>同梱モデルはスタジオの一部です</translation>
    </message>
    <message>
        <source>Remove Model</source>
        <translation>モデルの削除</translation>
    </message>
    <message>
        <source>Discard the partial download of %1?</source>
        <translation>%1 の途中までのダウンロードを破棄しますか?</translation>
    </message>
    <message>
        <source>Remove the model %1 and its files (%2)?</source>
        <translation>モデル %1 とそのファイル (%2) を削除しますか?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>gm::ui::PreferencesDialog</name>
    <message>
        <source>The Model to Load at Start</source>
        <translation>起動時に読み込むモデル</translation>
    </message>
    <message>
        <source>Where Projects Are Kept</source>
        <translation>プロジェクトの保存場所</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>The language of menus, panels and messages; it changes at once</source>
        <translation>メニュー、パネル、メッセージの言語です。すぐに切り替わります</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Length &amp;units:</source>
        <translation>長さの単位(&amp;U):</translation>
    </message>
    <message>
        <source>Centimetres (cm)</source>
        <translation>センチメートル (cm)</translation>
    </message>
    <message>
        <source>Metres (m)</source>
        <translation>メートル (m)</translation>
    </message>
    <message>
        <source>&amp;Up axis of motion files:</source>
        <translation>モーションファイルの上方向の軸(&amp;U):</translation>
    </message>
    <message>
        <source>As the file says or as detected</source>
        <translation>ファイルの指定または検出結果に従う</translation>
    </message>
    <message>
        <source>Always Y</source>
        <translation>常に Y</translation>
    </message>
    <message>
        <source>Always Z</source>
        <translation>常に Z</translation>
    </message>
    <message>
        <source>For files whose figure lies down or stands on its head: applies to open clips too</source>
        <translation>人物が横たわっている、または逆さまになっているファイル用です。開いているクリップにも適用されます</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>&amp;At start, load:</source>
        <translation>起動時に読み込むもの(&amp;A):</translation>
    </message>
    <message>
        <source>The last model used</source>
        <translation>最後に使用したモデル</translation>
    </message>
    <message>
        <source>The bundled default model</source>
        <translation>同梱のデフォルトモデル</translation>
    </message>
    <message>
        <source>This model directory:</source>
        <translation>このモデルディレクトリ:</translation>
    </message>
    <message>
        <source>A model directory (config.json, model.safetensors, …)</source>
        <translation>モデルディレクトリ (config.json、model.safetensors、…)</translation>
    </message>
    <message>
        <source>Model directory to load at start</source>
        <translation>起動時に読み込むモデルディレクトリ</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the model directory</source>
        <translation>モデルディレクトリを選択</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>デバイス(&amp;D):</translation>
    </message>
    <message>
        <source>Automatic (CUDA when available)</source>
        <translation>自動 (利用可能なら CUDA)</translation>
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
        <translation>CUDA (このビルドまたはマシンでは利用不可)</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>速度(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Loop at the end</source>
        <translation>最後まで再生したらループ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Play clips as soon as they open</source>
        <translation>クリップを開いたらすぐに再生(&amp;P)</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>Where New Project and Open Project start</source>
        <translation>「新規プロジェクト」と「プロジェクトを開く」で最初に表示する場所</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>参照(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose the projects folder</source>
        <translation>プロジェクトフォルダーを選択</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>既定値に戻す(&amp;R)</translation>
    </message>
</context>
<context>
    <name>gm::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
</context>
<context>
    <name>gm::ui::TimelineDock</name>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>再生(&amp;P)</translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation>1 フレーム戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Step &amp;Forward</source>
        <translation>1 フレーム進む(&amp;F)</translation>
    </message>
    <message>
        <source>Go to &amp;Start</source>
        <translation>先頭へ移動(&amp;S)</translation>
    </message>
    <message>
        <source>Go to &amp;End</source>
        <translation>末尾へ移動(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Loop</source>
        <translation>ループ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Slower</source>
        <translation>遅く(&amp;S)</translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation>速く(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Normal Speed</source>
        <translation>通常の速度(&amp;N)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>再生速度</translation>
    </message>
    <message>
        <source>Playback speed ([ slower, ] faster, \ normal)</source>
        <translation>再生速度 ([ 遅く、] 速く、\ 通常)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>frame %1 / %2</source>
        <translation>フレーム %1 / %2</translation>
    </message>
    <message>
        <source>no clip</source>
        <translation>クリップなし</translation>
    </message>
</context>
<context>
    <name>gm::ui::TimelineLane</name>
    <message>
        <source>Loading the model…</source>
        <translation>モデルを読み込んでいます…</translation>
    </message>
    <message>
        <source>No model: open one from the Model menu</source>
        <translation>モデルがありません: モデルメニューから開いてください</translation>
    </message>
    <message>
        <source>Tokenizing…</source>
        <translation>トークン化しています…</translation>
    </message>
    <message>
        <source>Cannot tokenize this clip: %1</source>
        <translation>このクリップをトークン化できません: %1</translation>
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
            <numerusform>&lt;b&gt;トークン %1&lt;/b&gt; · %2–%3 秒&lt;br&gt;コード &lt;b&gt;%4&lt;/b&gt;、確率 %5&lt;br&gt;他の候補: %6&lt;br&gt;コード %4 はこのクリップに %n 回出現します</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gm::ui::VideoExportDialog</name>
    <message>
        <source>Export Video</source>
        <translation>動画のエクスポート</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File (.mp4 or .gif):</source>
        <translation>ファイル (.mp4 または .gif)(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>サイズ(&amp;S):</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <source>&amp;Frame rate:</source>
        <translation>フレームレート(&amp;F):</translation>
    </message>
    <message>
        <source>The &amp;reconstruction beside the clip</source>
        <translation>クリップの横に再構成を表示(&amp;R)</translation>
    </message>
    <message>
        <source>Replace the file if it &amp;exists</source>
        <translation>ファイルが存在する場合は置き換える(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>エクスポートをキャンセル</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4);;GIF animation (*.gif)</source>
        <translation>MP4 動画 (*.mp4);;GIF アニメーション (*.gif)</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>エクスポートできません: %1</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>描画中…</translation>
    </message>
    <message>
        <source>Shaded, as the 3-D view</source>
        <translation>シェーディング (3D ビューと同じ)</translation>
    </message>
    <message>
        <source>Figure: lines and dots (fast without a GPU)</source>
        <translation>図: 線と点 (GPU なしでも高速)</translation>
    </message>
    <message>
        <source>S&amp;tyle:</source>
        <translation>スタイル(&amp;T):</translation>
    </message>
</context>
<context>
    <name>gm::ui::ViewportWidget</name>
    <message>
        <source>3-D view</source>
        <translation>3D ビュー</translation>
    </message>
    <message>
        <source>The 3-D view needs OpenGL 3.3.
%1</source>
        <translation>3D ビューには OpenGL 3.3 が必要です。
%1</translation>
    </message>
</context>
<context>
    <name>gm::ui::plots::HeatmapPlot</name>
    <message>
        <source>code j</source>
        <translation>コード j</translation>
    </message>
    <message>
        <source>code i</source>
        <translation>コード i</translation>
    </message>
    <message>
        <source>No matrix</source>
        <translation>行列なし</translation>
    </message>
    <message>
        <source>codes %1 and %2: cosine %3</source>
        <translation>コード %1 と %2: コサイン %3</translation>
    </message>
</context>
<context>
    <name>gm::ui::plots::HistogramPlot</name>
    <message>
        <source>codes by count (rank)</source>
        <translation>出現数順のコード (順位)</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>No counts</source>
        <translation>集計なし</translation>
    </message>
    <message>
        <source>code %1: %2 tokens (%3 %)</source>
        <translation>コード %1: %2 トークン (%3 %)</translation>
    </message>
</context>
<context>
    <name>gm::ui::plots::PlotWidget</name>
    <message>
        <source>Could not export %1: the size %2 × %3 is not between 1 and %4 pixels.</source>
        <translation>%1 をエクスポートできませんでした: サイズ %2 × %3 が 1～%4 ピクセルの範囲外です。</translation>
    </message>
    <message>
        <source>Could not export %1: not enough memory for a %2 × %3 image.</source>
        <translation>%1 をエクスポートできませんでした: %2 × %3 の画像に必要なメモリが不足しています。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Could not write %1: the PNG encoder failed.</source>
        <translation>%1 に書き込めませんでした: PNG エンコーダーが失敗しました。</translation>
    </message>
    <message>
        <source>A GeoMotion Studio plot</source>
        <translation>GeoMotion Studio のプロット</translation>
    </message>
    <message>
        <source>Could not write %1: the SVG generator did not start.</source>
        <translation>%1 に書き込めませんでした: SVG ジェネレーターを開始できませんでした。</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG をエクスポート…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>SVG をエクスポート…</translation>
    </message>
    <message>
        <source>plot</source>
        <translation>プロット</translation>
    </message>
    <message>
        <source>Export SVG</source>
        <translation>SVG をエクスポート</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>PNG をエクスポート</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 画像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
</context>
<context>
    <name>gm::ui::plots::ScatterPlot</name>
    <message>
        <source>same code</source>
        <translation>同じコード</translation>
    </message>
    <message>
        <source>code %1 (%2): (%3, %4)</source>
        <translation>コード %1 (%2): (%3, %4)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See, tokenize, caption and annotate human motion.</source>
        <translation>人体モーションの表示、トークン化、キャプション生成、アノテーションを行います。</translation>
    </message>
    <message>
        <source>Save a PNG of the window once it is shown, then quit.</source>
        <translation>ウィンドウが表示されたら PNG を保存して終了します。</translation>
    </message>
    <message>
        <source>Motion files to open; they start playing.</source>
        <translation>開くモーションファイル。開くと再生が始まります。</translation>
    </message>
    <message>
        <source>Print where the bundled model and demo clip were found, then quit.</source>
        <translation>同梱モデルとデモクリップが見つかった場所を表示して終了します。</translation>
    </message>
</context>
</TS>
