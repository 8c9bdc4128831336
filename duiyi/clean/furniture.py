"""Page furniture copied with an article: share and print tools, players, editor and author
credits, copyright and disclaimer notices, calls to subscribe, tag lines, site menus, and a
column name glued before a title. Known by shape: a short line of interface words, a label and
a colon before names, a notice's wording; never a sentence of the article.

A line that may also be text (a lone "Print", "作者：鲁迅", a notice worded as a sentence) counts
only at the text's edges: before its first sentence or after its last one, where pages put
their furniture."""

from __future__ import annotations

import re

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_CHAR = re.compile(f"[{HAN}]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_SENTENCE_MARK = re.compile(r"[。！？!?；;]|\.(?:\s|$)")
_DIGIT = re.compile(r"\d")
_OPEN = "【[（(「『"
_CLOSE = "】]）)」』"

# One of (key, reason) per kind of furniture.
TOOLS = ("page-tools", "share, print or player controls")
CREDIT = ("credit-line", "editor, author or translator line")
NOTICE = ("page-notice", "copyright or disclaimer notice")
PROMOTION = ("promotion", "call to subscribe or follow")
TAGS = ("tag-line", "tag or keyword line")
MENU = ("site-menu", "site menu")
COLUMN = ("column-label", "site or column name before a title")
SOURCE = ("source-line", "source line")
RELATED = ("related-link", "related-reading link")
DATE = ("date-line", "date line")

Found = tuple[str, str]

# Interface words: a line made of these (and size marks) is a toolbar. Marks alone ("大 中 小",
# "A A A", a time) say nothing; words a text could hold alone ("Print", "打印") count alone
# only at an edge.
_TOOL_WORDS = re.compile(
    r"(?:打印(?:本页|此页|本文|文章|页面)|关闭(?:窗口|本页|页面)|收藏(?:本页|本文|文章)|加入收藏"
    r"|返回(?:顶部|首页|列表|上一页)|回到顶部|复制链接|我要纠错|扫一扫(?:在手机(?:上)?(?:打开|阅读|浏览)"
    r"(?:当前页|本页|本文)?|分享|关注)?|手机(?:扫一扫|扫码)|(?:微信)?扫码(?:阅读|分享|打开)"
    r"|点击(?:播放|收听|试听|下载)(?:音频|视频|录音|本文音频)?|字体|字号|大中小"
    r"|print this (?:page|article|story)|e-?mail this (?:page|article|story)|close (?:this )?window"
    r"|font size|text size|back to top|copy link|listen to (?:this )?(?:article|story))",
    re.I,
)
_WEAK_TOOL_WORDS = re.compile(
    r"(?:打印|关闭|收藏|纠错|评论|点赞|在看|登录|登陆|注册|退出|播放|暂停|收听|下载|放大|缩小|默认|正文"
    r"|阅读原文|原文链接|查看原文|分享|转发|print|e-?mail|close|bookmark|share|tweet|like|save|top"
    r"|log ?in|sign (?:in|up)|register|play|pause|listen|download|font)",
    re.I,
)
_MARKS = re.compile(r"(?:[大中小]|a[+-]?|aa|\d{1,2}:\d{2}(?::\d{2})?|[+-])", re.I)
# A colon parts items, except inside a player's time ("04:46").
_TOOL_SEPARATOR = re.compile(
    r"(?:[\s|｜丨/／·•・,，、;；：]|(?<!\d):|:(?!\d))+|[【】\[\]（）()「」]"
)

_SHARE = re.compile(
    r"^(?:一键)?(?:(?P<to>分享到|分享至|转发到|转发至"
    r"|share (?:this|on|to|via)(?: (?:article|story|page|post))?)|分享|share)"
    r"\s*(?P<colon>[:：])?\s*(?P<rest>.*)$",
    re.I,
)
_MAX_SHARE = 60
_MAX_SHARE_ITEM = 12


def _items(text: str) -> list[str]:
    return [item for item in _TOOL_SEPARATOR.split(text) if item]


def _is_share_line(line: str) -> bool:
    """ "分享到：微信 微博 QQ空间", "Share this:", "Share on Facebook Twitter": a share label and
    the names of a few networks, no sentence."""
    match = _SHARE.match(line)
    if match is None or len(line) > _MAX_SHARE or _SENTENCE_MARK.search(line):
        return False
    items = _items(match.group("rest"))
    if any(len(item) > _MAX_SHARE_ITEM for item in items):
        return False
    if match.group("colon"):
        return True
    if match.group("to") is None:
        return False
    # Without a colon, what follows must be names ("Share this moment with..." is a heading).
    return all(_HAN_CHAR.search(item) or item[:1].isupper() for item in items)


def _tool_kind(line: str) -> str | None:
    """ "strong" for a line of interface words, "weak" for a lone word a text could hold."""
    if len(line) > _MAX_SHARE:
        return None
    # Phrases first ("Print this page", "Font size"), then what is left item by item.
    text = _TOOL_WORDS.sub(" \x01 ", line)
    text = _WEAK_TOOL_WORDS.sub(" \x02 ", text)
    items = _items(text)
    if not items or not all(item in "\x01\x02" or _MARKS.fullmatch(item) for item in items):
        return None
    words, weak = items.count("\x01"), items.count("\x02")
    if words or weak >= 2:
        return "strong"
    if weak == 1:
        return "weak"
    # Marks alone: a player's times ("00:00 04:46") are furniture at an edge.
    return "weak" if all(":" in item for item in items) else None


# Who made the article: a label, then names (a colon, a slash or a bar between).
_STRONG_CREDIT = (
    r"责任编辑|责编|编辑|审校|校对|本报记者|特约记者|通讯员|实习生|撰文|摄影|图片来源|图源"
    r"|editors?|edited by|reporters?|reported by|written by|translated by|proofread(?:er|ing)?"
    r"|proofread by|photos?|photo by|photo credit|photographer|compiled by|contributed by"
)
_WEAK_CREDIT = (
    r"作者|记者|翻译|译者|编译|主编|监制|策划|制作|出品|主播|朗读|配音|图片|配图|审核|视频"
    r"|writers?|authors?|translators?|translation|images?|credits?|producers?|produced by"
    r"|narrator|voice"
)
_CREDIT_LABEL = re.compile(
    rf"(?:^|(?<=[\s{re.escape(_OPEN)}|｜]))(?P<label>{_STRONG_CREDIT}|{_WEAK_CREDIT})"
    r"\s*(?:[:：/／|｜]|(?P<space>\s)(?=[" + HAN + r"]))\s*",
    re.I,
)
_STRONG_LABEL = re.compile(f"(?:{_STRONG_CREDIT})", re.I)
# Spaced forms ("记者 王明") only for labels that never start a phrase of text.
_SPACED_LABEL = re.compile(r"(?:本报记者|特约记者|记者|通讯员|实习生|责任编辑|摄影)")
_NAME_SPLIT = re.compile(r"[\s、,，/／&]+|\band\b")
_NAME_CONNECTORS = frozenset(["de", "van", "von", "der", "la", "le", "bin", "al"])
_MAX_NAMES = 30
_MAX_HAN_NAME = 8


def _names(value: str) -> bool:
    """Whether a credit's value is names: Chinese names, capitalised English ones, no sentence."""
    value = value.strip(" |｜-—" + _CLOSE + _OPEN)
    if not value or len(value) > _MAX_NAMES or _SENTENCE_MARK.search(value):
        return False
    if _DIGIT.search(value):
        return False
    for token in _NAME_SPLIT.split(value):
        token = token.strip(".·")
        if not token:
            continue
        if _HAN_CHAR.search(token):
            if len(token) > _MAX_HAN_NAME or _LATIN_WORD.search(token):
                return False
        elif token.lower() in _NAME_CONNECTORS:
            continue
        elif not token[:1].isupper():
            return False
    return True


def _unbracketed(line: str) -> str:
    if len(line) > 2 and line[0] in _OPEN and line[-1] in _CLOSE:
        return line[1:-1].strip()
    return line


def _credit_kind(line: str) -> str | None:
    """ "strong" or "weak" for a line of credits ("责任编辑：李青", "翻译：王明 审校：赵华",
    "Editor: Mary Cole", "[Photo/Lakeside Daily]"), None for anything else."""
    text = _unbracketed(line)
    labels = list(_CREDIT_LABEL.finditer(text))
    if not labels or labels[0].start() != 0:
        return None
    for index, label in enumerate(labels):
        if label.group("space") and not _SPACED_LABEL.fullmatch(label.group("label")):
            return None
        end = labels[index + 1].start() if index + 1 < len(labels) else len(text)
        if not _names(text[label.end() : end]):
            return None
    if len(labels) >= 2 or _STRONG_LABEL.fullmatch(labels[0].group("label")):
        return "strong"
    return "weak"


_BRACKETS = re.escape(_OPEN + _CLOSE)
_CREDIT_TAIL = re.compile(
    rf"\s*[{re.escape(_OPEN)}](?P<credit>[^{_BRACKETS}]{{2,40}})[{re.escape(_CLOSE)}]$"
)


def credit_tail(line: str) -> str | None:
    """A bracketed credit glued after the last sentence ("...river. [Photo/Lakeside Daily]",
    "……。（责任编辑：李青）"): the bracket to take off, or None."""
    match = _CREDIT_TAIL.search(line)
    if match is None or match.start() == 0:
        return None
    before = line[: match.start()].rstrip()
    if not before.endswith(("。", "！", "？", ".", "!", "?", "”", '"', "）", ")")):
        return None
    return match.group() if _credit_kind(match.group("credit")) == "strong" else None


_NOTICE_START = re.compile(
    r"^[【\[(（]?\s*(?:(?:免责|版权|特别|郑重|法律)?声明\s*[】\])）]?\s*[:：]|版权所有|版权说明|版权\s*[:：]"
    r"|copyright\s*(?:©|\(c\)|\d{4}|[:：])|©|\(c\)\s*\d{4}|all rights reserved|disclaimer\s*[:：])",
    re.I,
)
_NOTICE_WORDS = re.compile(
    r"仅代表作者|不代表本(?:站|网|平台|报|刊|号|公众号)|版权归.{0,20}所有|转载请(?:注明|联系|保留)"
    r"|未经(?:许可|授权|允许)|如(?:有|涉及|涉)侵权|侵删|联系(?:我们)?删除|all rights reserved"
    r"|(?:do not|don't) necessarily (?:reflect|represent)|views expressed"
    r"|without (?:prior )?permission",
    re.I,
)
_SOURCE_STATEMENT = re.compile(
    r"^[【\[(（]?\s*(?:本文|文章|此文)(?:来自|转自|转载自|转载于|选自|摘自|来源于|原载于?|首发于)"
)
_PROMOTION = re.compile(
    r"了解详情|欢迎(?:订阅|关注)|关注(?:我们|公众号|本号)|扫码(?:关注|下载|订阅|添加|加入|领取|进群)"
    r"|长按(?:识别|扫码|二维码|关注)|点击(?:上方|下方|文末|左下角|右上角|这里|此处|阅读原文)|阅读原文"
    r"|免费(?:领取|试听|试学)|立即(?:报名|下载|订阅|购买)|》》|subscribe to (?:our|the)|follow us"
    r"|click here|sign up for|download (?:our|the) app",
    re.I,
)
_MAX_NOTICE = 150

_TAG_LINE = re.compile(
    r"^[【\[(（]?\s*(?P<label>标签|相关标签|tags?|关键词|关键字|key\s?words?)\s*[】\])）]?\s*[:：]"
    r"\s*(?P<rest>.+)$",
    re.I,
)
_KEYWORD_LABEL = re.compile(r"关键词|关键字|key\s?words?", re.I)
_TAG_SEPARATOR = re.compile(r"[\s,，、;；|｜/#]+")
_MAX_TAG_LINE = 80
_MAX_TAG = 20
_HASHTAGS = re.compile(r"^(?:#[^\s#]{1,20}#?\s*){2,}$")


def is_keyword_line(line: str) -> bool:
    """Whether a line is a keyword line ("关键词：...", "Keywords: ..."): an abstract's keywords
    stay when both languages have theirs (they translate each other)."""
    match = _TAG_LINE.match(line)
    return bool(match and _KEYWORD_LABEL.fullmatch(match.group("label")) and _tags(line))


def _tags(line: str) -> bool:
    match = _TAG_LINE.match(line)
    if match is None or len(line) > _MAX_TAG_LINE:
        return False
    rest = match.group("rest").strip()
    if re.search(r"[。！？!?]$|[。！？]", rest):
        return False
    items = [item for item in _TAG_SEPARATOR.split(rest) if item]
    return bool(items) and all(len(item) <= _MAX_TAG for item in items)


_MENU_SEPARATOR = re.compile(r"\s*([-|｜丨·•»/])\s*")
_MIN_MENU_ITEMS = 4
_MAX_MENU_ITEM = 8


def _is_menu(line: str) -> bool:
    """A site's menu ("首页-新闻-双语-听力-口语"): four or more short names parted by the same
    mark, nothing else."""
    if len(line) > _MAX_NOTICE or _SENTENCE_MARK.search(line):
        return False
    parts = _MENU_SEPARATOR.split(line)
    names, marks = parts[::2], set(parts[1::2])
    if len(marks) != 1 or len(names) < _MIN_MENU_ITEMS:
        return False
    # Names, not the parts of a hyphenated word ("run-of-the-mill").
    fit = all(
        0 < len(name) <= _MAX_MENU_ITEM and (_HAN_CHAR.search(name) or name[:1].isupper())
        for name in names
    )
    return fit and sum(len(name) for name in names) >= 2 * len(names)


_RELATIVE_TIME = re.compile(
    r"(?:\s[·|｜•]\s*|\s{2,})(?:\d+\s*(?:秒|分钟|小时|天|周|个月)前|刚刚|昨天|前天"
    r"|\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?)\s+ago)\s*$",
    re.I,
)
_RELATED_LABEL = re.compile(
    r"^[【\[]?\s*(?:相关推荐|相关文章(?:推荐)?|相关阅读|推荐阅读|热门推荐|热门文章|猜你喜欢|精彩推荐"
    r"|related(?: articles| posts| reading| stories)?|more stories|you may also like|recommended)"
    r"\s*[】\]]?$",
    re.I,
)
_COLUMN_LINE = re.compile(
    r"^(?:专栏名称|专栏|栏目|所属栏目|所属频道|频道|公众号|微信公众号|来自专栏|column|section)\s*[:：]\s*"
    r"(?P<name>[^，。,.!?！？；;]{1,30})$",
    re.I,
)
_DATE_FIRST = re.compile(
    r"^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s+(?P<rest>.+)$"
)


def _dated_names(line: str) -> bool:
    """A post's date and the names of its account and author ("2020-05-06 某某双语 某某")."""
    match = _DATE_FIRST.match(line)
    if match is None or _SENTENCE_MARK.search(line) or re.search(r"[，,：:]", line):
        return False
    names = match.group("rest").split()
    return len(names) >= 2 and all(len(n) <= _MAX_TAG and not _DIGIT.search(n) for n in names)


def furniture(line: str, *, edge: bool, keywords_paired: bool = False) -> Found | None:
    """(key, reason) when a whole line is page furniture, else None. `edge`: the line stands
    before the text's first sentence or after its last one. `keywords_paired`: both languages
    have a keyword line (an abstract's), so keyword lines are text."""
    if len(line) > _MAX_NOTICE + 50:
        return None
    if _is_share_line(line):
        return TOOLS
    tool = _tool_kind(line)
    if tool == "strong" or (tool == "weak" and edge):
        return TOOLS
    credit = _credit_kind(line)
    if credit == "strong" or (credit == "weak" and edge):
        return CREDIT
    if len(line) <= _MAX_NOTICE and _NOTICE_START.match(line):
        return NOTICE
    if _tags(line) and not (keywords_paired and is_keyword_line(line)):
        return TAGS
    if _HASHTAGS.match(line):
        return TAGS
    if len(line) <= _MAX_NOTICE and _RELATIVE_TIME.search(line):
        return RELATED
    if _COLUMN_LINE.match(line):
        return COLUMN
    if not edge:
        return None
    if len(line) <= _MAX_NOTICE and _SOURCE_STATEMENT.match(line):
        return SOURCE
    if len(line) <= _MAX_NOTICE and _NOTICE_WORDS.search(line):
        return NOTICE
    if len(line) <= _MAX_NOTICE and _PROMOTION.search(line):
        return PROMOTION
    if _RELATED_LABEL.match(line):
        return RELATED
    if _is_menu(line):
        return MENU
    if _dated_names(line):
        return DATE
    return None


_BRACKET_LABEL = re.compile(r"^[【\[](?P<label>[^【】\[\]\d:：，。,.]{1,10})[】\]]\s*(?=\S)")
_BAR_LABEL = re.compile(r"^(?P<label>[^|｜丨\d:：，。,.]{1,12}?)\s*[|｜丨]\s*(?=\S)")
_MIN_REST = 6


def column_label(line: str) -> str | None:
    """A column or site name glued before a title or the first paragraph ("【双语】...",
    "热词 | ..."): the label to take off, or None."""
    for pattern in (_BRACKET_LABEL, _BAR_LABEL):
        match = pattern.match(line)
        if match is None:
            continue
        rest = line[match.end() :]
        label = match.group("label").strip()
        if pattern is _BAR_LABEL and (re.search("[|｜丨]", rest) or len(label.split()) > 3):
            continue
        if len(rest) >= max(_MIN_REST, 2 * len(label)):
            return match.group()
    return None


_BODY_HAN = 20
_LONG_HAN = 30
_BODY_WORDS = 8
_BODY_END = ("。", "！", "？", "；", ".", "!", "?", ";", "”", '"', "’", "'", "）", ")")


def is_body(line: str) -> bool:
    """Whether a line is a sentence of the article, not a title or furniture: an English one of
    eight words, a Chinese one of 20 characters with a comma inside (a title seldom has one)
    or of 30."""
    if not line.endswith(_BODY_END) or furniture(line, edge=True) is not None:
        return False
    han = len(_HAN_CHAR.findall(line))
    if han >= _LONG_HAN or (han >= _BODY_HAN and re.search("[，,；;：:]", line)):
        return True
    return han == 0 and len(line.split()) >= _BODY_WORDS
