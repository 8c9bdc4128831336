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
    <name>AddTermDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/add_term.py" line="29" />
        <source>Add Term</source>
        <translation>添加术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/add_term.py" line="41" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/add_term.py" line="44" />
        <source>Add the term (Ctrl+Enter)</source>
        <translation>添加该术语（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/add_term.py" line="100" />
        <source>Already in your collection: {0} — {1} (deck {2}).</source>
        <translation>已在你的收藏中：{0} — {1}（牌组 {2}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/add_term.py" line="107" />
        <source>{0} is already in your collection as: {1}. Add makes another term.</source>
        <translation>{0} 已在你的收藏中：{1}。添加将另建一个术语。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/add_term.py" line="145" />
        <source>Added {0} — {1} to {2}. Ctrl+Z undoes.</source>
        <translation>已将 {0} — {1} 添加到 {2}。Ctrl+Z 可撤销。</translation>
    </message>
</context>
<context>
    <name>BrowseScreen</name>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="85" />
        <source>Browse</source>
        <translation>浏览</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="99" />
        <source>Search Chinese, English or pinyin (wangluo, wang3luo4 or wǎngluò)</source>
        <translation>搜索中文、英文或拼音（wangluo、wang3luo4 或 wǎngluò）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="103" />
        <source>All decks</source>
        <translation>全部牌组</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="104" />
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="105" />
        <source>All documents</source>
        <translation>全部文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="108" />
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="109" />
        <source>Candidates</source>
        <translation>候选术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="110" />
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="111" />
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="115" />
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="116" />
        <source>Leeches</source>
        <translation>难记卡</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="117" />
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="193" />
        <source>Add Tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="195" />
        <source>Move to Deck…</source>
        <translation>移到牌组…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="197" />
        <source>Suspend</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="199" />
        <source>Unsuspend</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="201" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="203" />
        <source>Drill These…</source>
        <translation>用这些术语练习…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="216" />
        <source>Ctrl+F search · Del delete · every action undoable</source>
        <translation>Ctrl+F 搜索 · Del 删除 · 每个操作都可撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="245" />
        <source>Save Changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="249" />
        <source>Card Info…</source>
        <translation>卡片信息…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="250" />
        <source>Each card's reviews (Ctrl+Shift+I)</source>
        <translation>每张卡片的复习记录（Ctrl+Shift+I）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/screens/browse.py" line="331" />
        <source>{0} of {1} term(s) selected</source>
        <translation>
            <numerusform>已选 {0} 个术语（共 {1} 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/screens/browse.py" line="335" />
        <location filename="../../desktop/gui/screens/browse.py" line="340" />
        <source>{0} term(s)</source>
        <translation>
            <numerusform>{0} 个术语</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/screens/browse.py" line="481" />
        <source>{0} term(s) selected</source>
        <translation>
            <numerusform>已选 {0} 个术语</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="338" />
        <source>{0}+ terms</source>
        <translation>{0}+ 个术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="505" />
        <location filename="../../desktop/gui/screens/browse.py" line="515" />
        <source>Saved. Ctrl+Z undoes.</source>
        <translation>已保存。Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="575" />
        <source>Add Tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="575" />
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="590" />
        <source>Move to Deck</source>
        <translation>移到牌组</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="590" />
        <source>Deck:</source>
        <translation>牌组：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="601" />
        <source>Moved. Ctrl+Z undoes.</source>
        <translation>已移动。Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="608" />
        <source>Suspended. Ctrl+Z undoes.</source>
        <translation>已暂停。Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="608" />
        <source>Unsuspended.</source>
        <translation>已恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="618" />
        <source>Still finding every selected term; press Delete again in a moment.</source>
        <translation>仍在查找所有选中的术语，请稍后再按 Delete。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/screens/browse.py" line="624" />
        <source>Delete {0} term(s) and their cards? You can undo this.</source>
        <translation>
            <numerusform>删除 {0} 个术语及其卡片？此操作可撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse.py" line="627" />
        <source>Delete Terms</source>
        <translation>删除术语</translation>
    </message>
</context>
<context>
    <name>BuildPanel</name>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="118" />
        <source>All released terms</source>
        <translation>全部已发布的术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="119" />
        <source>A deck</source>
        <translation>一个牌组</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="120" />
        <source>A tag</source>
        <translation>一个标签</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="121" />
        <source>A document</source>
        <translation>一篇文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="122" />
        <source>A lesson</source>
        <translation>一个课次</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="123" />
        <source>The terms selected in Browse</source>
        <translation>在“浏览”中选中的术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="124" />
        <source>What a class missed last time</source>
        <translation>某班上次答错的术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="135" />
        <source>&amp;Terms:</source>
        <translation>术语(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="140" />
        <source>Chinese → English</source>
        <translation>中文 → 英文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="141" />
        <source>English → Chinese</source>
        <translation>英文 → 中文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="142" />
        <source>Mixed</source>
        <translation>混合</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="145" />
        <source>&amp;Direction:</source>
        <translation>方向(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="149" />
        <source>&amp;Items:</source>
        <translation>题数(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="152" />
        <source>Projector</source>
        <translation>投影</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="153" />
        <source>Multiple choice</source>
        <translation>单选题</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="154" />
        <source>Typing</source>
        <translation>填写</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="155" />
        <source>Matching</source>
        <translation>连线</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="160" />
        <source>&amp;Mode:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="164" />
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="165" />
        <source>S&amp;econds per item:</source>
        <translation>每题秒数(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="169" />
        <source>Version &amp;B</source>
        <translation>B 卷(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="172" />
        <source>The same terms and settings with another seed: another order and options</source>
        <translation>相同的术语和设置，换一个随机种子：题目顺序和选项都不同</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="179" />
        <source>See&amp;d:</source>
        <translation>随机种子(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="183" />
        <source>Vocabulary drill 词汇练习</source>
        <translation>Vocabulary drill 词汇练习</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="184" />
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="190" />
        <source>C&amp;lass, student:</source>
        <translation>班级、学生(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="195" />
        <source>Run</source>
        <translation>进行</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="197" />
        <source>Run for One &amp;Student</source>
        <translation>一名学生在本机作答(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="199" />
        <source>Run for the &amp;Class</source>
        <translation>全班一起做(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="205" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="208" />
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="209" />
        <source>Letter</source>
        <translation>Letter（美式信纸）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="212" />
        <source>&amp;Print Sheet and Key</source>
        <translation>打印试卷和答案(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="214" />
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="216" />
        <source>Sheet:</source>
        <translation>试卷：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="220" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="224" />
        <source>问卷星 text import (.txt, with an answer key .xlsx)</source>
        <translation>问卷星文本导入（.txt，另附答案 .xlsx）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="225" />
        <source>超星学习通 question bank (.xlsx)</source>
        <translation>超星学习通题库（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="226" />
        <source>Moodle GIFT (.txt)</source>
        <translation>Moodle GIFT（.txt）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="227" />
        <source>Aiken (.txt)</source>
        <translation>Aiken（.txt）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="228" />
        <source>Kahoot spreadsheet (.xlsx)</source>
        <translation>Kahoot 表格（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="229" />
        <source>Quizlet (term TAB definition)</source>
        <translation>Quizlet（术语 TAB 释义）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="235" />
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="237" />
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="238" />
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="264" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="264" />
        <source>Asks</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="264" />
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="264" />
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="300" />
        <source>No class</source>
        <translation>不指定班级</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="322" />
        <source>{0} (not released)</source>
        <translation>{0}（未发布）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/screens/drill_build.py" line="332" />
        <source>{0} term(s) from Browse</source>
        <translation>
            <numerusform>来自“浏览”的 {0} 个术语</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="340" />
        <location filename="../../desktop/gui/screens/drill_build.py" line="345" />
        <source>No student</source>
        <translation>没有学生</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="371" />
        <source>Choose which {0} the terms come from.</source>
        <translation>请选择术语来自哪个（{0}）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/screens/drill_build.py" line="445" />
        <source>{0} item(s), version {1} ({2} asked: the selection holds no more)</source>
        <translation>
            <numerusform>{0} 道题，{1} 卷（要求 {2} 道：所选范围没有更多术语）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/screens/drill_build.py" line="450" />
        <source>{0} item(s), version {1}</source>
        <translation>
            <numerusform>{0} 道题，{1} 卷</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="467" />
        <source>version {0}</source>
        <translation>{0} 卷</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="469" />
        <source>Versions {0} and {1} (this seed and the next)</source>
        <translation>{0}、{1} 两卷（这个种子和下一个）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="493" />
        <source>Choose a class and one of its students: answers are kept per student.</source>
        <translation>请选择班级和其中一名学生：答案按学生保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="506" />
        <source>Choose the class to run the drill for.</source>
        <translation>请选择要做这套练习的班级。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="518" />
        <source>Type or choose where to save the sheet.</source>
        <translation>请输入或选择试卷的保存位置。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="548" />
        <source>{0} already exists. Replace it?</source>
        <translation>{0} 已存在。要替换它吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="551" />
        <source>These files already exist:
{0}
Replace them?</source>
        <translation>以下文件已存在：
{0}
要替换它们吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="552" />
        <source>Replace Files</source>
        <translation>替换文件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="554" />
        <source>Nothing was written.</source>
        <translation>未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="581" />
        <source>Printed {0} (drill run {1}).</source>
        <translation>已打印 {0}（练习记录 {1}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="591" />
        <source>Type or choose where to save the file.</source>
        <translation>请输入或选择文件的保存位置。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_build.py" line="611" />
        <source>Exported to {0} (drill run {1}).</source>
        <translation>已导出到 {0}（练习记录 {1}）。</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="108" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="109" />
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="110" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="111" />
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="112" />
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="113" />
        <source>Context</source>
        <translation>语境</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="145" />
        <source>Point at a confidence to see what marked it up or down.</source>
        <translation>指向置信度，可查看调高或调低它的原因。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="151" />
        <source>Confidence {0:.2f}</source>
        <translation>置信度 {0:.2f}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="153" />
        <source>Found before Duiyi kept the reasons for a confidence.</source>
        <translation>这个候选术语是在 Duiyi 记录置信度原因之前找到的。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="158" />
        <source>Nothing marked it up or down.</source>
        <translation>没有因素调高或调低它。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="159" />
        <source>Marked down:</source>
        <translation>调低的原因：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="159" />
        <source>Marked up:</source>
        <translation>调高的原因：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="169" />
        <source>the Chinese and the English explain each other only in part</source>
        <translation>中文和英文只能部分互相对应</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="170" />
        <source>its occurrences do not all agree on the English</source>
        <translation>各处出现的英文译法不完全一致</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="171" />
        <source>the pair occurs fewer than four times</source>
        <translation>这一对出现不到四次</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="172" />
        <source>an everyday word, seldom drilled</source>
        <translation>常用词，很少需要专门练习</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="173" />
        <source>a predicate, not a term</source>
        <translation>是谓语，不是术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="175" />
        <source>an adverb or an everyday adjective at its edge: a phrase</source>
        <translation>边上带有副词或常用形容词：是短语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="178" />
        <source>与 or 和 joins two words but the English has no “and”</source>
        <translation>“与”或“和”连接两个词，英文却没有 and</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="180" />
        <source>“the” inside the English: a description</source>
        <translation>英文中间有 the：是描述</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="181" />
        <source>ends with a verb whose object follows</source>
        <translation>以动词结尾，宾语在后面</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="182" />
        <source>the English lacks its head noun</source>
        <translation>英文缺少中心名词</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="183" />
        <source>a capitalised name runs on before or after the English</source>
        <translation>英文前后还连着一个大写的名称</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="184" />
        <source>the English runs on into a head noun the Chinese lacks</source>
        <translation>英文延续到中文所缺的中心名词</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="186" />
        <source>the writer marks the Chinese as a title or coinage (《…》, “…”)</source>
        <translation>原文用《…》或“…”把中文标为标题或新词</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="189" />
        <source>a capitalised name renders it, each word the dictionary lacks standing for a part</source>
        <translation>由一个大写的名称译出，词典缺少的每个词都对应中文的一部分</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="191" />
        <source>the English is one common word, seldom a term</source>
        <translation>英文只是一个常用词，很少是术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="192" />
        <source>you accepted this pair before</source>
        <translation>你以前接受过这一对</translation>
    </message>
</context>
<context>
    <name>CandidatesScreen</name>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="278" />
        <source>Candidates</source>
        <translation>候选术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="280" />
        <source>Document:</source>
        <translation>文档：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="288" />
        <source>Terms Duiyi found in your texts. A accepts, R rejects, E edits the English (double-click any of the first three columns), arrows move. Ctrl+Z undoes.</source>
        <translation>对译在你的文本中找到的术语。A 接受，R 拒绝，E 编辑英文（或双击前三列），方向键移动。Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="318" />
        <source>No candidates to review.

Import a bilingual text (Ctrl+O): Duiyi proposes its terms here for you to accept.</source>
        <translation>没有待审核的候选术语。

导入一篇双语文本（Ctrl+O），对译会在这里列出其中的术语供你确认。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="327" />
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="330" />
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="332" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="338" />
        <source>Accept all with confidence at least</source>
        <translation>接受置信度不低于此值的全部术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="344" />
        <source>Accept All Above</source>
        <translation>全部接受</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/candidates.py" line="375" />
        <source>All documents</source>
        <translation>全部文档</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/screens/candidates.py" line="410" />
        <source>{0} candidate(s) to review</source>
        <translation>
            <numerusform>{0} 个候选术语待审</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/screens/candidates.py" line="456" />
        <source>Accepted {0} term(s). Ctrl+Z undoes.</source>
        <translation>
            <numerusform>已接受 {0} 个术语。Ctrl+Z 可撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/screens/candidates.py" line="459" />
        <source>Rejected {0} candidate(s). Ctrl+Z undoes.</source>
        <translation>
            <numerusform>已拒绝 {0} 个候选术语。Ctrl+Z 可撤销。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardInfoDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/card_info.py" line="40" />
        <source>Card Info</source>
        <translation>卡片信息</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/card_info.py" line="48" />
        <location filename="../../desktop/gui/dialogs/card_info.py" line="62" />
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/card_info.py" line="49" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/card_info.py" line="50" />
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/card_info.py" line="51" />
        <location filename="../../desktop/gui/dialogs/card_info.py" line="58" />
        <source>Reviews</source>
        <translation>复习次数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/card_info.py" line="52" />
        <source>Lapses</source>
        <translation>遗忘次数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/card_info.py" line="53" />
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/card_info.py" line="61" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/card_info.py" line="63" />
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/card_info.py" line="64" />
        <source>Interval</source>
        <translation>间隔</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/card_info.py" line="65" />
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/card_info.py" line="66" />
        <source>Typed answer</source>
        <translation>输入的答案</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/card_info.py" line="71" />
        <source>No reviews yet.</source>
        <translation>尚无复习记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/card_info.py" line="86" />
        <source>Chinese → English</source>
        <translation>中文 → 英文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/card_info.py" line="87" />
        <source>English → Chinese</source>
        <translation>英文 → 中文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/card_info.py" line="88" />
        <source>Chinese sentence</source>
        <translation>中文句子</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/card_info.py" line="89" />
        <source>English sentence</source>
        <translation>英文句子</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/card_info.py" line="96" />
        <source>suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/card_info.py" line="98" />
        <source>new</source>
        <translation>新卡片</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/card_info.py" line="99" />
        <source>learning</source>
        <translation>学习中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/card_info.py" line="100" />
        <source>review</source>
        <translation>复习</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/card_info.py" line="101" />
        <source>relearning</source>
        <translation>重学中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/card_info.py" line="107" />
        <source>Again</source>
        <translation>重来</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/card_info.py" line="107" />
        <source>Hard</source>
        <translation>困难</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/card_info.py" line="107" />
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/card_info.py" line="107" />
        <source>Easy</source>
        <translation>简单</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/card_info.py" line="144" />
        <source>{0} s</source>
        <translation>{0} 秒</translation>
    </message>
</context>
<context>
    <name>ChoiceWindow</name>
    <message>
        <location filename="../../desktop/gui/drill_run/choice.py" line="158" />
        <source>Right.</source>
        <translation>正确。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/choice.py" line="161" />
        <source>Not right. The answer is {0}. {1}</source>
        <translation>不对。正确答案是 {0}. {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/choice.py" line="173" />
        <source>Key {0} or {1}</source>
        <translation>按键 {0} 或 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/choice.py" line="174" />
        <source>Item {0} of {1}</source>
        <translation>第 {0} 题，共 {1} 题</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/choice.py" line="176" />
        <source>Next (Enter)</source>
        <translation>下一题（Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/choice.py" line="179" />
        <source>1–{0} or A–{1} choose · Enter next · Esc stop</source>
        <translation>1–{0} 或 A–{1} 选择 · Enter 下一题 · Esc 停止</translation>
    </message>
</context>
<context>
    <name>ClassesPanel</name>
    <message>
        <location filename="../../desktop/gui/screens/drill_classes.py" line="64" />
        <source>Lessons</source>
        <translation>课次</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_classes.py" line="67" />
        <source>Lesson</source>
        <translation>课次</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_classes.py" line="67" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_classes.py" line="67" />
        <source>Terms</source>
        <translation>术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_classes.py" line="67" />
        <source>Released</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_classes.py" line="70" />
        <source>&amp;Release Lesson</source>
        <translation>发布课次(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_classes.py" line="72" />
        <source>Its terms may then be drilled and serve as wrong options</source>
        <translation>发布后，其术语可以出题，也可以用作干扰项</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_classes.py" line="82" />
        <source>A tag</source>
        <translation>一个标签</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_classes.py" line="83" />
        <source>A document</source>
        <translation>一篇文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_classes.py" line="84" />
        <source>The terms selected in Browse</source>
        <translation>在“浏览”中选中的术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_classes.py" line="90" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_classes.py" line="91" />
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_classes.py" line="92" />
        <source>Terms:</source>
        <translation>术语：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_classes.py" line="94" />
        <source>Add &amp;Lesson</source>
        <translation>添加课次(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/screens/drill_classes.py" line="104" />
        <source>{0} term(s) from Browse</source>
        <translation>
            <numerusform>来自“浏览”的 {0} 个术语</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_classes.py" line="124" />
        <source>Choose the tag or document the lesson's terms come from.</source>
        <translation>请选择课次术语来自的标签或文档。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/screens/drill_classes.py" line="134" />
        <source>Added lesson {1} with {0} term(s); release it when taught.</source>
        <translation>
            <numerusform>已添加课次 {1}，共 {0} 个术语；讲完后请发布。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_classes.py" line="151" />
        <source>Select the lesson to release.</source>
        <translation>请选择要发布的课次。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_classes.py" line="156" />
        <source>Released lesson {0}.</source>
        <translation>已发布课次 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_classes.py" line="163" />
        <source>Classes</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_classes.py" line="165" />
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_classes.py" line="165" />
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_classes.py" line="170" />
        <source>New class name</source>
        <translation>新班级名称</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_classes.py" line="171" />
        <source>&amp;Add Class</source>
        <translation>添加班级(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_classes.py" line="181" />
        <source>Student's name</source>
        <translation>学生姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_classes.py" line="182" />
        <source>Add S&amp;tudent</source>
        <translation>添加学生(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_classes.py" line="190" />
        <source>&amp;Import Roster</source>
        <translation>导入名单(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_classes.py" line="191" />
        <source>A CSV file with one student's name a row</source>
        <translation>CSV 文件，每行一名学生的姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_classes.py" line="219" />
        <source>There is already a class named {0}: it is selected.</source>
        <translation>已有名为 {0} 的班级：已选中它。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_classes.py" line="226" />
        <source>Added class {0}.</source>
        <translation>已添加班级 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_classes.py" line="242" />
        <source>Select the class to add the student to.</source>
        <translation>请选择要添加学生的班级。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_classes.py" line="255" />
        <source>Select a class and type or choose its roster file.</source>
        <translation>请选择班级，并输入或选择其名单文件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/screens/drill_classes.py" line="268" />
        <source>Added {0} student(s) to {1} ({2} already there).</source>
        <translation>
            <numerusform>已向 {1} 添加 {0} 名学生（{2} 名已在班上）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_classes.py" line="301" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_classes.py" line="301" />
        <source>no</source>
        <translation>否</translation>
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
    <name>DrillsScreen</name>
    <message>
        <location filename="../../desktop/gui/screens/drills.py" line="67" />
        <source>Drills</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drills.py" line="75" />
        <source>&amp;Build</source>
        <translation>组卷(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drills.py" line="76" />
        <source>&amp;Lessons and Classes</source>
        <translation>课次和班级(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drills.py" line="77" />
        <source>&amp;Marks</source>
        <translation>判分(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drills.py" line="78" />
        <source>&amp;Results</source>
        <translation>成绩(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drills.py" line="141" />
        <source>{0} gave no answer: nothing was stored.</source>
        <translation>{0} 没有作答：未保存任何内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/screens/drills.py" line="149" />
        <source>Stored {0} answer(s) of {1} ({2} right) in drill run {3}.</source>
        <translation>
            <numerusform>已在练习记录 {3} 中保存 {1} 的 {0} 个答案（答对 {2} 个）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drills.py" line="172" />
        <source>{0} has no students yet: add them under Lessons and Classes.</source>
        <translation>{0} 还没有学生：请在“课次和班级”中添加。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drills.py" line="191" />
        <source>The class found items {0} hard (★). Mark each student's answers.</source>
        <translation>全班觉得第 {0} 题较难（★）。请为每名学生判分。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drills.py" line="196" />
        <source>Mark each student's answers, then Store Marks.</source>
        <translation>请为每名学生判分，然后点“保存判分”。</translation>
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
        <location filename="../../desktop/gui/mainwindow.py" line="119" />
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="120" />
        <source>Candidates</source>
        <translation>候选术语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="121" />
        <source>Browse</source>
        <translation>浏览</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="122" />
        <source>Study</source>
        <translation>学习</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="123" />
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="124" />
        <source>Drills</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="217" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="218" />
        <source>&amp;Add Term…</source>
        <translation>添加术语(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="220" />
        <source>&amp;Import Text…</source>
        <translation>导入文本(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="225" />
        <source>Import &amp;Pasted Text…</source>
        <translation>导入粘贴的文本(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="231" />
        <source>&amp;Export Anki Deck…</source>
        <translation>导出 Anki 牌组(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="235" />
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="242" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="249" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="253" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="255" />
        <location filename="../../desktop/gui/mainwindow.py" line="396" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="258" />
        <location filename="../../desktop/gui/mainwindow.py" line="400" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="264" />
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="269" />
        <source>&amp;Find Terms</source>
        <translation>查找术语(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="274" />
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="285" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="287" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="289" />
        <source>&amp;About Duiyi</source>
        <translation>关于对译(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="396" />
        <source>&amp;Undo {0}</source>
        <translation>撤销 {0}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="400" />
        <source>&amp;Redo {0}</source>
        <translation>重做 {0}(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="409" />
        <source>Undoing: {0}…</source>
        <translation>正在撤销：{0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="417" />
        <source>Redoing: {0}…</source>
        <translation>正在重做：{0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="409" />
        <source>Undone: {0}</source>
        <translation>已撤销：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="417" />
        <source>Redone: {0}</source>
        <translation>已重做：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="469" />
        <source>The clipboard holds no text to import.</source>
        <translation>剪贴板中没有可导入的文本。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="476" />
        <source>“{0}” is already in your library.</source>
        <translation>“{0}”已经在文库中了。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="481" />
        <source>Imported “{0}”. Review its term candidates next.</source>
        <translation>已导入“{0}”。下一步：审核其中的候选术语。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="525" />
        <source>Keyboard Shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="527" />
        <source>Ctrl+1…6  go to Library, Candidates, Browse, Study, Statistics, Drills
Ctrl+O  import a text     Ctrl+Shift+V  import pasted text
Ctrl+N  add a term     Ctrl+E  export an Anki deck     Ctrl+F  find terms
Ctrl+Z / Ctrl+Shift+Z  undo / redo

Candidates: A accept, R reject, E edit, arrows move
Study: Space or Enter reveal, then Good; 1–4 rate, E edit, S suspend, Ctrl+Z undo the last answer</source>
        <translation>Ctrl+1…6  前往文库、候选术语、浏览、学习、统计、练习
Ctrl+O  导入文本     Ctrl+Shift+V  导入粘贴的文本
Ctrl+N  添加术语     Ctrl+E  导出 Anki 牌组     Ctrl+F  查找术语
Ctrl+Z / Ctrl+Shift+Z  撤销 / 重做

候选术语：A 接受，R 拒绝，E 编辑，方向键移动
学习：空格或回车 显示答案，再按即为“良好”；1–4 评分，E 编辑，S 暂停，Ctrl+Z 撤销上一次回答</translation>
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
    <name>MarksPanel</name>
    <message>
        <location filename="../../desktop/gui/screens/drill_marks.py" line="115" />
        <source>Run a drill for the whole class from Build, or choose a stored run under Results and Mark This Run, to mark each student's answers here.</source>
        <translation>在“组卷”中让全班做一套练习，或在“成绩”中选择一条练习记录并点“为这次判分”，即可在这里为每名学生判分。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_marks.py" line="128" />
        <source>R or 1: right · W or 0: wrong · Space: switch · Delete: clear · each mark moves to the next student</source>
        <translation>R 或 1：对 · W 或 0：错 · 空格：切换 · Delete：清除 · 每判一格移到下一名学生</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_marks.py" line="135" />
        <source>Mark the Rest &amp;Right</source>
        <translation>其余都判对(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_marks.py" line="137" />
        <source>&amp;Store Marks</source>
        <translation>保存判分(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/screens/drill_marks.py" line="205" />
        <source>{1}: a new drill of {0} item(s), stored with its marks</source>
        <translation>
            <numerusform>{1}：新练习，{0} 道题，与判分一起保存</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/screens/drill_marks.py" line="211" />
        <source>{1}: drill run {2}, {0} item(s)</source>
        <translation>
            <numerusform>{1}：练习记录 {2}，{0} 道题</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_marks.py" line="225" />
        <source>The marks for {0} are not stored yet. Close Duiyi and drop them?</source>
        <translation>{0} 的判分尚未保存。要关闭对译并放弃这些判分吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_marks.py" line="229" />
        <source>Marks Not Stored</source>
        <translation>判分尚未保存</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_marks.py" line="227" />
        <source>The marks for {0} are not stored yet. Drop them?</source>
        <translation>{0} 的判分尚未保存。要放弃吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_marks.py" line="234" />
        <source>{0} of {1} marked</source>
        <translation>已判 {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_marks.py" line="257" />
        <source>Mark at least one answer right or wrong first.</source>
        <translation>请先至少判一个答案对或错。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/screens/drill_marks.py" line="279" />
        <source>Stored {0} mark(s) for {1} in drill run {2}.</source>
        <translation>
            <numerusform>已在练习记录 {2} 中保存 {1} 的 {0} 个判分。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchingWindow</name>
    <message>
        <location filename="../../desktop/gui/drill_run/matching.py" line="216" />
        <source>Time: {0}</source>
        <translation>用时：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/matching.py" line="217" />
        <source>{0} of {1} matched at the first try</source>
        <translation>{1} 对中 {0} 对一次配对成功</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/matching.py" line="227" />
        <source>Group {0} of {1}</source>
        <translation>第 {0} 组，共 {1} 组</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/matching.py" line="228" />
        <source>Pair each term with its translation</source>
        <translation>把每个术语与其译文配对</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/matching.py" line="232" />
        <source>1–{0} pick on the left · A–{1} pick on the right · Esc stop</source>
        <translation>1–{0} 选左栏 · A–{1} 选右栏 · Esc 停止</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../desktop/gui/widgets.py" line="57" />
        <location filename="../../desktop/gui/widgets.py" line="58" />
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
    <name>PathRow</name>
    <message>
        <location filename="../../desktop/gui/screens/drill_parts.py" line="98" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_parts.py" line="123" />
        <source>Save As</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_parts.py" line="127" />
        <source>Open</source>
        <translation>打开</translation>
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
        <location filename="../../desktop/gui/drill_run/projector.py" line="272" />
        <source>Hard for the class:</source>
        <translation>全班觉得难的：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/projector.py" line="275" />
        <source>No item was marked hard.</source>
        <translation>没有标为难的题。</translation>
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
    <name>ResultsPanel</name>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="59" />
        <location filename="../../desktop/gui/screens/drill_results.py" line="167" />
        <source>All classes</source>
        <translation>全部班级</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="61" />
        <source>&amp;Class:</source>
        <translation>班级(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="67" />
        <source>Export Results &amp;CSV</source>
        <translation>导出成绩 CSV(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="78" />
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="78" />
        <location filename="../../desktop/gui/screens/drill_results.py" line="86" />
        <source>Right</source>
        <translation>答对</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="78" />
        <location filename="../../desktop/gui/screens/drill_results.py" line="87" />
        <location filename="../../desktop/gui/screens/drill_results.py" line="128" />
        <source>Answers</source>
        <translation>作答</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="78" />
        <location filename="../../desktop/gui/screens/drill_results.py" line="88" />
        <source>Accuracy</source>
        <translation>正确率</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="81" />
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="84" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="85" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="93" />
        <source>Terms, the most missed first</source>
        <translation>术语（错得最多的在前）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="95" />
        <source>Select the &amp;Missed</source>
        <translation>选中答错的(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="99" />
        <source>Tag, e.g. missed-week-3</source>
        <translation>标签，例如 missed-week-3</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="100" />
        <source>&amp;Tag Selected</source>
        <translation>给选中的加标签(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="102" />
        <source>Add Selected to My &amp;Review</source>
        <translation>把选中的加入我的复习(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="104" />
        <source>Unsuspends their cards and puts their new cards first; no other card, and no student's result, changes</source>
        <translation>恢复这些术语的卡片，并把其中的新卡片排在最前；其他卡片和学生的成绩都不变</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="123" />
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="124" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="125" />
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="126" />
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="127" />
        <source>Items</source>
        <translation>题数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="132" />
        <source>Drill runs</source>
        <translation>练习记录</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="133" />
        <source>Mark This R&amp;un</source>
        <translation>为这次判分(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="134" />
        <source>Type in the marks of a printed or exported drill</source>
        <translation>录入打印或导出的练习的判分</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="201" />
        <source>(deleted term)</source>
        <translation>（已删除的术语）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="210" />
        <source>Projector</source>
        <translation>投影</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="210" />
        <source>Multiple choice</source>
        <translation>单选题</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="211" />
        <source>Typing</source>
        <translation>填写</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="211" />
        <source>Matching</source>
        <translation>连线</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="241" />
        <source>Select the terms first: Select the Missed selects each with a wrong answer.</source>
        <translation>请先选择术语：“选中答错的”会选中每个有错答的术语。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="251" />
        <source>Type the tag to give the selected terms.</source>
        <translation>请输入要给选中术语加的标签。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/screens/drill_results.py" line="257" />
        <source>Tagged {0} term(s) {1}. Ctrl+Z undoes.</source>
        <translation>
            <numerusform>已给 {0} 个术语加上标签 {1}。Ctrl+Z 可撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/screens/drill_results.py" line="275" />
        <source>Added {0} term(s) to your review ({1}). Ctrl+Z undoes.</source>
        <translation>
            <numerusform>已把 {0} 个术语加入你的复习（{1}）。Ctrl+Z 可撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/screens/drill_results.py" line="277" />
        <source>{0} card(s) changed</source>
        <translation>
            <numerusform>改动了 {0} 张卡片</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="291" />
        <source>Select the drill run to mark.</source>
        <translation>请选择要判分的练习记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="306" />
        <source>Type or choose where to save the CSV file.</source>
        <translation>请输入或选择 CSV 文件的保存位置。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/screens/drill_results.py" line="311" />
        <source>Wrote {0} answer(s) to {1}.</source>
        <translation>
            <numerusform>已把 {0} 条作答写入 {1}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="318" />
        <source>Replace Files</source>
        <translation>替换文件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="319" />
        <source>{0} already exists. Replace it?</source>
        <translation>{0} 已存在。要替换它吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/drill_results.py" line="321" />
        <source>Nothing was written.</source>
        <translation>未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>RunWindow</name>
    <message>
        <location filename="../../desktop/gui/drill_run/base.py" line="156" />
        <source>Drill</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/base.py" line="173" />
        <source>{0} of {1} right</source>
        <translation>{1} 题答对 {0} 题</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/base.py" line="176" />
        <source>To look at again:</source>
        <translation>需要再看的：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/base.py" line="182" />
        <source>End of the drill</source>
        <translation>练习结束</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/base.py" line="184" />
        <source>Enter or Esc closes</source>
        <translation>按 Enter 或 Esc 关闭</translation>
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
        <location filename="../../desktop/gui/screens/study.py" line="148" />
        <source>Study</source>
        <translation>学习</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="192" />
        <source>Type the answer (optional), Enter to check — Enter with it empty to reveal</source>
        <translation>输入答案（可选），回车检查 —— 留空按回车显示答案</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="324" />
        <source>Show Answer (Space)</source>
        <translation>显示答案（空格）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="324" />
        <source>Show Answer (Enter)</source>
        <translation>显示答案（回车）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="329" />
        <source>Enter: check or show, then Good · 1–4 rate · Ctrl+Z undo · E edit · S suspend</source>
        <translation>回车：检查或显示，再按为“良好” · 1–4 评分 · Ctrl+Z 撤销 · E 编辑 · S 暂停</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="332" />
        <source>Space or Enter: show, then Good · 1–4 rate · Ctrl+Z undo · E edit · S suspend</source>
        <translation>空格或回车：显示，再按为“良好” · 1–4 评分 · Ctrl+Z 撤销 · E 编辑 · S 暂停</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="357" />
        <source>Congratulations! You have finished for now.

{0} cards reviewed in about {1} min; {2} forgotten ({3}% correct).

Come back later for the cards that are still learning, or import more text.</source>
        <translation>恭喜！今天的学习暂告一段落。

约 {1} 分钟复习了 {0} 张卡片；忘记 {2} 张（正确率 {3}%）。

稍后再来复习仍在学习中的卡片，或导入更多文本。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="370" />
        <source>No cards are due.

Accept terms under Candidates (Ctrl+2) to get new cards, or come back when reviews are due.</source>
        <translation>没有到期的卡片。

在“候选术语”（Ctrl+2）中接受术语以获得新卡片，或等复习到期时再来。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="381" />
        <source>New today</source>
        <translation>今日新卡</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="383" />
        <source>Reviews due</source>
        <translation>待复习</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="391" />
        <source>New today: new cards left within the deck's daily limit (Settings). Statistics counts every new card.</source>
        <translation>今日新卡：牌组每日上限（设置）内剩余的新卡片。统计页计算的是全部新卡片。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="432" />
        <source>Correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="432" />
        <source>Not quite</source>
        <translation>不完全正确</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="486" />
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="510" />
        <source>Card suspended. Ctrl+Z undoes.</source>
        <translation>卡片已暂停。Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/study.py" line="382" />
        <source>Learning</source>
        <translation>学习中</translation>
    </message>
<message><source>Again</source><translation>重来</translation></message><message><source>Hard</source><translation>困难</translation></message><message><source>Good</source><translation>良好</translation></message><message><source>Easy</source><translation>简单</translation></message><message><source>New</source><translation>新卡片</translation></message><message><source>Review</source><translation>复习</translation></message></context>
<context>
    <name>TermEditorDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/term_editor.py" line="29" />
        <source>Edit Term</source>
        <translation>编辑术语</translation>
    </message>
</context>
<context>
    <name>TermForm</name>
    <message>
        <location filename="../../desktop/gui/dialogs/term_form.py" line="63" />
        <source>Filled in from the Chinese; tone numbers (wang3) work too</source>
        <translation>根据中文自动填写；也可用数字标调（wang3）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/term_form.py" line="66" />
        <source>The preferred English rendering</source>
        <translation>首选英文译法</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/term_form.py" line="73" />
        <source>Choose a deck, or type a new name to make one</source>
        <translation>选择牌组，或输入新名称以新建</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/term_form.py" line="75" />
        <source>separated by spaces</source>
        <translation>以空格分隔</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/term_form.py" line="76" />
        <source>&amp;Chinese:</source>
        <translation>中文(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/term_form.py" line="77" />
        <source>&amp;Pinyin:</source>
        <translation>拼音(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/term_form.py" line="78" />
        <source>&amp;English:</source>
        <translation>英文(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/term_form.py" line="82" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/term_form.py" line="82" />
        <source>Rendering</source>
        <translation>译法</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/term_form.py" line="92" />
        <source>Right-click a rendering to make it preferred</source>
        <translation>右键单击某个译法可将其设为首选</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/term_form.py" line="95" />
        <source>Others:</source>
        <translation>其他：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/term_form.py" line="97" />
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/term_form.py" line="98" />
        <source>&amp;Deck:</source>
        <translation>牌组(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/term_form.py" line="99" />
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/term_form.py" line="104" />
        <source>optional: a sentence using the term</source>
        <translation>可选：使用该术语的句子</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/term_form.py" line="106" />
        <source>optional: its translation</source>
        <translation>可选：该句的译文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/term_form.py" line="107" />
        <source>Sentence (Chinese):</source>
        <translation>例句（中文）：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/term_form.py" line="108" />
        <source>Sentence (English):</source>
        <translation>例句（英文）：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/term_form.py" line="135" />
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/term_form.py" line="210" />
        <source>preferred</source>
        <translation>首选</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/term_form.py" line="211" />
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/term_form.py" line="212" />
        <source>outdated</source>
        <translation>已过时</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/term_form.py" line="233" />
        <source>Make Preferred</source>
        <translation>设为首选</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/term_form.py" line="234" />
        <source>Mark Accepted</source>
        <translation>标为已接受</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/term_form.py" line="235" />
        <source>Mark Outdated</source>
        <translation>标为已过时</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/term_form.py" line="236" />
        <source>Delete Rendering</source>
        <translation>删除译法</translation>
    </message>
</context>
<context>
    <name>TermsModel</name>
    <message>
        <location filename="../../desktop/gui/screens/browse_model.py" line="77" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse_model.py" line="78" />
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse_model.py" line="79" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse_model.py" line="80" />
        <source>Deck</source>
        <translation>牌组</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse_model.py" line="81" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse_model.py" line="82" />
        <source>Added</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse_model.py" line="83" />
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse_model.py" line="84" />
        <source>Interval</source>
        <translation>间隔</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse_model.py" line="85" />
        <source>Reviews</source>
        <translation>复习次数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse_model.py" line="86" />
        <source>Lapses</source>
        <translation>遗忘次数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse_model.py" line="87" />
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse_model.py" line="213" />
        <source>new</source>
        <translation>新卡片</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse_model.py" line="229" />
        <source>suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse_model.py" line="231" />
        <source>{0} of {1} cards suspended</source>
        <translation>{1} 张卡片中 {0} 张已暂停</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse_model.py" line="234" />
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse_model.py" line="235" />
        <source>candidate</source>
        <translation>候选</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse_model.py" line="236" />
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/screens/browse_model.py" line="243" />
        <source>Default</source>
        <translation>默认</translation>
    </message>
</context>
<context>
    <name>TypingWindow</name>
    <message>
        <location filename="../../desktop/gui/drill_run/typed.py" line="125" />
        <source>Right.</source>
        <translation>正确。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/typed.py" line="125" />
        <source>Not right.</source>
        <translation>不对。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/typed.py" line="127" />
        <source>Answer: {0}</source>
        <translation>答案：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/typed.py" line="135" />
        <source>Item {0} of {1}</source>
        <translation>第 {0} 题，共 {1} 题</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/typed.py" line="138" />
        <source>Type the English, then Enter</source>
        <translation>输入英文，然后按 Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/typed.py" line="141" />
        <source>Type the Chinese (characters or pinyin), then Enter</source>
        <translation>输入中文（汉字或拼音），然后按 Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/drill_run/typed.py" line="143" />
        <source>Enter check, Enter again next · Esc stop</source>
        <translation>Enter 检查，再按 Enter 下一题 · Esc 停止</translation>
    </message>
</context>
</TS>