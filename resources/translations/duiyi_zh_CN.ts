<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>BrowseScreen</name>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="213" />
        <source>Browse</source>
        <translation>浏览</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="227" />
        <source>Search Chinese, English or pinyin (wangluo, wang3luo4 or wǎngluò)</source>
        <translation>搜索中文、英文或拼音（wangluo、wang3luo4 或 wǎngluò）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="231" />
        <source>All decks</source>
        <translation>全部牌组</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="232" />
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="233" />
        <source>All documents</source>
        <translation>全部文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="236" />
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="237" />
        <source>Candidates</source>
        <translation>候选术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="238" />
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="239" />
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="243" />
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="244" />
        <source>Leeches</source>
        <translation>难记卡</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="245" />
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="289" />
        <source>Add Tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="291" />
        <source>Move to Deck…</source>
        <translation>移到牌组…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="293" />
        <source>Suspend</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="295" />
        <source>Unsuspend</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="297" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="308" />
        <source>Ctrl+F search · Del delete · every action undoable</source>
        <translation>Ctrl+F 搜索 · Del 删除 · 每个操作都可撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="332" />
        <source>Several renderings: separate them with ';'</source>
        <translation>多个译法请用“;”分隔</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="335" />
        <source>Chinese:</source>
        <translation>中文：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="336" />
        <source>Pinyin:</source>
        <translation>拼音：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="337" />
        <source>English:</source>
        <translation>英文：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="338" />
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="340" />
        <source>Save Changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="419" />
        <location filename="../../desktop/gui/screens/browse.py" line="424" />
        <source>{0} terms</source>
        <translation>{0} 个术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="422" />
        <source>{0}+ terms</source>
        <translation>{0}+ 个术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="458" />
        <source>{0} terms selected</source>
        <translation>已选 {0} 个术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="473" />
        <source>Tags: {0}</source>
        <translation>标签：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="487" />
        <source>Saved. Ctrl+Z undoes.</source>
        <translation>已保存。Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="494" />
        <source>Add Tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="494" />
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="508" />
        <source>Move to Deck</source>
        <translation>移到牌组</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="508" />
        <source>Deck:</source>
        <translation>牌组：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="521" />
        <source>Moved. Ctrl+Z undoes.</source>
        <translation>已移动。Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="528" />
        <source>Suspended. Ctrl+Z undoes.</source>
        <translation>已暂停。Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="528" />
        <source>Unsuspended.</source>
        <translation>已恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="550" />
        <source>Delete Terms</source>
        <translation>删除术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="551" />
        <source>Delete {0} terms and their cards? You can undo this.</source>
        <translation>删除 {0} 个术语及其卡片？此操作可撤销。</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="96" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="97" />
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="98" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="99" />
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="100" />
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="101" />
        <source>Context</source>
        <translation>语境</translation>
    </message>
</context>
<context>
    <name>CandidatesScreen</name>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="210" />
        <source>Candidates</source>
        <translation>候选术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="212" />
        <source>Document:</source>
        <translation>文档：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="221" />
        <source>Terms Duiyi found in your texts. A accepts, R rejects, E edits the English (double-click any of the first three columns), arrows move. Ctrl+Z undoes.</source>
        <translation>对译在你的文本中找到的术语。A 接受，R 拒绝，E 编辑英文（或双击前三列），方向键移动。Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="249" />
        <source>No candidates to review.

Import a bilingual text (Ctrl+O): Duiyi proposes its terms here for you to accept.</source>
        <translation>没有待审核的候选术语。

导入一篇双语文本（Ctrl+O），对译会在这里列出其中的术语供你确认。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="258" />
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="261" />
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="263" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="269" />
        <source>Accept all with confidence at least</source>
        <translation>接受置信度不低于此值的全部术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="275" />
        <source>Accept All Above</source>
        <translation>全部接受</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="313" />
        <source>All documents</source>
        <translation>全部文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="335" />
        <source>{0} candidates to review</source>
        <translation>{0} 个候选术语待审核</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="380" />
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="380" />
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="383" />
        <source>{0} {1} terms. Ctrl+Z undoes.</source>
        <translation>{0} {1} 个术语。Ctrl+Z 可撤销。</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop/gui/crash.py" line="34" />
        <source>Duiyi hit a problem</source>
        <translation>对译遇到了问题</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/crash.py" line="39" />
        <source>Something went wrong inside Duiyi. Your collection is safe: the action was rolled back. Please save this report and send it to the developers.</source>
        <translation>对译内部出错了。你的数据是安全的：该操作已回滚。请保存这份报告并发送给开发者。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/crash.py" line="52" />
        <source>Save Report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/crash.py" line="64" />
        <source>Save Report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/crash.py" line="64" />
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="47" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="57" />
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="60" />
        <source>&amp;Decks:</source>
        <translation>牌组(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="62" />
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="63" />
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="65" />
        <source>Any document</source>
        <translation>任意文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="66" />
        <source>D&amp;ocument:</source>
        <translation>文档(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="67" />
        <source>Include suspended cards</source>
        <translation>包括已暂停的卡片</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="72" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="77" />
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="81" />
        <source>Only accepted terms are exported. Exporting again later updates the same notes in Anki instead of adding duplicates.</source>
        <translation>只导出已接受的术语。以后再次导出会更新 Anki 中的同一笔记，而不会重复添加。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="94" />
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="120" />
        <source>Export To</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="171" />
        <source>Choose where to save the file.</source>
        <translation>请选择文件的保存位置。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="186" />
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="186" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="197" />
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，没有写入文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="210" />
        <source>Exported {0} notes ({1} cards) to {2}.</source>
        <translation>已导出 {0} 条笔记（{1} 张卡片）到 {2}。</translation>
    </message>
<message><source>Anki package (.apkg)</source><translation>Anki 牌组包 (.apkg)</translation></message><message><source>CSV for Anki's importer (.csv)</source><translation>供 Anki 导入的 CSV (.csv)</translation></message><message><source>Two columns for spreadsheets and Quizlet (.tsv)</source><translation>两列表格，适用于电子表格和 Quizlet (.tsv)</translation></message></context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="62" />
        <source>Import a Bilingual Text</source>
        <translation>导入双语文本</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="92" />
        <source>A .txt, .docx, .html, .pdf, .tmx, .xliff or .csv file</source>
        <translation>.txt、.docx、.html、.pdf、.tmx、.xliff 或 .csv 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="95" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="100" />
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="102" />
        <source>Optional: the English in a separate file</source>
        <translation>可选：单独的英文文件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="104" />
        <source>&amp;English file:</source>
        <translation>英文文件(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="106" />
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="110" />
        <source>E&amp;ncoding:</source>
        <translation>编码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="111" />
        <source>From a file</source>
        <translation>来自文件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="116" />
        <source>Paste Chinese paragraphs, each followed by its English translation.</source>
        <translation>粘贴中文段落，每段后面跟着它的英文译文。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="120" />
        <source>Pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="124" />
        <source>What Duiyi found</source>
        <translation>对译识别的结果</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="132" />
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="133" />
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="134" />
        <source>Layout:</source>
        <translation>版式：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="135" />
        <source>Pairs:</source>
        <translation>对齐：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="137" />
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="141" />
        <source>Removed as boilerplate (tick to keep it)</source>
        <translation>作为水印/样板删除的内容（勾选以保留）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="147" />
        <source>Aligned pairs</source>
        <translation>对齐的段落</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="150" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="150" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="167" />
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="214" />
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="239" />
        <source>Duiyi could not read this text.</source>
        <translation>对译无法读取这篇文本。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="250" />
        <source>{0} paragraph pairs, {1} unpaired, {2} sentence pairs</source>
        <translation>{0} 对段落，{1} 段未配对，{2} 对句子</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="262" />
        <source>{0} ×{1}: {2}</source>
        <translation>{0} ×{1}：{2}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="272" />
        <source>Nothing was removed.</source>
        <translation>没有删除任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="280" />
        <source>Ready to import. Press Enter.</source>
        <translation>可以导入了。按回车键。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="284" />
        <source>Import a Text</source>
        <translation>导入文本</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="325" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="325" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importer.py" line="335" />
        <source>Import cancelled; nothing was stored.</source>
        <translation>导入已取消，没有保存任何内容。</translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="47" />
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="49" />
        <source>Import Text…</source>
        <translation>导入文本…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="51" />
        <source>Import a bilingual text (Ctrl+O)</source>
        <translation>导入双语文本（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="58" />
        <source>Each document is a bilingual text you imported. Open one to read it side by side (Enter), or review the term candidates found in it.</source>
        <translation>每个文档都是你导入的一篇双语文本。打开它进行中英对照阅读（回车），或审核其中找到的候选术语。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="69" />
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="73" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="73" />
        <source>Pairs</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="73" />
        <location filename="../../desktop/gui/screens/library.py" line="114" />
        <source>Terms</source>
        <translation>术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="73" />
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="83" />
        <source>Your library is empty.

Drag a bilingual text (txt, docx, html, pdf, tmx, xliff, csv) onto this window, paste one with Ctrl+Shift+V, or press Ctrl+O.</source>
        <translation>文库还是空的。

把双语文本（txt、docx、html、pdf、tmx、xliff、csv）拖到这个窗口，或用 Ctrl+Shift+V 粘贴，或按 Ctrl+O。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="91" />
        <source>Read</source>
        <translation>阅读</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="93" />
        <source>Candidates</source>
        <translation>候选术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="95" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="97" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="118" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="118" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="125" />
        <source>No terms yet.

Accept term candidates under Candidates (Ctrl+2), or select a Chinese phrase in the reader and choose Make a Card.</source>
        <translation>还没有术语。

在“候选术语”（Ctrl+2）中接受候选，或在阅读器中选中一个中文短语并选择“制作卡片”。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="192" />
        <source>Terms ({0})</source>
        <translation>术语（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="243" />
        <source>Rename Document</source>
        <translation>重命名文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="243" />
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="255" />
        <source>Delete Document</source>
        <translation>删除文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/library.py" line="257" />
        <source>Delete “{0}” and its candidates? Accepted terms stay. You can undo this.</source>
        <translation>删除“{0}”及其候选术语？已接受的术语会保留。此操作可撤销。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="88" />
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="89" />
        <source>Candidates</source>
        <translation>候选术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="90" />
        <source>Browse</source>
        <translation>浏览</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="91" />
        <source>Study</source>
        <translation>学习</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="92" />
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="142" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="144" />
        <source>&amp;Import Text…</source>
        <translation>导入文本(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="149" />
        <source>Import &amp;Pasted Text…</source>
        <translation>导入粘贴的文本(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="155" />
        <source>&amp;Export Anki Deck…</source>
        <translation>导出 Anki 牌组(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="159" />
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="166" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="173" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="177" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="179" />
        <location filename="../../desktop/gui/mainwindow.py" line="291" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="182" />
        <location filename="../../desktop/gui/mainwindow.py" line="295" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="190" />
        <source>&amp;Find Terms</source>
        <translation>查找术语(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="195" />
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="206" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="208" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="210" />
        <source>&amp;About Duiyi</source>
        <translation>关于对译(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="291" />
        <source>&amp;Undo {0}</source>
        <translation>撤销 {0}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="295" />
        <source>&amp;Redo {0}</source>
        <translation>重做 {0}(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="303" />
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="316" />
        <source>Undone: {0}</source>
        <translation>已撤销：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="334" />
        <source>The clipboard holds no text to import.</source>
        <translation>剪贴板中没有可导入的文本。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="340" />
        <source>“{0}” is already in your library.</source>
        <translation>“{0}”已经在文库中了。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="344" />
        <source>Imported “{0}”. Review its term candidates next.</source>
        <translation>已导入“{0}”。下一步：审核其中的候选术语。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="371" />
        <source>Keyboard Shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="373" />
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
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="386" />
        <source>About Duiyi</source>
        <translation>关于对译</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="388" />
        <source>Duiyi 对译 {0}
Study Chinese–English translation: bilingual texts become term flashcards with spaced repetition.</source>
        <translation>对译 Duiyi {0}
学习中英翻译：把双语文本变成术语抽认卡，用间隔重复来复习。</translation>
    </message>
</context>
<context>
    <name>MakeCardDialog</name>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="114" />
        <source>Make a Card</source>
        <translation>制作卡片</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="120" />
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="121" />
        <source>Chinese:</source>
        <translation>中文：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="122" />
        <source>English:</source>
        <translation>英文：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="123" />
        <source>Pinyin:</source>
        <translation>拼音：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="124" />
        <source>Deck:</source>
        <translation>牌组：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="128" />
        <source>Make Card</source>
        <translation>制作卡片</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../desktop/gui/widgets.py" line="36" />
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="75" />
        <source>中文</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="75" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="103" />
        <source>Alignment score {0:.2f}</source>
        <translation>对齐得分 {0:.2f}</translation>
    </message>
</context>
<context>
    <name>ReaderScreen</name>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="143" />
        <source>← Library</source>
        <translation>← 文库</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="146" />
        <source>Reader</source>
        <translation>阅读器</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="148" />
        <source>Sentences</source>
        <translation>按句</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="156" />
        <source>select Chinese or English below: its counterpart lights up</source>
        <translation>在下方选中中文或英文，对应的译文会高亮</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="202" />
        <source>Make a Card…</source>
        <translation>制作卡片…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="207" />
        <source>Merge with Next</source>
        <translation>与下一段合并</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="209" />
        <source>Split at Cursors</source>
        <translation>在光标处拆分</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="211" />
        <source>Move First English Sentence Up</source>
        <translation>首句英文移到上一段</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="213" />
        <source>Move Last English Sentence Down</source>
        <translation>末句英文移到下一段</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="226" />
        <source>Shift+arrows select text · Ctrl+K make a card · Ctrl+M merge · Ctrl+Shift+M split at the cursors · Alt+Up/Down move a sentence</source>
        <translation>Shift+方向键选择文本 · Ctrl+K 制作卡片 · Ctrl+M 合并 · Ctrl+Shift+M 在光标处拆分 · Alt+上/下 移动句子</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="349" />
        <source>No counterpart found; you can type it in the card.</source>
        <translation>没有找到对应译文，可以在卡片中手动输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="363" />
        <source>Counterpart: {0}</source>
        <translation>对应译文：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/reader.py" line="404" />
        <source>Card made for {0}.</source>
        <translation>已为“{0}”制作卡片。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="62" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="66" />
        <source>Study</source>
        <translation>学习</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="67" />
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="68" />
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="87" />
        <source>Default (terms without a deck)</source>
        <translation>默认（未分牌组的术语）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="89" />
        <source>Deck:</source>
        <translation>牌组：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="93" />
        <source>Desired retention:</source>
        <translation>目标记忆保持率：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="96" />
        <source>New cards per day:</source>
        <translation>每日新卡片数：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="99" />
        <source>Reviews per day:</source>
        <translation>每日复习数：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="101" />
        <source>For example: 1m 10m</source>
        <translation>例如：1m 10m</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="102" />
        <source>Learning steps:</source>
        <translation>学习间隔：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="104" />
        <source>Relearning steps:</source>
        <translation>重学间隔：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="105" />
        <source>Recognition (Chinese → English)</source>
        <translation>识记（中 → 英）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="106" />
        <source>Production (English → Chinese)</source>
        <translation>产出（英 → 中）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="107" />
        <source>Context cloze (the sentence with the term blanked)</source>
        <translation>语境填空（句中挖去术语）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="108" />
        <source>Type the answer</source>
        <translation>输入答案</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="110" />
        <source>Cards:</source>
        <translation>卡片：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="123" />
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="130" />
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="135" />
        <source>Study font:</source>
        <translation>学习字体：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="139" />
        <source>Study font size:</source>
        <translation>学习字号：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="147" />
        <source>Collection: {0}</source>
        <translation>数据文件：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="151" />
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="158" />
        <source>Start Duiyi with --db PATH (or DUIYI_DB) to use another collection.</source>
        <translation>用 --db 路径（或 DUIYI_DB）启动对译可使用另一个数据文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="160" />
        <source>Backups (made automatically, the last 20 kept):</source>
        <translation>备份（自动创建，保留最近 20 份）：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="163" />
        <source>Back Up Now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="167" />
        <source>To restore a backup, close Duiyi and run: duiyi restore FILE</source>
        <translation>要恢复备份，请关闭对译并运行：duiyi restore 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="199" />
        <source>No backups yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings.py" line="241" />
        <source>The new language is used from the next start.</source>
        <translation>新的界面语言将在下次启动时生效。</translation>
    </message>
<message><source>Same as the system</source><translation>跟随系统</translation></message><message><source>Light</source><translation>浅色</translation></message><message><source>Dark</source><translation>深色</translation></message></context>
<context>
    <name>StatisticsScreen</name>
    <message>
        <location filename="../../desktop/gui/screens/statistics.py" line="30" />
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/statistics.py" line="37" />
        <source>Your charts fill in as you study: answer some cards under Study (Ctrl+4).</source>
        <translation>图表会随着学习逐渐充实：先在“学习”（Ctrl+4）中回答一些卡片吧。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/statistics.py" line="46" />
        <source>Reviews per day (last 30 days)</source>
        <translation>每日复习量（最近 30 天）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/statistics.py" line="47" />
        <source>Due in the next 30 days</source>
        <translation>未来 30 天到期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/statistics.py" line="48" />
        <source>Retention by interval</source>
        <translation>按间隔的记忆保持率</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/statistics.py" line="49" />
        <source>Cards by state</source>
        <translation>卡片状态</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/statistics.py" line="50" />
        <source>A year of reviews</source>
        <translation>一年的复习记录</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/statistics.py" line="52" />
        <source>No data yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/statistics.py" line="53" />
        <source>No reviews yet</source>
        <translation>还没有复习记录</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/statistics.py" line="54" />
        <source>No cards yet: accept some candidates</source>
        <translation>还没有卡片：先接受一些候选术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/statistics.py" line="62" />
        <source>Hardest terms</source>
        <translation>最难的术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/statistics.py" line="108" />
        <source>{0} reviews in all · today {1} · streak {2} days</source>
        <translation>共复习 {0} 次 · 今天 {1} 次 · 连续 {2} 天</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/statistics.py" line="116" />
        <source>{0} — {1}  ({2} lapses)</source>
        <translation>{0} — {1}（遗忘 {2} 次）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/statistics.py" line="123" />
        <source>None yet: terms you forget often will be listed here.</source>
        <translation>暂无：经常忘记的术语会列在这里。</translation>
    </message>
<message><source>new</source><translation>新卡片</translation></message><message><source>learning</source><translation>学习中</translation></message><message><source>review</source><translation>复习</translation></message><message><source>relearning</source><translation>重学中</translation></message><message><source>suspended</source><translation>已暂停</translation></message></context>
<context>
    <name>StudyScreen</name>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="119" />
        <source>Study</source>
        <translation>学习</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="162" />
        <source>Type the answer (optional), Enter to check — or press Space to reveal</source>
        <translation>输入答案（可选），回车检查 —— 或按空格键显示答案</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="168" />
        <source>Show Answer (Space)</source>
        <translation>显示答案（空格）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="184" />
        <source>Space reveal · 1–4 rate · Ctrl+Z undo · E edit · S suspend</source>
        <translation>空格 显示 · 1–4 评分 · Ctrl+Z 撤销 · E 编辑 · S 暂停</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="300" />
        <source>Congratulations! You have finished for now.

{0} cards reviewed in about {1} min; {2} forgotten ({3}% correct).

Come back later for the cards that are still learning, or import more text.</source>
        <translation>恭喜！今天的学习暂告一段落。

约 {1} 分钟复习了 {0} 张卡片；忘记 {2} 张（正确率 {3}%）。

稍后再来复习仍在学习中的卡片，或导入更多文本。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="313" />
        <source>No cards are due.

Accept terms under Candidates (Ctrl+2) to get new cards, or come back when reviews are due.</source>
        <translation>没有到期的卡片。

在“候选术语”（Ctrl+2）中接受术语以获得新卡片，或等复习到期时再来。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="358" />
        <source>Correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="358" />
        <source>Not quite</source>
        <translation>不完全正确</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="414" />
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="440" />
        <source>Card suspended. Ctrl+Z undoes.</source>
        <translation>卡片已暂停。Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="456" />
        <source>Edit Term</source>
        <translation>编辑术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="456" />
        <source>English:</source>
        <translation>英文：</translation>
    </message>
<message><source>Again</source><translation>重来</translation></message><message><source>Hard</source><translation>困难</translation></message><message><source>Good</source><translation>良好</translation></message><message><source>Easy</source><translation>简单</translation></message><message><source>New</source><translation>新卡片</translation></message><message><source>Learning</source><translation>学习中</translation></message><message><source>Review</source><translation>复习</translation></message></context>
<context>
    <name>TermsModel</name>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="64" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="65" />
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="66" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="67" />
        <source>Deck</source>
        <translation>牌组</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="68" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="69" />
        <source>Added</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="179" />
        <source>suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="181" />
        <source>{0} of {1} cards suspended</source>
        <translation>{1} 张卡片中 {0} 张已暂停</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../desktop/gui/onboarding.py" line="36" />
        <source>Welcome to Duiyi! A sample text is in your Library. Next: confirm its terms under Candidates (Ctrl+2), then study them (Ctrl+4). Import your own text with Ctrl+O or drag a file onto this window.</source>
        <translation>欢迎使用对译！文库里已有一篇示例文本。下一步：在“候选术语”（Ctrl+2）中确认其中的术语，然后学习它们（Ctrl+4）。用 Ctrl+O 导入你自己的文本，或把文件拖到这个窗口。</translation>
    </message>
</context>
</TS>