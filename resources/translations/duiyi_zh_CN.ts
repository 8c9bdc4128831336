<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/about.py" line="56" />
        <source>About Duiyi</source>
        <translation>关于对译</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/about.py" line="68" />
        <source>Study Chinese–English translation: bilingual texts become term flashcards with spaced repetition.
Licence: {0}. Runs on {1}.
Data folder: {2}</source>
        <translation>学习中英翻译：双语文本变成术语抽认卡，按间隔重复复习。
许可证：{0}。运行于 {1}。
数据文件夹：{2}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/about.py" line="83" />
        <source>Dictionary: </source>
        <translation>词典：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/about.py" line="85" />
        <source>Dictionary: CC-CEDICT is missing from this installation.</source>
        <translation>词典：此安装缺少 CC-CEDICT。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/about.py" line="89" />
        <source>Duiyi ships these packages, under their licences:</source>
        <translation>对译附带以下软件包，各依其许可证：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/about.py" line="93" />
        <source>Package</source>
        <translation>软件包</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/about.py" line="93" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/about.py" line="93" />
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/about.py" line="112" />
        <source>Select a package to read its licence.</source>
        <translation>选择一个软件包以阅读其许可证。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/about.py" line="129" />
        <source>{0} installed no licence file; its metadata states: {1}.</source>
        <translation>{0} 未安装许可证文件；其元数据写明：{1}。</translation>
    </message>
</context>
<context>
    <name>BrowseScreen</name>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="222" />
        <source>Browse</source>
        <translation>浏览</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="236" />
        <source>Search Chinese, English or pinyin (wangluo, wang3luo4 or wǎngluò)</source>
        <translation>搜索中文、英文或拼音（wangluo、wang3luo4 或 wǎngluò）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="240" />
        <source>All decks</source>
        <translation>全部牌组</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="241" />
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="242" />
        <source>All documents</source>
        <translation>全部文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="245" />
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="246" />
        <source>Candidates</source>
        <translation>候选术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="247" />
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="248" />
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="252" />
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="253" />
        <source>Leeches</source>
        <translation>难记卡</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="254" />
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="295" />
        <source>Add Tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="297" />
        <source>Move to Deck…</source>
        <translation>移到牌组…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="299" />
        <source>Suspend</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="301" />
        <source>Unsuspend</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="303" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="314" />
        <source>Ctrl+F search · Del delete · every action undoable</source>
        <translation>Ctrl+F 搜索 · Del 删除 · 每个操作都可撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="336" />
        <source>Several renderings: separate them with ';'</source>
        <translation>多个译法请用“;”分隔</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="339" />
        <source>Chinese:</source>
        <translation>中文：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="340" />
        <source>Pinyin:</source>
        <translation>拼音：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="341" />
        <source>English:</source>
        <translation>英文：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="342" />
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="344" />
        <source>Save Changes</source>
        <translation>保存修改</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/screens/browse.py" line="402" />
        <location filename="../../desktop/gui/screens/browse.py" line="407" />
        <source>{0} term(s)</source>
        <translation>
            <numerusform>{0} 个术语</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/screens/browse.py" line="442" />
        <source>{0} term(s) selected</source>
        <translation>
            <numerusform>已选 {0} 个术语</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="405" />
        <source>{0}+ terms</source>
        <translation>{0}+ 个术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="455" />
        <source>Tags: {0}</source>
        <translation>标签：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="471" />
        <source>Saved. Ctrl+Z undoes.</source>
        <translation>已保存。Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="478" />
        <source>Add Tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="478" />
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="493" />
        <source>Move to Deck</source>
        <translation>移到牌组</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="493" />
        <source>Deck:</source>
        <translation>牌组：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="504" />
        <source>Moved. Ctrl+Z undoes.</source>
        <translation>已移动。Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="511" />
        <source>Suspended. Ctrl+Z undoes.</source>
        <translation>已暂停。Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="511" />
        <source>Unsuspended.</source>
        <translation>已恢复。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/screens/browse.py" line="523" />
        <source>Delete {0} term(s) and their cards? You can undo this.</source>
        <translation>
            <numerusform>删除 {0} 个术语及其卡片？此操作可撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="526" />
        <source>Delete Terms</source>
        <translation>删除术语</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="104" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="105" />
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="106" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="107" />
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="108" />
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="109" />
        <source>Context</source>
        <translation>语境</translation>
    </message>
</context>
<context>
    <name>CandidatesScreen</name>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="218" />
        <source>Candidates</source>
        <translation>候选术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="220" />
        <source>Document:</source>
        <translation>文档：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="228" />
        <source>Terms Duiyi found in your texts. A accepts, R rejects, E edits the English (double-click any of the first three columns), arrows move. Ctrl+Z undoes.</source>
        <translation>对译在你的文本中找到的术语。A 接受，R 拒绝，E 编辑英文（或双击前三列），方向键移动。Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="257" />
        <source>No candidates to review.

Import a bilingual text (Ctrl+O): Duiyi proposes its terms here for you to accept.</source>
        <translation>没有待审核的候选术语。

导入一篇双语文本（Ctrl+O），对译会在这里列出其中的术语供你确认。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="266" />
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="269" />
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="271" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="277" />
        <source>Accept all with confidence at least</source>
        <translation>接受置信度不低于此值的全部术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="283" />
        <source>Accept All Above</source>
        <translation>全部接受</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="314" />
        <source>All documents</source>
        <translation>全部文档</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/screens/candidates.py" line="337" />
        <source>{0} candidate(s) to review</source>
        <translation>
            <numerusform>{0} 个候选术语待审</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/screens/candidates.py" line="383" />
        <source>Accepted {0} term(s). Ctrl+Z undoes.</source>
        <translation>
            <numerusform>已接受 {0} 个术语。Ctrl+Z 可撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/screens/candidates.py" line="386" />
        <source>Rejected {0} candidate(s). Ctrl+Z undoes.</source>
        <translation>
            <numerusform>已拒绝 {0} 个候选术语。Ctrl+Z 可撤销。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoiceWindow</name>
    <message>
        <location filename="../../desktop/gui/drill_run/choice.py" line="173" />
        <source>Right.</source>
        <translation>正确。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/choice.py" line="176" />
        <source>Not right. The answer is {0}. {1}</source>
        <translation>不对。正确答案是 {0}. {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/choice.py" line="181" />
        <source>End of the drill</source>
        <translation>练习结束</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/choice.py" line="183" />
        <source>{0} of {1} right</source>
        <translation>{1} 题答对 {0} 题</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/choice.py" line="186" />
        <source>To look at again:</source>
        <translation>需要再看的：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/choice.py" line="189" />
        <source>Enter or Esc closes</source>
        <translation>按 Enter 或 Esc 关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/choice.py" line="198" />
        <source>Key {0} or {1}</source>
        <translation>按键 {0} 或 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/choice.py" line="199" />
        <source>Item {0} of {1}</source>
        <translation>第 {0} 题，共 {1} 题</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/choice.py" line="201" />
        <source>Next (Enter)</source>
        <translation>下一题（Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/choice.py" line="204" />
        <source>1–{0} or A–{1} choose · Enter next · Esc stop</source>
        <translation>1–{0} 或 A–{1} 选择 · Enter 下一题 · Esc 停止</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop/gui/crash.py" line="40" />
        <source>Duiyi hit a problem</source>
        <translation>对译遇到了问题</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/crash.py" line="45" />
        <source>Something went wrong inside Duiyi. Your collection is safe: the action was rolled back. Please save this report and send it to the developers.</source>
        <translation>对译内部出错了。你的数据是安全的：该操作已回滚。请保存这份报告并发送给开发者。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/crash.py" line="62" />
        <source>Save Report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/crash.py" line="76" />
        <source>Save Report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/crash.py" line="76" />
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="55" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="65" />
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="68" />
        <source>&amp;Decks:</source>
        <translation>牌组(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="70" />
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="71" />
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="73" />
        <source>Any document</source>
        <translation>任意文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="74" />
        <source>D&amp;ocument:</source>
        <translation>文档(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="75" />
        <source>Include suspended cards</source>
        <translation>包括已暂停的卡片</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="80" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="86" />
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="92" />
        <source>Only accepted terms are exported. Exporting again later updates the same notes in Anki instead of adding duplicates.</source>
        <translation>只导出已接受的术语。以后再次导出会更新 Anki 中的同一笔记，而不会重复添加。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="105" />
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="138" />
        <source>Export To</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="184" />
        <source>Choose where to save the file.</source>
        <translation>请选择文件的保存位置。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="200" />
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="200" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="211" />
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，没有写入文件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export.py" line="225" />
        <source>Exported {0} note(s) ({1}) to {2}.</source>
        <translation>
            <numerusform>已导出 {0} 条笔记（{1}）到 {2}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export.py" line="227" />
        <source>{0} card(s)</source>
        <translation>
            <numerusform>{0} 张卡片</numerusform>
        </translation>
    </message>
<message><source>Anki package (.apkg)</source><translation>Anki 牌组包 (.apkg)</translation></message><message><source>CSV for Anki's importer (.csv)</source><translation>供 Anki 导入的 CSV (.csv)</translation></message><message><source>CSV for Anki's Basic note type, for any Anki (.csv)</source><translation>Anki「基础」笔记类型的 CSV，任何 Anki 均可导入 (.csv)</translation></message><message><source>Two columns for spreadsheets and Quizlet (.tsv)</source><translation>两列表格，适用于电子表格和 Quizlet (.tsv)</translation></message></context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="87" />
        <source>Import a Bilingual Text</source>
        <translation>导入双语文本</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="116" />
        <source>A .txt, .docx, .html, .pdf, .tmx, .xliff or .csv file</source>
        <translation>.txt、.docx、.html、.pdf、.tmx、.xliff 或 .csv 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="120" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="125" />
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="127" />
        <source>Optional: the English in a separate file</source>
        <translation>可选：单独的英文文件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="130" />
        <source>&amp;English file:</source>
        <translation>英文文件(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="132" />
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="136" />
        <source>E&amp;ncoding:</source>
        <translation>编码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="137" />
        <source>From a file</source>
        <translation>来自文件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="142" />
        <source>Paste Chinese paragraphs, each followed by its English translation.</source>
        <translation>粘贴中文段落，每段后面跟着它的英文译文。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="146" />
        <source>Pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="154" />
        <source>What Duiyi found</source>
        <translation>对译识别的结果</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="162" />
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="163" />
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="164" />
        <source>Layout:</source>
        <translation>版式：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="165" />
        <source>Pairs:</source>
        <translation>对齐：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="167" />
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="171" />
        <source>Removed markup and boilerplate (tick to keep it)</source>
        <translation>已删除的标记和套话（勾选即保留）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="236" />
        <source>Press Enter to read the file.</source>
        <translation>按 Enter 读取该文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="258" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="349" />
        <source>{0} paragraph pairs ({1} with a low score), {2} unpaired, {3} sentence pairs</source>
        <translation>{0} 个段落对（{1} 个得分低），{2} 个未配对，{3} 个句对</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="454" />
        <location filename="../../desktop/gui/dialogs/importer.py" line="462" />
        <source>Importing: storing the text…</source>
        <translation>正在导入：保存文本…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="465" />
        <source>Importing: finding term candidates…</source>
        <translation>正在导入：查找候选术语…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="478" />
        <source>The import failed; nothing was stored.</source>
        <translation>导入失败；没有保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="177" />
        <source>Aligned pairs</source>
        <translation>对齐的段落</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="181" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="181" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="181" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="219" />
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="305" />
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="336" />
        <source>Duiyi could not read this text.</source>
        <translation>对译无法读取这篇文本。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="365" />
        <source>{0} ×{1}: {2}</source>
        <translation>{0} ×{1}：{2}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="375" />
        <source>Nothing was removed.</source>
        <translation>没有删除任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="387" />
        <source>No text to import was found in it.</source>
        <translation>其中没有找到可导入的文本。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="390" />
        <source>Ready to import. Press Enter.</source>
        <translation>可以导入了。按回车键。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="396" />
        <source>unpaired</source>
        <translation>未配对</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="397" />
        <source>No translation was found for this block.</source>
        <translation>没有找到这一段的译文。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="399" />
        <source>{0:.2f} check</source>
        <translation>{0:.2f} 请核对</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="400" />
        <source>A low score: these may not be translations of each other.</source>
        <translation>得分低：两者可能不是彼此的译文。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="407" />
        <source>Import a Text</source>
        <translation>导入文本</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="469" />
        <source>Import cancelled; nothing was stored.</source>
        <translation>导入已取消，没有保存任何内容。</translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="88" />
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="90" />
        <source>Import Text…</source>
        <translation>导入文本…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="92" />
        <source>Import a bilingual text (Ctrl+O)</source>
        <translation>导入双语文本（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="99" />
        <source>Each document is a bilingual text you imported. Open one to read it side by side (Enter), or review the term candidates found in it.</source>
        <translation>每个文档都是你导入的一篇双语文本。打开它进行中英对照阅读（回车），或审核其中找到的候选术语。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="110" />
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="115" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="116" />
        <source>Pairs</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="118" />
        <location filename="../../desktop/gui/screens/library.py" line="209" />
        <source>Terms</source>
        <translation>术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="119" />
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="125" />
        <source>Term candidates found in the document and still to review</source>
        <translation>在该文档中找到、尚待审核的候选术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="126" />
        <source>Terms from the document you accepted or made cards of</source>
        <translation>该文档中你已接受或制成卡片的术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="137" />
        <source>Your library is empty.

Drag a bilingual text (txt, docx, html, pdf, tmx, xliff, csv) onto this window, paste one with Ctrl+Shift+V, or press Ctrl+O.</source>
        <translation>文库还是空的。

把双语文本（txt、docx、html、pdf、tmx、xliff、csv）拖到这个窗口，或用 Ctrl+Shift+V 粘贴，或按 Ctrl+O。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="159" />
        <source>Read</source>
        <translation>阅读</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="117" />
        <location filename="../../desktop/gui/screens/library.py" line="161" />
        <source>Candidates</source>
        <translation>候选术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="163" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="165" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="183" />
        <source>Decks: due today</source>
        <translation>牌组：今日待学</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="187" />
        <source>Deck</source>
        <translation>牌组</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="187" />
        <source>New</source>
        <translation>新卡片</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="187" />
        <source>Learn</source>
        <translation>学习中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="187" />
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="192" />
        <source>New cards left within today's limit</source>
        <translation>今日上限内剩余的新卡片</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="193" />
        <source>Cards in learning due today</source>
        <translation>今日到期的学习中卡片</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="194" />
        <source>Review cards due today</source>
        <translation>今日到期的复习卡片</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="201" />
        <source>No cards to study yet.</source>
        <translation>还没有要学习的卡片。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="213" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="213" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="220" />
        <source>No terms yet.

Accept term candidates under Candidates (Ctrl+2), or select a Chinese phrase in the reader and choose Make a Card.</source>
        <translation>还没有术语。

在“候选术语”（Ctrl+2）中接受候选，或在阅读器中选中一个中文短语并选择“制作卡片”。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="294" />
        <source>Newest {0} of {1} terms</source>
        <translation>{1} 个术语中最新的 {0} 个</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="298" />
        <source>Terms ({0}), newest first</source>
        <translation>术语（{0}），最新的在前</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="322" />
        <source>Study</source>
        <translation>学习</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="323" />
        <source>Study the deck {0} now</source>
        <translation>现在学习牌组 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="408" />
        <source>Rename Document</source>
        <translation>重命名文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="408" />
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="423" />
        <source>Delete Document</source>
        <translation>删除文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="421" />
        <source>Delete “{0}” and its candidates? Accepted terms stay. You can undo this.</source>
        <translation>删除“{0}”及其候选术语？已接受的术语会保留。此操作可撤销。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="105" />
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="106" />
        <source>Candidates</source>
        <translation>候选术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="107" />
        <source>Browse</source>
        <translation>浏览</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="108" />
        <source>Study</source>
        <translation>学习</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="109" />
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="201" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="203" />
        <source>&amp;Import Text…</source>
        <translation>导入文本(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="208" />
        <source>Import &amp;Pasted Text…</source>
        <translation>导入粘贴的文本(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="214" />
        <source>&amp;Export Anki Deck…</source>
        <translation>导出 Anki 牌组(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="218" />
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="225" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="232" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="236" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="238" />
        <location filename="../../desktop/gui/mainwindow.py" line="352" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="241" />
        <location filename="../../desktop/gui/mainwindow.py" line="356" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="249" />
        <source>&amp;Find Terms</source>
        <translation>查找术语(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="254" />
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="265" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="267" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="269" />
        <source>&amp;About Duiyi</source>
        <translation>关于对译(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="352" />
        <source>&amp;Undo {0}</source>
        <translation>撤销 {0}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="356" />
        <source>&amp;Redo {0}</source>
        <translation>重做 {0}(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="372" />
        <source>Undone: {0}</source>
        <translation>已撤销：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="392" />
        <source>The clipboard holds no text to import.</source>
        <translation>剪贴板中没有可导入的文本。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="399" />
        <source>“{0}” is already in your library.</source>
        <translation>“{0}”已经在文库中了。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="404" />
        <source>Imported “{0}”. Review its term candidates next.</source>
        <translation>已导入“{0}”。下一步：审核其中的候选术语。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="432" />
        <source>Keyboard Shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="434" />
        <source>Ctrl+1…5  go to Library, Candidates, Browse, Study, Statistics
Ctrl+O  import a text     Ctrl+Shift+V  import pasted text
Ctrl+E  export an Anki deck     Ctrl+F  find terms
Ctrl+Z / Ctrl+Shift+Z  undo / redo

Candidates: A accept, R reject, E edit, arrows move
Study: Space reveal, 1–4 rate, E edit, S suspend, Ctrl+Z undo the last answer</source>
        <translation>Ctrl+1…5  前往文库、候选术语、浏览、学习、统计
Ctrl+O  导入文本     Ctrl+Shift+V  导入粘贴的文本
Ctrl+E  导出 Anki 牌组     Ctrl+F  查找术语
Ctrl+Z / Ctrl+Shift+Z  撤销 / 重做

候选术语：A 接受，R 拒绝，E 编辑，方向键移动
学习：空格 显示答案，1–4 评分，E 编辑，S 暂停，Ctrl+Z 撤销上一次回答</translation>
    </message>
</context>
<context>
    <name>MakeCardDialog</name>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="236" />
        <source>Make a Card</source>
        <translation>制作卡片</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="242" />
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="243" />
        <source>Chinese:</source>
        <translation>中文：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="244" />
        <source>English:</source>
        <translation>英文：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="245" />
        <source>Pinyin:</source>
        <translation>拼音：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="246" />
        <source>Deck:</source>
        <translation>牌组：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="250" />
        <source>Make Card</source>
        <translation>制作卡片</translation>
    </message>
</context>
<context>
    <name>MatchingWindow</name>
    <message>
        <location filename="../../desktop/gui/drill_run/matching.py" line="228" />
        <source>End of the drill</source>
        <translation>练习结束</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/matching.py" line="231" />
        <source>Time: {0}</source>
        <translation>用时：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/matching.py" line="232" />
        <source>{0} of {1} matched at the first try</source>
        <translation>{1} 对中 {0} 对一次配对成功</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/matching.py" line="237" />
        <source>Enter or Esc closes</source>
        <translation>按 Enter 或 Esc 关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/matching.py" line="245" />
        <source>Group {0} of {1}</source>
        <translation>第 {0} 组，共 {1} 组</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/matching.py" line="246" />
        <source>Pair each term with its translation</source>
        <translation>把每个术语与其译文配对</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/matching.py" line="250" />
        <source>1–{0} pick on the left · A–{1} pick on the right · Esc stop</source>
        <translation>1–{0} 选左栏 · A–{1} 选右栏 · Esc 停止</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../desktop/gui/widgets.py" line="56" />
        <location filename="../../desktop/gui/widgets.py" line="57" />
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>Onboarding</name>
    <message>
        <location filename="../../desktop/gui/onboarding.py" line="47" />
        <source>Welcome to Duiyi! A sample text is in your Library. Next: confirm its terms under Candidates (Ctrl+2), then study them (Ctrl+4). Import your own text with Ctrl+O or drag a file onto this window.</source>
        <translation>欢迎使用对译！文库里已有一篇示例文本。下一步：在“候选术语”（Ctrl+2）中确认其中的术语，然后学习它们（Ctrl+4）。用 Ctrl+O 导入你自己的文本，或把文件拖到这个窗口。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/onboarding.py" line="63" />
        <source>Importing the sample text…</source>
        <translation>正在导入示例文本…</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="121" />
        <source>Low alignment score: check that this pair is right</source>
        <translation>对齐得分低：请核对这一对是否正确</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="125" />
        <source>中文</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="125" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="163" />
        <source>Alignment score {0:.2f}: low, these may not be translations of each other</source>
        <translation>对齐得分 {0:.2f}：偏低，两者可能不是彼此的译文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="165" />
        <source>Alignment score {0:.2f}</source>
        <translation>对齐得分 {0:.2f}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="170" />
        <source>(no translation)</source>
        <translation>（无译文）</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../desktop/gui/drill_run/projector.py" line="178" />
        <source>also: {0}</source>
        <translation>也可：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/projector.py" line="250" />
        <source>★ Hard for the class</source>
        <translation>★ 全班觉得难</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/projector.py" line="255" />
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/projector.py" line="259" />
        <source>Space next · ← back · H hard · Esc end</source>
        <translation>空格 下一题 · ← 上一题 · H 标为难 · Esc 结束</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/projector.py" line="261" />
        <source>Space reveal · H hard · P pause · Esc end</source>
        <translation>空格 显示答案 · H 标为难 · P 暂停 · Esc 结束</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/projector.py" line="263" />
        <source>S next screen</source>
        <translation>S 换到下一个屏幕</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/projector.py" line="270" />
        <source>End of the drill</source>
        <translation>练习结束</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/projector.py" line="273" />
        <source>Hard for the class:</source>
        <translation>全班觉得难的：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/projector.py" line="276" />
        <source>No item was marked hard.</source>
        <translation>没有标为难的题。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/projector.py" line="278" />
        <source>Enter or Esc closes</source>
        <translation>按 Enter 或 Esc 关闭</translation>
    </message>
</context>
<context>
    <name>ReaderScreen</name>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="265" />
        <source>← Library</source>
        <translation>← 文库</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="268" />
        <source>Reader</source>
        <translation>阅读器</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="270" />
        <source>Sentences</source>
        <translation>按句</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="277" />
        <source>Known terms</source>
        <translation>已知术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="279" />
        <source>Highlight the terms you have accepted</source>
        <translation>突出显示你已接受的术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="280" />
        <source>Candidates</source>
        <translation>候选术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="282" />
        <source>Highlight the term candidates still to review</source>
        <translation>突出显示尚待审核的候选术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="354" />
        <source>Sentence Up</source>
        <translation>句子上移</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="356" />
        <source>Sentence Down</source>
        <translation>句子下移</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="369" />
        <source>Select text below or in a selected row · Ctrl+K make a card · Ctrl+M merge · Ctrl+Shift+M split at the cursors · Alt+Up/Down move a sentence</source>
        <translation>在下方或选中的行中选择文字 · Ctrl+K 制作卡片 · Ctrl+M 合并 · Ctrl+Shift+M 在光标处拆分 · Alt+上/下 移动句子</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="392" />
        <source>Move the first English sentence to the pair above ({0})</source>
        <translation>把第一句英文移到上一对（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="397" />
        <source>Move the last English sentence to the pair below ({0})</source>
        <translation>把最后一句英文移到下一对（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="421" />
        <source>known term</source>
        <translation>已学术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="422" />
        <source>candidate</source>
        <translation>候选</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="434" />
        <source>select Chinese or English below: its counterpart lights up</source>
        <translation>在下方选中中文或英文，对应的译文会高亮</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="345" />
        <source>Make a Card…</source>
        <translation>制作卡片…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="350" />
        <source>Merge with Next</source>
        <translation>与下一段合并</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="352" />
        <source>Split at Cursors</source>
        <translation>在光标处拆分</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="557" />
        <source>No counterpart found; you can type it in the card.</source>
        <translation>没有找到对应译文，可以在卡片中手动输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="572" />
        <source>Counterpart: {0}</source>
        <translation>对应译文：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="624" />
        <source>Card made for {0}.</source>
        <translation>已为“{0}”制作卡片。</translation>
    </message>
</context>
<context>
    <name>RunWindow</name>
    <message>
        <location filename="../../desktop/gui/drill_run/base.py" line="107" />
        <source>Drill</source>
        <translation>练习</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="72" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="76" />
        <source>Study</source>
        <translation>学习</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="77" />
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="78" />
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="112" />
        <source>Default (terms without a deck)</source>
        <translation>默认（未分牌组的术语）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="114" />
        <source>Deck:</source>
        <translation>牌组：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="118" />
        <source>Desired retention:</source>
        <translation>目标记忆保持率：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="121" />
        <source>New cards per day:</source>
        <translation>每日新卡片数：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="124" />
        <source>Reviews per day:</source>
        <translation>每日复习数：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="126" />
        <source>For example: 1m 10m</source>
        <translation>例如：1m 10m</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="127" />
        <source>Learning steps:</source>
        <translation>学习间隔：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="129" />
        <source>Relearning steps:</source>
        <translation>重学间隔：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="130" />
        <source>Recognition (Chinese → English)</source>
        <translation>识记（中 → 英）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="131" />
        <source>Production (English → Chinese)</source>
        <translation>产出（英 → 中）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="132" />
        <source>Context cloze (the sentence with the term blanked)</source>
        <translation>语境填空（句中挖去术语）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="133" />
        <source>Type the answer</source>
        <translation>输入答案</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="135" />
        <source>Cards:</source>
        <translation>卡片：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="148" />
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="155" />
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="160" />
        <source>Study font:</source>
        <translation>学习字体：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="164" />
        <source>Study font size:</source>
        <translation>学习字号：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="172" />
        <source>Collection: {0}</source>
        <translation>数据文件：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="176" />
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="183" />
        <source>Start Duiyi with --db PATH (or DUIYI_DB) to use another collection.</source>
        <translation>用 --db 路径（或 DUIYI_DB）启动对译可使用另一个数据文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="185" />
        <source>Backups (made automatically, the last 20 kept):</source>
        <translation>备份（自动创建，保留最近 20 份）：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="188" />
        <source>Back Up Now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="192" />
        <source>To restore a backup, close Duiyi and run: duiyi restore FILE</source>
        <translation>要恢复备份，请关闭对译并运行：duiyi restore 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="217" />
        <source>No backups yet.</source>
        <translation>还没有备份。</translation>
    </message>
<message><source>Same as the system</source><translation>跟随系统</translation></message><message><source>Light</source><translation>浅色</translation></message><message><source>Dark</source><translation>深色</translation></message></context>
<context>
    <name>StatisticsScreen</name>
    <message>
        <location filename="../../desktop/gui/screens/statistics.py" line="31" />
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/statistics.py" line="38" />
        <source>Your charts fill in as you study: answer some cards under Study (Ctrl+4).</source>
        <translation>图表会随着学习逐渐充实：先在“学习”（Ctrl+4）中回答一些卡片吧。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/statistics.py" line="47" />
        <source>Reviews per day (last 30 days)</source>
        <translation>每日复习量（最近 30 天）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/statistics.py" line="48" />
        <source>Due in the next 30 days</source>
        <translation>未来 30 天到期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/statistics.py" line="49" />
        <source>Retention by interval</source>
        <translation>按间隔的记忆保持率</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/statistics.py" line="50" />
        <source>Cards by state</source>
        <translation>卡片状态</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/statistics.py" line="51" />
        <source>A year of reviews</source>
        <translation>一年的复习记录</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/statistics.py" line="53" />
        <source>No data yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/statistics.py" line="54" />
        <location filename="../../desktop/gui/screens/statistics.py" line="98" />
        <source>No reviews yet</source>
        <translation>还没有复习记录</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/statistics.py" line="55" />
        <source>No cards yet: accept some candidates</source>
        <translation>还没有卡片：先接受一些候选术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/statistics.py" line="63" />
        <source>Hardest terms</source>
        <translation>最难的术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/statistics.py" line="96" />
        <source>Shown once cards come back for review</source>
        <translation>卡片进入复习后显示</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/screens/statistics.py" line="114" />
        <source>{0} review(s) in all</source>
        <translation>
            <numerusform>共复习 {0} 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/screens/statistics.py" line="115" />
        <source>today {0}</source>
        <translation>
            <numerusform>今天 {0} 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/screens/statistics.py" line="116" />
        <source>streak {0} day(s)</source>
        <translation>
            <numerusform>连续 {0} 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/screens/statistics.py" line="125" />
        <source>{1} — {2}  ({0} lapse(s))</source>
        <translation>
            <numerusform>{1} — {2}（遗忘 {0} 次）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/statistics.py" line="132" />
        <source>None yet: terms you forget often will be listed here.</source>
        <translation>暂无：经常忘记的术语会列在这里。</translation>
    </message>
<message><source>new</source><translation>新卡片</translation></message><message><source>learning</source><translation>学习中</translation></message><message><source>review</source><translation>复习</translation></message><message><source>relearning</source><translation>重学中</translation></message><message><source>suspended</source><translation>已暂停</translation></message></context>
<context>
    <name>StudyScreen</name>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="125" />
        <source>Study</source>
        <translation>学习</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="168" />
        <source>Type the answer (optional), Enter to check — or press Space to reveal</source>
        <translation>输入答案（可选），回车检查 —— 或按空格键显示答案</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="174" />
        <source>Show Answer (Space)</source>
        <translation>显示答案（空格）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="190" />
        <source>Space reveal · 1–4 rate · Ctrl+Z undo · E edit · S suspend</source>
        <translation>空格 显示 · 1–4 评分 · Ctrl+Z 撤销 · E 编辑 · S 暂停</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="302" />
        <source>Congratulations! You have finished for now.

{0} cards reviewed in about {1} min; {2} forgotten ({3}% correct).

Come back later for the cards that are still learning, or import more text.</source>
        <translation>恭喜！今天的学习暂告一段落。

约 {1} 分钟复习了 {0} 张卡片；忘记 {2} 张（正确率 {3}%）。

稍后再来复习仍在学习中的卡片，或导入更多文本。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="315" />
        <source>No cards are due.

Accept terms under Candidates (Ctrl+2) to get new cards, or come back when reviews are due.</source>
        <translation>没有到期的卡片。

在“候选术语”（Ctrl+2）中接受术语以获得新卡片，或等复习到期时再来。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="326" />
        <source>New today</source>
        <translation>今日新卡</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="328" />
        <source>Reviews due</source>
        <translation>待复习</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="336" />
        <source>New today: new cards left within the deck's daily limit (Settings). Statistics counts every new card.</source>
        <translation>今日新卡：牌组每日上限（设置）内剩余的新卡片。统计页计算的是全部新卡片。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="366" />
        <source>Correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="366" />
        <source>Not quite</source>
        <translation>不完全正确</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="418" />
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="441" />
        <source>Card suspended. Ctrl+Z undoes.</source>
        <translation>卡片已暂停。Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="457" />
        <source>Edit Term</source>
        <translation>编辑术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="457" />
        <source>English:</source>
        <translation>英文：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="327" />
        <source>Learning</source>
        <translation>学习中</translation>
    </message>
<message><source>Again</source><translation>重来</translation></message><message><source>Hard</source><translation>困难</translation></message><message><source>Good</source><translation>良好</translation></message><message><source>Easy</source><translation>简单</translation></message><message><source>New</source><translation>新卡片</translation></message><message><source>Review</source><translation>复习</translation></message></context>
<context>
    <name>TermsModel</name>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="80" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="81" />
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="82" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="83" />
        <source>Deck</source>
        <translation>牌组</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="84" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="85" />
        <source>Added</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="189" />
        <source>suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="191" />
        <source>{0} of {1} cards suspended</source>
        <translation>{1} 张卡片中 {0} 张已暂停</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="194" />
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="195" />
        <source>candidate</source>
        <translation>候选</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="196" />
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="203" />
        <source>Default</source>
        <translation>默认</translation>
    </message>
</context>
<context>
    <name>TypingWindow</name>
    <message>
        <location filename="../../desktop/gui/drill_run/typed.py" line="141" />
        <source>Right.</source>
        <translation>正确。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/typed.py" line="141" />
        <source>Not right.</source>
        <translation>不对。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/typed.py" line="143" />
        <source>Answer: {0}</source>
        <translation>答案：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/typed.py" line="146" />
        <source>End of the drill</source>
        <translation>练习结束</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/typed.py" line="148" />
        <source>{0} of {1} right</source>
        <translation>{1} 题答对 {0} 题</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/typed.py" line="151" />
        <source>To look at again:</source>
        <translation>需要再看的：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/typed.py" line="154" />
        <source>Enter or Esc closes</source>
        <translation>按 Enter 或 Esc 关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/typed.py" line="161" />
        <source>Item {0} of {1}</source>
        <translation>第 {0} 题，共 {1} 题</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/typed.py" line="164" />
        <source>Type the English, then Enter</source>
        <translation>输入英文，然后按 Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/typed.py" line="167" />
        <source>Type the Chinese (characters or pinyin), then Enter</source>
        <translation>输入中文（汉字或拼音），然后按 Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/typed.py" line="169" />
        <source>Enter check, Enter again next · Esc stop</source>
        <translation>Enter 检查，再按 Enter 下一题 · Esc 停止</translation>
    </message>
</context>
</TS>