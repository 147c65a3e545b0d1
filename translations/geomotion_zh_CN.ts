<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is %2 MB, more than an annotation file can be (%3 MB)</source>
        <translation>%1 大小为 %2 MB，超过了标注文件的上限（%3 MB）</translation>
    </message>
    <message>
        <source>%1: no caption#tokens#start#end line%2</source>
        <translation>%1：没有 caption#tokens#start#end 格式的行%2</translation>
    </message>
    <message>
        <source>%1 holds %2 entries: name the clip to import</source>
        <translation>%1 包含 %2 个条目：请指定要导入的剪辑</translation>
    </message>
    <message>
        <source>%1: no entry for %2 (by id, path, feat_p or url)</source>
        <translation>%1：找不到 %2 的条目（按 id、path、feat_p 或 url 查找）</translation>
    </message>
    <message>
        <source>%1: %2 is not a time in seconds</source>
        <translation>%1：%2 不是以秒为单位的时间</translation>
    </message>
    <message>
        <source>%1: not JSON at byte %2: %3</source>
        <translation>%1：第 %2 字节处不是有效的 JSON：%3</translation>
    </message>
    <message>
        <source>%1: expected an object of annotated sequences</source>
        <translation>%1：应为由已标注序列组成的对象</translation>
    </message>
    <message>
        <source>annotation %1</source>
        <translation>标注 %1</translation>
    </message>
    <message>
        <source>%1: the entry has neither annotations nor BABEL labels</source>
        <translation>%1：该条目既没有标注，也没有 BABEL 标签</translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>标签 %1</translation>
    </message>
    <message>
        <source>%1: line %2: a quoted field does not end</source>
        <translation>%1：第 %2 行：带引号的字段没有结束</translation>
    </message>
    <message>
        <source>%1: the header must name start, end and label or text columns (got %2)</source>
        <translation>%1：表头必须包含 start、end 以及 label 或 text 列（实际为 %2）</translation>
    </message>
    <message>
        <source>%1: line %2: start and end must be seconds with end after start (got &apos;%3&apos;, &apos;%4&apos;)</source>
        <translation>%1：第 %2 行：start 和 end 必须是秒数，且 end 晚于 start（实际为“%3”、“%4”）</translation>
    </message>
    <message>
        <source>%1: unknown annotation format &apos;.%2&apos; (import HumanML3D .txt, BABEL or KIT-ML .json, or .csv)</source>
        <translation>%1：未知的标注格式“.%2”（可导入 HumanML3D .txt、BABEL 或 KIT-ML .json，或 .csv）</translation>
    </message>
    <message>
        <source>%1: a segment must end after it starts (frames %2 to %3)</source>
        <translation>%1：片段的结束必须晚于开始（第 %2 帧至第 %3 帧）</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name, or open it</source>
        <translation>%1 已存在：请选择其他名称，或将其打开</translation>
    </message>
    <message>
        <source>%1: no such project file</source>
        <translation>%1：项目文件不存在</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1 is not a GeoMotion project (not an SQLite database)</source>
        <translation>%1 不是 GeoMotion 项目（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is not a GeoMotion project (a damaged or encrypted SQLite file)</source>
        <translation>%1 不是 GeoMotion 项目（SQLite 文件已损坏或已加密）</translation>
    </message>
    <message>
        <source>%1 is not a GeoMotion project (an SQLite database of another program)</source>
        <translation>%1 不是 GeoMotion 项目（属于其他程序的 SQLite 数据库）</translation>
    </message>
    <message>
        <source>%1 was made by a newer GeoMotion Studio (project schema %2; this one reads up to %3): update to open it</source>
        <translation>%1 由更新版本的 GeoMotion Studio 创建（项目架构 %2；此版本最高只能读取 %3）：请更新后再打开</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it was not changed</source>
        <translation>%1 已损坏（%2）；文件未被更改</translation>
    </message>
    <message>
        <source>%1 cannot be read to the end</source>
        <translation>无法完整读取 %1</translation>
    </message>
    <message>
        <source>%1: no segment %2</source>
        <translation>%1：没有片段 %2</translation>
    </message>
    <message>
        <source>%1: could not save: %2</source>
        <translation>%1：无法保存：%2</translation>
    </message>
    <message>
        <source>%1: encoding failed: %2</source>
        <translation>%1：编码失败：%2</translation>
    </message>
    <message>
        <source>%1: writing failed: %2</source>
        <translation>%1：写入失败：%2</translation>
    </message>
    <message>
        <source>%1 exists (choose to replace it, or another name)</source>
        <translation>%1 已存在（请选择替换它，或使用其他名称）</translation>
    </message>
    <message>
        <source>%1: %2 × %3 at %4 fps is not a size and rate this can write</source>
        <translation>%1：无法写入 %2 × %3、%4 fps 的尺寸和帧率</translation>
    </message>
    <message>
        <source>%1: H.264 needs an even width and height</source>
        <translation>%1：H.264 要求宽度和高度均为偶数</translation>
    </message>
    <message>
        <source>%1: no %2 muxer: %3</source>
        <translation>%1：没有 %2 复用器：%3</translation>
    </message>
    <message>
        <source>%1: this FFmpeg has no %2 encoder</source>
        <translation>%1：此 FFmpeg 没有 %2 编码器</translation>
    </message>
    <message>
        <source>%1: cannot start the encoder: %2</source>
        <translation>%1：无法启动编码器：%2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1: cannot write the header: %2</source>
        <translation>%1：无法写入文件头：%2</translation>
    </message>
    <message>
        <source>%1: out of memory for a frame</source>
        <translation>%1：内存不足，无法容纳一帧</translation>
    </message>
    <message>
        <source>%1: cannot finish the file: %2</source>
        <translation>%1：无法完成文件：%2</translation>
    </message>
    <message>
        <source>%1: cannot move the finished video into place</source>
        <translation>%1：无法将完成的视频移动到目标位置</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a video: %2</source>
        <translation>无法将 %1 作为视频打开：%2</translation>
    </message>
    <message>
        <source>%1 has no video stream</source>
        <translation>%1 没有视频流</translation>
    </message>
    <message>
        <source>%1: no decoder for its video</source>
        <translation>%1：没有适用于其视频的解码器</translation>
    </message>
    <message>
        <source>%1: cannot start the decoder</source>
        <translation>%1：无法启动解码器</translation>
    </message>
    <message>
        <source>%1 is damaged (project schema %2); it was not changed</source>
        <translation>%1 已损坏（项目架构 %2）；未作任何更改</translation>
    </message>
    <message>
        <source>%1 cannot be brought up to project schema %2 (%3); it was not changed</source>
        <translation>无法将 %1 升级到项目架构 %2（%3）；未作任何更改</translation>
    </message>
</context>
<context>
    <name>gm::app::AnnotationCommands</name>
    <message>
        <source>Add Segment</source>
        <translation>添加片段</translation>
    </message>
    <message>
        <source>Delete Segment</source>
        <translation>删除片段</translation>
    </message>
    <message>
        <source>Move Segment</source>
        <translation>移动片段</translation>
    </message>
    <message>
        <source>Resize Segment</source>
        <translation>调整片段长度</translation>
    </message>
    <message>
        <source>Edit Caption</source>
        <translation>编辑描述</translation>
    </message>
    <message>
        <source>Set Label</source>
        <translation>设置标签</translation>
    </message>
    <message>
        <source>Use Caption as Annotation</source>
        <translation>将描述用作标注</translation>
    </message>
    <message>
        <source>Split Segment</source>
        <translation>拆分片段</translation>
    </message>
    <message>
        <source>Import %1 Segments</source>
        <translation>导入 %1 个片段</translation>
    </message>
    <message>
        <source>Merge Segments</source>
        <translation>合并片段</translation>
    </message>
</context>
<context>
    <name>gm::app::ClipLibrary</name>
    <message>
        <source>%1: the file holds no frames</source>
        <translation>%1：文件中没有帧</translation>
    </message>
    <message>
        <source>%1: unknown error while reading</source>
        <translation>%1：读取时发生未知错误</translation>
    </message>
</context>
<context>
    <name>gm::app::MlController</name>
    <message>
        <source>code %1</source>
        <translation>码字 %1</translation>
    </message>
</context>
<context>
    <name>gm::app::MlWorker</name>
    <message>
        <source>Reading the motion tokenizer…</source>
        <translation>正在读取动作分词器…</translation>
    </message>
    <message>
        <source>Reading the captioner…</source>
        <translation>正在读取描述生成器…</translation>
    </message>
    <message>
        <source>Measuring the codebook geometry…</source>
        <translation>正在测量码本几何结构…</translation>
    </message>
    <message>
        <source>Model loaded</source>
        <translation>模型已加载</translation>
    </message>
</context>
<context>
    <name>gm::app::MotionDocument</name>
    <message>
        <source>Actions</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation>没有打开的项目</translation>
    </message>
    <message>
        <source>Only two segments of the same clip and tier can be merged</source>
        <translation>只能合并同一剪辑、同一层级中的两个片段</translation>
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
        <translation>已有导出正在进行</translation>
    </message>
    <message>
        <source>Cannot render offscreen: %1</source>
        <translation>无法进行离屏渲染：%1</translation>
    </message>
    <message>
        <source>Export cancelled: no file was left</source>
        <translation>导出已取消：未留下任何文件</translation>
    </message>
    <message>
        <source>Rendering failed: %1</source>
        <translation>渲染失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n frame(s))</source>
        <translation>
            <numerusform>已写入 %1（%n 帧）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gm::ui::AnnotationController</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation>打开项目(&amp;P)…</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Close Pro&amp;ject</source>
        <translation>关闭项目(&amp;J)</translation>
    </message>
    <message>
        <source>Open &amp;Dataset Folder…</source>
        <translation>打开数据集文件夹(&amp;D)…</translation>
    </message>
    <message>
        <source>Open a Dataset Folder (HumanML3D or KIT-ML layout, or motion files)</source>
        <translation>打开数据集文件夹（HumanML3D 或 KIT-ML 布局，或动作文件）</translation>
    </message>
    <message>
        <source>&amp;Export Annotations…</source>
        <translation>导出标注(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;Video…</source>
        <translation>导出视频(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>导入标注(&amp;I)…</translation>
    </message>
    <message>
        <source>Import Annotations into the Active Clip</source>
        <translation>将标注导入当前剪辑</translation>
    </message>
    <message>
        <source>Annotations (*.txt *.json *.csv);;HumanML3D texts (*.txt);;BABEL or KIT-ML JSON (*.json);;CSV (*.csv)</source>
        <translation>标注 (*.txt *.json *.csv);;HumanML3D 文本 (*.txt);;BABEL 或 KIT-ML JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit Segment…</source>
        <translation>编辑片段(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Segment</source>
        <translation>删除片段(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Split at Play Head</source>
        <translation>在播放头处拆分(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Merge with Next</source>
        <translation>与下一个合并(&amp;M)</translation>
    </message>
    <message>
        <source>Mark &amp;In Point</source>
        <translation>标记入点(&amp;I)</translation>
    </message>
    <message>
        <source>Add Segment to &amp;Out Point</source>
        <translation>添加片段至出点(&amp;O)</translation>
    </message>
    <message>
        <source>Snap to &amp;Token Boundaries</source>
        <translation>吸附到词元边界(&amp;T)</translation>
    </message>
    <message>
        <source>Could Not Save the Edit</source>
        <translation>无法保存编辑</translation>
    </message>
    <message>
        <source>Could Not Create the Project</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <source>Created project %1</source>
        <translation>已创建项目 %1</translation>
    </message>
    <message>
        <source>Could Not Open the Project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Opened project %1</source>
        <translation>已打开项目 %1</translation>
    </message>
    <message numerus="yes">
        <source>Opened project %1: %n clip file(s) moved or missing</source>
        <translation>
            <numerusform>已打开项目 %1：%n 个剪辑文件已移动或缺失</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Find the %n Missing Clip(s) in a Folder</source>
        <translation>
            <numerusform>在文件夹中查找 %n 个缺失的剪辑</numerusform>
        </translation>
    </message>
    <message>
        <source>Found %1 of %2 missing clips by their content</source>
        <translation>已按内容找到 %2 个缺失剪辑中的 %1 个</translation>
    </message>
    <message>
        <source>The Folder Is Read-Only: Where Should Its Project Go?</source>
        <translation>该文件夹为只读：项目应保存在何处？</translation>
    </message>
    <message>
        <source>Could Not Open the Dataset</source>
        <translation>无法打开数据集</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n segment(s) from %1</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个片段</numerusform>
        </translation>
    </message>
    <message>
        <source>Could Not Import Annotations</source>
        <translation>无法导入标注</translation>
    </message>
    <message>
        <source>Edit Caption</source>
        <translation>编辑描述</translation>
    </message>
    <message>
        <source>Set Label</source>
        <translation>设置标签</translation>
    </message>
    <message>
        <source>Caption of frames %1–%2:</source>
        <translation>第 %1–%2 帧的描述：</translation>
    </message>
    <message>
        <source>Label of frames %1–%2 (a new one joins the vocabulary):</source>
        <translation>第 %1–%2 帧的标签（新标签将加入词汇表）：</translation>
    </message>
    <message>
        <source>Move the play head inside the selected segment to split it</source>
        <translation>将播放头移到所选片段内部以拆分它</translation>
    </message>
    <message>
        <source>No later segment on this tier to merge with</source>
        <translation>此层级上没有可合并的后续片段</translation>
    </message>
    <message>
        <source>No Project</source>
        <translation>没有项目</translation>
    </message>
    <message>
        <source>Annotations are kept in a project: create one with File ▸ New Project… (or open one), then use the caption again.</source>
        <translation>标注保存在项目中：请通过“文件 ▸ 新建项目…”创建一个项目（或打开已有项目），然后再次使用该描述。</translation>
    </message>
    <message>
        <source>GeoMotion projects (*.gmproj);;All files (*)</source>
        <translation>GeoMotion 项目 (*.gmproj);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
</context>
<context>
    <name>gm::ui::AnnotationLane</name>
    <message>
        <source>No project: File ▸ New Project… to annotate</source>
        <translation>没有项目：请通过“文件 ▸ 新建项目…”开始标注</translation>
    </message>
    <message>
        <source>This clip is not a file the project can annotate</source>
        <translation>此剪辑不是项目可以标注的文件</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;frames %2–%3 (%4–%5 s)&lt;br&gt;%6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;第 %2–%3 帧（%4–%5 秒）&lt;br&gt;%6</translation>
    </message>
    <message>
        <source>caption by model %1</source>
        <translation>由模型 %1 生成的描述</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>作者：%1</translation>
    </message>
</context>
<context>
    <name>gm::ui::CaptionDock</name>
    <message>
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <source>Candidate %1: %2</source>
        <translation>候选 %1：%2</translation>
    </message>
    <message>
        <source>Captioning failed: %1</source>
        <translation>生成描述失败：%1</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation>生成描述(&amp;C)</translation>
    </message>
    <message>
        <source>Caption the clip or the selected tokens (%1)</source>
        <translation>为剪辑或所选词元生成描述（%1）</translation>
    </message>
    <message>
        <source>Cancel Caption</source>
        <translation>取消生成描述</translation>
    </message>
    <message>
        <source>Copy Caption</source>
        <translation>复制描述</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>&amp;Use as Annotation</source>
        <translation>用作标注(&amp;U)</translation>
    </message>
    <message>
        <source>Add the chosen caption to the project as a segment over its tokens (%1)</source>
        <translation>将所选描述作为覆盖其词元的片段添加到项目中（%1）</translation>
    </message>
    <message>
        <source>Use as Annotation</source>
        <translation>用作标注</translation>
    </message>
    <message>
        <source>&amp;Decoding:</source>
        <translation>解码方式(&amp;D)：</translation>
    </message>
    <message>
        <source>Greedy (as released)</source>
        <translation>贪心（与发布版本一致）</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>采样</translation>
    </message>
    <message>
        <source>Beam search</source>
        <translation>束搜索</translation>
    </message>
    <message>
        <source>Ca&amp;ndidates:</source>
        <translation>候选数(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>温度(&amp;T)：</translation>
    </message>
    <message>
        <source>Top-&amp;k (0: all):</source>
        <translation>Top-k（0：全部）(&amp;K)：</translation>
    </message>
    <message>
        <source>Top-&amp;p:</source>
        <translation>Top-p(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Beams:</source>
        <translation>束数(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>随机种子(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Max tokens:</source>
        <translation>最大词元数(&amp;M)：</translation>
    </message>
    <message>
        <source>log p</source>
        <translation>log p</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <source>Open a clip to caption it.</source>
        <translation>打开一个剪辑以为其生成描述。</translation>
    </message>
    <message>
        <source>No model loaded.</source>
        <translation>未加载模型。</translation>
    </message>
    <message>
        <source>The model %1 has no captioner.</source>
        <translation>模型 %1 没有描述生成器。</translation>
    </message>
    <message>
        <source>Tokenizing %1…</source>
        <translation>正在对 %1 进行词元化…</translation>
    </message>
    <message numerus="yes">
        <source>Whole clip: %n token(s), %1–%2 s</source>
        <translation>
            <numerusform>整个剪辑：%n 个词元，%1–%2 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens %1–%2 of %3: %4–%5 s (drag on the token lane to change, click to clear)</source>
        <translation>词元 %1–%2（共 %3 个）：%4–%5 秒（在词元轨道上拖动以更改，单击以清除）</translation>
    </message>
    <message>
        <source>tokens %1–%2</source>
        <translation>词元 %1–%2</translation>
    </message>
    <message>
        <source>Cancelled (%1): what was made so far is kept.</source>
        <translation>已取消（%1）：已生成的内容将保留。</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) for %1 in %2 s</source>
        <translation>
            <numerusform>%1 的 %n 个候选，用时 %2 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Caption candidates</source>
        <translation>描述候选</translation>
    </message>
    <message>
        <source>Caption</source>
        <comment>button: caption the clip now</comment>
        <translation>生成描述</translation>
    </message>
    <message numerus="yes">
        <source>It reads %n token(s) at most: select %1–%2 for the rest.</source>
        <translation>
            <numerusform>最多读取 %n 个词元：其余请选择 %1–%2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gm::ui::ClipListDock</name>
    <message>
        <source>Close Clip</source>
        <translation>关闭剪辑</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>剪辑</translation>
    </message>
    <message>
        <source>Open clips</source>
        <translation>已打开的剪辑</translation>
    </message>
    <message>
        <source>%1
%2, %3 joints, %4 frames at %5 fps (%6 s)</source>
        <translation>%1
%2，%3 个关节，%4 帧，%5 fps（%6 秒）</translation>
    </message>
</context>
<context>
    <name>gm::ui::DatasetDock</name>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>All clips</source>
        <translation>所有剪辑</translation>
    </message>
    <message>
        <source>Without annotations</source>
        <translation>未标注</translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation>已标注</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>剪辑</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>&amp;Next Clip Without Annotations</source>
        <translation>下一个未标注的剪辑(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;revious Clip Without Annotations</source>
        <translation>上一个未标注的剪辑(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n clip(s) annotated</source>
        <translation>
            <numerusform>%n 个剪辑中已标注 %1 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gm::ui::ErrorCurve</name>
    <message>
        <source>MPJPE %1 (max %2)</source>
        <translation>MPJPE %1（最大 %2）</translation>
    </message>
    <message>
        <source>%1 s: reconstruction error %2</source>
        <translation>%1 秒：重建误差 %2</translation>
    </message>
</context>
<context>
    <name>gm::ui::ExportDialog</name>
    <message>
        <source>Export Annotations</source>
        <translation>导出标注</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;HumanML3D layout (joints, features, texts, motion tokens)</source>
        <translation>HumanML3D 布局（关节、特征、文本、动作词元）(&amp;H)</translation>
    </message>
    <message>
        <source>BABEL &amp;JSON</source>
        <translation>BABEL JSON(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;CSV of segments</source>
        <translation>片段的 CSV(&amp;C)</translation>
    </message>
    <message>
        <source>B&amp;VH of each segment on its skeleton</source>
        <translation>每个片段基于其骨架的 BVH(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Token ids (.npy)</source>
        <translation>词元 ID（.npy）(&amp;T)</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Token ids need a model: load one first</source>
        <translation>词元 ID 需要模型：请先加载一个模型</translation>
    </message>
    <message>
        <source>&amp;Whole clips (one item per annotated clip)</source>
        <translation>整个剪辑（每个已标注剪辑一项）(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Replace existing files</source>
        <translation>替换现有文件(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>Export Into</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n item(s); the files written are complete.</source>
        <translation>
            <numerusform>已在 %n 项后取消；已写入的文件是完整的。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s)</source>
        <translation>
            <numerusform>已导出 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n file(s), to %1.</source>
        <translation>
            <numerusform>，共 %n 个文件，位于 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped:</source>
        <translation>
            <numerusform>跳过 %n 项：</numerusform>
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
        <translation>无法统计 %1：%2</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>几何</translation>
    </message>
    <message>
        <source>Gram matrix</source>
        <translation>Gram 矩阵</translation>
    </message>
    <message>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>使用情况</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>行(&amp;R)：</translation>
    </message>
    <message>
        <source>DVQ codebook</source>
        <translation>DVQ 码本</translation>
    </message>
    <message>
        <source>Captioner motion embeddings</source>
        <translation>描述生成器的动作嵌入</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>排序(&amp;O)：</translation>
    </message>
    <message>
        <source>By code</source>
        <translation>按码字</translation>
    </message>
    <message>
        <source>By count</source>
        <translation>按计数</translation>
    </message>
    <message>
        <source>Count a &amp;Folder…</source>
        <translation>统计文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Tokenize every clip of a dataset folder (HumanML3D layout or motion files) and show its code usage</source>
        <translation>对数据集文件夹（HumanML3D 布局或动作文件）中的每个剪辑进行词元化，并显示其码字使用情况</translation>
    </message>
    <message>
        <source>Open &amp;Clip</source>
        <translation>已打开的剪辑(&amp;C)</translation>
    </message>
    <message>
        <source>Show the code usage of the open clip again</source>
        <translation>重新显示已打开剪辑的码字使用情况</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Codebook and motion embeddings (PCA)</source>
        <translation>码本与动作嵌入（PCA）</translation>
    </message>
    <message>
        <source>Captioner rows (aligned)</source>
        <translation>描述生成器的行（已对齐）</translation>
    </message>
    <message>
        <source>PC1 (%1 % of the codebook&apos;s variance)</source>
        <translation>PC1（码本方差的 %1 %）</translation>
    </message>
    <message>
        <source>PC2 (%1 %)</source>
        <translation>PC2（%1 %）</translation>
    </message>
    <message>
        <source>Captioner rows: own PCA (%1 %, %2 %), rotated onto the codebook&apos;s</source>
        <translation>描述生成器的行：自身的 PCA（%1 %，%2 %），已旋转到码本的主成分上</translation>
    </message>
    <message>
        <source>Cosine similarity of the captioner&apos;s motion embeddings</source>
        <translation>描述生成器动作嵌入的余弦相似度</translation>
    </message>
    <message>
        <source>Cosine similarity of the DVQ codebook</source>
        <translation>DVQ 码本的余弦相似度</translation>
    </message>
    <message>
        <source>orthogonality mean((ĈĈᵀ − I)²) = %1 over %2 codes</source>
        <translation>正交性 mean((ĈĈᵀ − I)²) = %1（共 %2 个码字）</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>未加载模型</translation>
    </message>
    <message>
        <source>Count the Codes of a Folder</source>
        <translation>统计文件夹中的码字</translation>
    </message>
    <message>
        <source>Counting the codes of %1…</source>
        <translation>正在统计 %1 的码字…</translation>
    </message>
    <message>
        <source>Code usage in %1</source>
        <translation>%1 中的码字使用情况</translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s), %1 tokens, %2 distinct codes of %3, perplexity %4</source>
        <translation>
            <numerusform>%n 个剪辑，%1 个词元，%2 个不同码字（共 %3 个），困惑度 %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) skipped</source>
        <translation>
            <numerusform>；跳过了 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled: partial counts)</source>
        <translation>（已取消：部分计数）</translation>
    </message>
    <message>
        <source>Skipped:
%1</source>
        <translation>已跳过：
%1</translation>
    </message>
    <message>
        <source>Code usage</source>
        <translation>码字使用情况</translation>
    </message>
    <message>
        <source>%1 tokens, %2 distinct codes of %3, perplexity %4</source>
        <translation>%1 个词元，%2 个不同码字（共 %3 个），困惑度 %4</translation>
    </message>
    <message>
        <source>Open a clip to see its codes</source>
        <translation>打开一个剪辑以查看其码字</translation>
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
        <translation>就绪</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Front</source>
        <translation>前视图(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后视图(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Top</source>
        <translation>顶视图(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Perspective</source>
        <translation>透视(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>相机(&amp;C)</translation>
    </message>
    <message>
        <source>Show &amp;Grid</source>
        <translation>显示网格(&amp;G)</translation>
    </message>
    <message>
        <source>Show &amp;Axes</source>
        <translation>显示坐标轴(&amp;A)</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About GeoMotion Studio</source>
        <translation>关于 GeoMotion Studio(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>No OpenGL 3.3</source>
        <translation>不支持 OpenGL 3.3</translation>
    </message>
    <message>
        <source>OpenGL %1 · %2</source>
        <translation>OpenGL %1 · %2</translation>
    </message>
    <message>
        <source>About GeoMotion Studio</source>
        <translation>关于 GeoMotion Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GeoMotion Studio&lt;/h3&gt;&lt;p&gt;See, tokenize, caption and annotate human motion with the GeoMotionGPT model.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GeoMotion Studio&lt;/h3&gt;&lt;p&gt;使用 GeoMotionGPT 模型查看、词元化、描述和标注人体动作。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或（由您选择）任何更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>加载已取消</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Demo Clip</source>
        <translation>打开演示剪辑(&amp;D)</translation>
    </message>
    <message>
        <source>The demo clip is not installed</source>
        <translation>未安装演示剪辑</translation>
    </message>
    <message>
        <source>&amp;Close Clip</source>
        <translation>关闭剪辑(&amp;C)</translation>
    </message>
    <message>
        <source>Close &amp;All Clips</source>
        <translation>关闭所有剪辑(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>侧视图(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Other Side</source>
        <translation>另一侧视图(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Clips</source>
        <translation>适应剪辑(&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;ollow the Active Clip</source>
        <translation>跟随当前剪辑(&amp;O)</translation>
    </message>
    <message>
        <source>Several &amp;Clips</source>
        <translation>多个剪辑(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>并排(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Overlaid</source>
        <translation>叠加(&amp;O)</translation>
    </message>
    <message>
        <source>Root &amp;Trajectory</source>
        <translation>根节点轨迹(&amp;T)</translation>
    </message>
    <message>
        <source>Joint T&amp;rails</source>
        <translation>关节拖尾(&amp;R)</translation>
    </message>
    <message>
        <source>Show S&amp;hadows</source>
        <translation>显示阴影(&amp;H)</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>时间线(&amp;I)</translation>
    </message>
    <message>
        <source>C&amp;lip List</source>
        <translation>剪辑列表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>Open Motion Files</source>
        <translation>打开动作文件</translation>
    </message>
    <message>
        <source>Opened %1: %2 joints, %3 frames at %4 fps</source>
        <translation>已打开 %1：%2 个关节，%3 帧，%4 fps</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>Could Not Open File</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Loading %n file(s)…</source>
        <translation>
            <numerusform>正在加载 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — GeoMotion Studio</source>
        <translation>%1 — GeoMotion Studio</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <source>MPJPE</source>
        <translation>MPJPE</translation>
    </message>
    <message>
        <source>Loading model %1…</source>
        <translation>正在加载模型 %1…</translation>
    </message>
    <message>
        <source>Cannot tokenize the clip: %1</source>
        <translation>无法对剪辑进行词元化：%1</translation>
    </message>
    <message>
        <source>Cannot decode: %1</source>
        <translation>无法解码：%1</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Reconstruction</source>
        <translation>重建(&amp;R)</translation>
    </message>
    <message>
        <source>Draw the tokenizer&apos;s decoding of each clip beside it (side by side) or over it (overlaid)</source>
        <translation>在每个剪辑旁边（并排）或上方（叠加）绘制分词器对它的解码结果</translation>
    </message>
    <message>
        <source>C&amp;aption</source>
        <translation>描述(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Geometry</source>
        <translation>几何(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Dataset</source>
        <translation>数据集(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Open Model…</source>
        <translation>打开模型(&amp;O)…</translation>
    </message>
    <message>
        <source>Use the &amp;Bundled Model</source>
        <translation>使用内置模型(&amp;B)</translation>
    </message>
    <message>
        <source>Model &amp;Info…</source>
        <translation>模型信息(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>设备(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Automatic (CUDA when available)</source>
        <translation>自动（可用时使用 CUDA）(&amp;A)</translation>
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
        <translation>CUDA（此版本或此计算机不可用）(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Preview the Selected Code</source>
        <translation>预览所选码字(&amp;P)</translation>
    </message>
    <message>
        <source>Decode eight tokens of the selected code and open the motion as a clip</source>
        <translation>解码所选码字的八个词元，并将得到的动作作为剪辑打开</translation>
    </message>
    <message>
        <source>bundled default</source>
        <translation>内置默认</translation>
    </message>
    <message>
        <source>Open Model Directory (config.json, model.safetensors, mean/std, tokenizer files)</source>
        <translation>打开模型目录（config.json、model.safetensors、mean/std、分词器文件）</translation>
    </message>
    <message>
        <source>Model %1 · %2</source>
        <translation>模型 %1 · %2</translation>
    </message>
    <message>
        <source>Loaded model %1 in %2 s</source>
        <translation>已加载模型 %1，用时 %2 秒</translation>
    </message>
    <message>
        <source>Could Not Load Model</source>
        <translation>无法加载模型</translation>
    </message>
    <message>
        <source>The model in %1 could not be loaded.</source>
        <translation>无法加载 %1 中的模型。</translation>
    </message>
    <message>
        <source>

The model %1 stays loaded.</source>
        <translation>

模型 %1 仍保持加载。</translation>
    </message>
    <message>
        <source>Model Info</source>
        <translation>模型信息</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>未加载模型。</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Tokenizer</source>
        <translation>分词器</translation>
    </message>
    <message>
        <source>%1 parameters, width %2</source>
        <translation>%1 个参数，宽度 %2</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>码本</translation>
    </message>
    <message>
        <source>%1 codes × %2</source>
        <translation>%1 个码字 × %2</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>%1-D, %2 frames per token</source>
        <translation>%1 维，每个词元 %2 帧</translation>
    </message>
    <message>
        <source>Captioner</source>
        <translation>描述生成器</translation>
    </message>
    <message>
        <source>%1 parameters, embedding width %2</source>
        <translation>%1 个参数，嵌入宽度 %2</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>词汇表</translation>
    </message>
    <message>
        <source>%1 (50257 text + %2 motion + 3 special)</source>
        <translation>%1（文本 50257 + 动作 %2 + 特殊 3）</translation>
    </message>
    <message>
        <source>none (a tokenizer-only model)</source>
        <translation>无（仅含分词器的模型）</translation>
    </message>
    <message>
        <source>Codebook orthogonality</source>
        <translation>码本正交性</translation>
    </message>
    <message>
        <source>Loaded in</source>
        <translation>加载用时</translation>
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
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Manage Models…</source>
        <translation>管理模型(&amp;M)…</translation>
    </message>
    <message>
        <source>The bundled and installed models: use, remove, download</source>
        <translation>内置模型与已安装模型：使用、删除、下载</translation>
    </message>
    <message>
        <source>Install the paper&apos;s released model, or one from a URL or folder</source>
        <translation>安装论文发布的模型，或来自 URL 或文件夹的模型</translation>
    </message>
    <message>
        <source>Installed the model in %1</source>
        <translation>模型已安装到 %1</translation>
    </message>
    <message>
        <source>Do&amp;wnload Model…</source>
        <translation>下载模型(&amp;W)…</translation>
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
        <translation>下载模型</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Another source (a URL or a folder)</source>
        <translation>其他来源（URL 或文件夹）</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>来源(&amp;F)：</translation>
    </message>
    <message>
        <source>https://huggingface.co/OWNER/REPO, a manifest (.json) or a model folder</source>
        <translation>https://huggingface.co/OWNER/REPO、清单文件 (.json) 或模型文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>选择模型文件夹</translation>
    </message>
    <message>
        <source>&amp;Install as:</source>
        <translation>安装为(&amp;I)：</translation>
    </message>
    <message>
        <source>the source&apos;s name</source>
        <translation>来源的名称</translation>
    </message>
    <message>
        <source>&amp;Replace an installed model of that name</source>
        <translation>替换同名的已安装模型(&amp;R)</translation>
    </message>
    <message>
        <source>Models are installed in %1</source>
        <translation>模型安装在 %1</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>下载(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop the download: what arrived is kept, and downloading again resumes it</source>
        <translation>停止下载：已接收的部分会保留，再次下载即可继续</translation>
    </message>
    <message>
        <source>&amp;Use Now</source>
        <translation>立即使用(&amp;U)</translation>
    </message>
    <message>
        <source>Any http(s) folder with config.json and model.safetensors (the official layout), a Hugging Face repository, a manifest, or a folder on this computer. The GPT-2 tokenizer files and HumanML3D&apos;s statistics are added when the source lacks them.</source>
        <translation>任何包含 config.json 和 model.safetensors（官方布局）的 http(s) 文件夹、Hugging Face 仓库、清单文件，或本机上的文件夹。来源缺少时，会补上 GPT-2 分词器文件和 HumanML3D 统计数据。</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>许可：</translation>
    </message>
    <message>
        <source>Cite:</source>
        <translation>引用：</translation>
    </message>
    <message>
        <source>Download size: %1</source>
        <translation>下载大小：%1</translation>
    </message>
    <message>
        <source>A Model Folder to Install</source>
        <translation>要安装的模型文件夹</translation>
    </message>
    <message>
        <source>Give a URL or a folder to install from.</source>
        <translation>请提供要安装的 URL 或文件夹。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a model&apos;s name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>“%1”不能作为模型名称：请使用字母、数字、“.”、“_”和“-”。</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>正在查找 %1…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Downloading %1 (file %2 of %3): %4</source>
        <translation>正在下载 %1（第 %2 个文件，共 %3 个）：%4</translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation> · %1/秒</translation>
    </message>
    <message numerus="yes">
        <source> · about %n min left</source>
        <translation>
            <numerusform> · 约剩 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n s left</source>
        <translation>
            <numerusform> · 剩余 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1: %2</source>
        <translation>正在校验 %1：%2</translation>
    </message>
    <message>
        <source>Adding the tokenizer files and dataset statistics the source lacks…</source>
        <translation>正在补上来源缺少的分词器文件和数据集统计…</translation>
    </message>
    <message>
        <source>Loading the model to check every tensor…</source>
        <translation>正在加载模型以检查每个张量…</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>正在安装…</translation>
    </message>
    <message>
        <source>Installed in %1.</source>
        <translation>已安装到 %1。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>Stopped. Nothing was installed; what arrived is kept, and Download resumes it.</source>
        <translation>已停止。未安装任何内容；已接收的部分会保留，点击“下载”即可继续。</translation>
    </message>
    <message>
        <source>Could not install the model: %1</source>
        <translation>无法安装模型：%1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>gm::ui::ModelManagerDialog</name>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>安装时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>使用(&amp;U)</translation>
    </message>
    <message>
        <source>Load the selected model</source>
        <translation>加载所选模型</translation>
    </message>
    <message>
        <source>&amp;Download Model…</source>
        <translation>下载模型(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Installed models are kept in %1 (geomotion model list shows them too)</source>
        <translation>已安装的模型保存在 %1（geomotion model list 也会列出）</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1（使用中）</translation>
    </message>
    <message>
        <source>Bundled default</source>
        <translation>内置默认模型</translation>
    </message>
    <message>
        <source>with the studio</source>
        <translation>随工作室提供</translation>
    </message>
    <message>
        <source>trained for GeoMotion Studio (see its README)</source>
        <translation>为 GeoMotion Studio 训练（见其 README）</translation>
    </message>
    <message>
        <source>The small default model that ships with the studio: a DVQ and a GPT-2-architecture captioner trained on procedural motion and CMU clips. Folder: %1</source>
        <translation>随工作室提供的小型默认模型：一个 DVQ 和一个 GPT-2 架构的描述生成器，在程序化动作和 CMU 片段上训练。文件夹：%1</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>许可：%1</translation>
    </message>
    <message>
        <source>Cite: %1</source>
        <translation>引用：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), each with its SHA-256 in %1</source>
        <translation>
            <numerusform>%n 个文件，各自的 SHA-256 记录在 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (partial download)</source>
        <translation>%1（部分下载）</translation>
    </message>
    <message>
        <source>A download that did not finish: Download Model… with the same source and name resumes it; Remove discards it.</source>
        <translation>未完成的下载：用相同来源和名称执行“下载模型…”即可继续；“删除”会丢弃它。</translation>
    </message>
    <message>
        <source>The model in use cannot be removed: load another one first</source>
        <translation>无法删除正在使用的模型：请先加载其他模型</translation>
    </message>
    <message>
        <source>The bundled model comes with the studio</source>
        <translation>内置模型随工作室提供</translation>
    </message>
    <message>
        <source>Remove Model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <source>Discard the partial download of %1?</source>
        <translation>要丢弃 %1 的部分下载吗？</translation>
    </message>
    <message>
        <source>Remove the model %1 and its files (%2)?</source>
        <translation>要删除模型 %1 及其文件（%2）吗？</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>gm::ui::PreferencesDialog</name>
    <message>
        <source>The Model to Load at Start</source>
        <translation>启动时加载的模型</translation>
    </message>
    <message>
        <source>Where Projects Are Kept</source>
        <translation>项目的存放位置</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>The language of menus, panels and messages; it changes at once</source>
        <translation>菜单、面板和消息所用的语言；更改后立即生效</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Length &amp;units:</source>
        <translation>长度单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Centimetres (cm)</source>
        <translation>厘米（cm）</translation>
    </message>
    <message>
        <source>Metres (m)</source>
        <translation>米（m）</translation>
    </message>
    <message>
        <source>&amp;Up axis of motion files:</source>
        <translation>动作文件的向上轴(&amp;U)：</translation>
    </message>
    <message>
        <source>As the file says or as detected</source>
        <translation>按文件声明或自动检测</translation>
    </message>
    <message>
        <source>Always Y</source>
        <translation>始终为 Y</translation>
    </message>
    <message>
        <source>Always Z</source>
        <translation>始终为 Z</translation>
    </message>
    <message>
        <source>For files whose figure lies down or stands on its head: applies to open clips too</source>
        <translation>适用于人物躺倒或倒立的文件：也会应用于已打开的剪辑</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>&amp;At start, load:</source>
        <translation>启动时加载(&amp;A)：</translation>
    </message>
    <message>
        <source>The last model used</source>
        <translation>上次使用的模型</translation>
    </message>
    <message>
        <source>The bundled default model</source>
        <translation>内置默认模型</translation>
    </message>
    <message>
        <source>This model directory:</source>
        <translation>此模型目录：</translation>
    </message>
    <message>
        <source>A model directory (config.json, model.safetensors, …)</source>
        <translation>模型目录（config.json、model.safetensors、…）</translation>
    </message>
    <message>
        <source>Model directory to load at start</source>
        <translation>启动时加载的模型目录</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the model directory</source>
        <translation>选择模型目录</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <source>Automatic (CUDA when available)</source>
        <translation>自动（可用时使用 CUDA）</translation>
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
        <translation>CUDA（此版本或此计算机不可用）</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>速度(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Loop at the end</source>
        <translation>播放到结尾时循环(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Play clips as soon as they open</source>
        <translation>剪辑打开后立即播放(&amp;P)</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Where New Project and Open Project start</source>
        <translation>“新建项目”和“打开项目”的起始位置</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>浏览(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose the projects folder</source>
        <translation>选择项目文件夹</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>恢复默认值(&amp;R)</translation>
    </message>
</context>
<context>
    <name>gm::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>gm::ui::TimelineDock</name>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation>后退一帧(&amp;B)</translation>
    </message>
    <message>
        <source>Step &amp;Forward</source>
        <translation>前进一帧(&amp;F)</translation>
    </message>
    <message>
        <source>Go to &amp;Start</source>
        <translation>转到开头(&amp;S)</translation>
    </message>
    <message>
        <source>Go to &amp;End</source>
        <translation>转到结尾(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Loop</source>
        <translation>循环(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Slower</source>
        <translation>减速(&amp;S)</translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation>加速(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Normal Speed</source>
        <translation>正常速度(&amp;N)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>Playback speed ([ slower, ] faster, \ normal)</source>
        <translation>播放速度（[ 减速，] 加速，\ 正常）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>frame %1 / %2</source>
        <translation>帧 %1 / %2</translation>
    </message>
    <message>
        <source>no clip</source>
        <translation>无剪辑</translation>
    </message>
</context>
<context>
    <name>gm::ui::TimelineLane</name>
    <message>
        <source>Loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>No model: open one from the Model menu</source>
        <translation>无模型：请从“模型”菜单打开一个模型</translation>
    </message>
    <message>
        <source>Tokenizing…</source>
        <translation>正在词元化…</translation>
    </message>
    <message>
        <source>Cannot tokenize this clip: %1</source>
        <translation>无法对此剪辑进行词元化：%1</translation>
    </message>
</context>
<context>
    <name>gm::ui::TokenLane</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Token %1&lt;/b&gt; · %2–%3 s&lt;br&gt;Code &lt;b&gt;%4&lt;/b&gt;, probability %5&lt;br&gt;Alternatives: %6&lt;br&gt;Code %4 occurs %n time(s) in this clip</source>
        <translation>
            <numerusform>&lt;b&gt;词元 %1&lt;/b&gt; · %2–%3 秒&lt;br&gt;码字 &lt;b&gt;%4&lt;/b&gt;，概率 %5&lt;br&gt;备选：%6&lt;br&gt;码字 %4 在此剪辑中出现 %n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gm::ui::VideoExportDialog</name>
    <message>
        <source>Export Video</source>
        <translation>导出视频</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File (.mp4 or .gif):</source>
        <translation>文件（.mp4 或 .gif）(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <source>&amp;Frame rate:</source>
        <translation>帧率(&amp;F)：</translation>
    </message>
    <message>
        <source>The &amp;reconstruction beside the clip</source>
        <translation>在剪辑旁显示重建结果(&amp;R)</translation>
    </message>
    <message>
        <source>Replace the file if it &amp;exists</source>
        <translation>文件已存在时替换(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4);;GIF animation (*.gif)</source>
        <translation>MP4 视频 (*.mp4);;GIF 动画 (*.gif)</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>正在渲染…</translation>
    </message>
    <message>
        <source>Shaded, as the 3-D view</source>
        <translation>着色（与 3D 视图相同）</translation>
    </message>
    <message>
        <source>Figure: lines and dots (fast without a GPU)</source>
        <translation>图示：线与点（无 GPU 也很快）</translation>
    </message>
    <message>
        <source>S&amp;tyle:</source>
        <translation>样式(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>gm::ui::ViewportWidget</name>
    <message>
        <source>3-D view</source>
        <translation>三维视图</translation>
    </message>
    <message>
        <source>The 3-D view needs OpenGL 3.3.
%1</source>
        <translation>三维视图需要 OpenGL 3.3。
%1</translation>
    </message>
</context>
<context>
    <name>gm::ui::plots::HeatmapPlot</name>
    <message>
        <source>code j</source>
        <translation>码字 j</translation>
    </message>
    <message>
        <source>code i</source>
        <translation>码字 i</translation>
    </message>
    <message>
        <source>No matrix</source>
        <translation>无矩阵</translation>
    </message>
    <message>
        <source>codes %1 and %2: cosine %3</source>
        <translation>码字 %1 与 %2：余弦 %3</translation>
    </message>
</context>
<context>
    <name>gm::ui::plots::HistogramPlot</name>
    <message>
        <source>codes by count (rank)</source>
        <translation>按计数排列的码字（名次）</translation>
    </message>
    <message>
        <source>code</source>
        <translation>码字</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <source>No counts</source>
        <translation>无计数</translation>
    </message>
    <message>
        <source>code %1: %2 tokens (%3 %)</source>
        <translation>码字 %1：%2 个词元（%3 %）</translation>
    </message>
</context>
<context>
    <name>gm::ui::plots::PlotWidget</name>
    <message>
        <source>Could not export %1: the size %2 × %3 is not between 1 and %4 pixels.</source>
        <translation>无法导出 %1：尺寸 %2 × %3 不在 1 到 %4 像素之间。</translation>
    </message>
    <message>
        <source>Could not export %1: not enough memory for a %2 × %3 image.</source>
        <translation>无法导出 %1：内存不足，无法创建 %2 × %3 的图像。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not write %1: the PNG encoder failed.</source>
        <translation>无法写入 %1：PNG 编码器失败。</translation>
    </message>
    <message>
        <source>A GeoMotion Studio plot</source>
        <translation>GeoMotion Studio 图表</translation>
    </message>
    <message>
        <source>Could not write %1: the SVG generator did not start.</source>
        <translation>无法写入 %1：SVG 生成器未能启动。</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>导出 SVG…</translation>
    </message>
    <message>
        <source>plot</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Export SVG</source>
        <translation>导出 SVG</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>gm::ui::plots::ScatterPlot</name>
    <message>
        <source>same code</source>
        <translation>相同码字</translation>
    </message>
    <message>
        <source>code %1 (%2): (%3, %4)</source>
        <translation>码字 %1（%2）：(%3, %4)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See, tokenize, caption and annotate human motion.</source>
        <translation>查看、词元化、描述和标注人体动作。</translation>
    </message>
    <message>
        <source>Save a PNG of the window once it is shown, then quit.</source>
        <translation>窗口显示后保存一张窗口的 PNG 图像，然后退出。</translation>
    </message>
    <message>
        <source>Motion files to open; they start playing.</source>
        <translation>要打开的动作文件；打开后即开始播放。</translation>
    </message>
    <message>
        <source>Print where the bundled model and demo clip were found, then quit.</source>
        <translation>打印内置模型和演示剪辑的位置，然后退出。</translation>
    </message>
</context>
</TS>
