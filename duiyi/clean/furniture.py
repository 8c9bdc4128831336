"""Page furniture copied with an article: share and print tools, players, editor and author
credits, copyright and disclaimer notices, calls to subscribe, tag lines, site menus, and a
column name glued before a title. Known by shape: a short line of interface words, a label and
a colon before names, a notice's wording; never a sentence of the article.

A line that may also be text (a lone "Print", "作者：鲁迅", a notice worded as a sentence) counts
only at the text's edges: before its first sentence or after its last one, where pages put
their furniture."""

from __future__ import annotations

import functools
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
COLUMN = ("column-label", "label before a title")
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
# What a share line lists: networks and tools, the site's interface words, not the article's.
_SHARE_TARGET = re.compile(
    r"(?:微信|微博|新浪微博|腾讯微博|朋友圈|好友|QQ空间|QQ|豆瓣|知乎|人人网|领英|邮件|邮箱|短信|复制链接"
    r"|更多|打印|facebook|twitter|x|linkedin|whatsapp|weibo|wechat|reddit|pinterest|tumblr"
    r"|telegram|line|e-?mail|print|more|copy link|sms)",
    re.I,
)
# A page copied without its spaces glues the names together ("微信微博").
_SHARE_TARGETS = re.compile(f"(?:{_SHARE_TARGET.pattern})+", re.I)


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
    # What follows must be networks ("分享：我的读书心得", "分享到朋友圈以后" are text).
    if not all(_SHARE_TARGETS.fullmatch(item) for item in items):
        return False
    return bool(match.group("colon") or match.group("to") or not items)


@functools.lru_cache(maxsize=4096)
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
    if not words and weak >= 2 and _glossary(line):
        return None
    if words or weak >= 2:
        return "strong"
    if weak == 1:
        return "weak"
    # Marks alone: a player's times ("00:00 04:46") are furniture at an edge; a lone time
    # ("7:30") is a player's only beside another (see is_lone_time).
    return "weak" if len(items) >= 2 and all(":" in item for item in items) else None


def _glossary(line: str) -> bool:
    """Interface words that are one word said again ("Like, like, like") or a Chinese word
    beside its English one ("下载 / Download"): a glossary's line, not a toolbar."""
    found = [word.lower() for word in _WEAK_TOOL_WORDS.findall(line)]
    han = {word for word in found if _HAN_CHAR.search(word)}
    latin = set(found) - han
    return len(han) <= 1 and len(latin) <= 1


def is_lone_time(line: str) -> bool:
    """A time standing alone ("04:46"): a player's when the line beside it is one too."""
    return _CLOCK_ONLY.fullmatch(line.strip()) is not None


_CLOCK_ONLY = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")


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
_CREDIT_WORD = re.compile(f"(?:{_STRONG_CREDIT}|{_WEAK_CREDIT})", re.I)
# Spaced forms ("记者 王明") only for labels that never start a phrase of text.
_SPACED_LABEL = re.compile(r"(?:本报记者|特约记者|记者|通讯员|实习生|责任编辑|摄影)")
_NAME_SPLIT = re.compile(r"[\s、,，/／&]+|\band\b")
_NAME_CONNECTORS = frozenset(["de", "van", "von", "der", "la", "le", "bin", "al"])
_MAX_NAMES = 30
_MAX_HAN_NAME = 8


def _names(value: str, label: str = "") -> bool:
    """Whether a credit's value is names: Chinese names, capitalised English ones, no sentence.
    A lone English word after a Chinese label ("编辑：Editor") is its translation, not a name."""
    value = value.strip(" |｜-—" + _CLOSE + _OPEN)
    if not value or len(value) > _MAX_NAMES or _SENTENCE_MARK.search(value):
        return False
    if _DIGIT.search(value):
        return False
    if _LATIN_WORD.fullmatch(value) and (_HAN_CHAR.search(label) or _CREDIT_WORD.fullmatch(value)):
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


@functools.lru_cache(maxsize=4096)
def _credit_kind(line: str) -> str | None:
    """ "strong" or "weak" for a line of credits ("责任编辑：李青", "翻译：王明 审校：赵华",
    "Editor: Mary Cole", "[Photo/Lakeside Daily]"), None for anything else. One Chinese
    word after one label may be a heading ("编辑：幕后英雄"): weak, an edge's only."""
    text = _unbracketed(line)
    labels = list(_CREDIT_LABEL.finditer(text))
    if not labels or labels[0].start() != 0:
        return None
    for index, label in enumerate(labels):
        if label.group("space") and not _SPACED_LABEL.fullmatch(label.group("label")):
            return None
        end = labels[index + 1].start() if index + 1 < len(labels) else len(text)
        if not _names(text[label.end() : end], label.group("label")):
            return None
    if len(labels) >= 2:
        return "strong"
    value = _NAME_SPLIT.split(text[labels[0].end() :].strip(" |｜-—" + _CLOSE + _OPEN))
    one_han = len([v for v in value if v]) == 1 and bool(_HAN_CHAR.search(value[0]))
    if _STRONG_LABEL.fullmatch(labels[0].group("label")) and not one_han:
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
    credit = match.group("credit")
    kind = _credit_kind(credit)
    # After the last sentence, one name after a strong label is a credit ("（责任编辑：李青）").
    strong = kind == "strong" or (kind == "weak" and _STRONG_LABEL.match(credit) is not None)
    return match.group() if strong else None


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
_MAX_NOTICE_LINE = 80
# A notice or a call speaks of the page or its reader; a sentence of the article using the
# same phrase ("He left without permission.") does not.
_SELF_REFERENCE = re.compile(
    r"本文|本站|本网|本平台|本号|本刊|本报|本公众号|公众号|我们|原作者|转载|版权|侵权|©"
    r"|copyright|rights reserved"
    r"|\b(?:this|our) (?:article|site|website|page|story|post|newsletter|channel|podcast|app)\b"
    r"|\b(?:us|our)\b",
    re.I,
)
_SENTENCE_PIECE = re.compile(r"[^。！？!?；;]*(?:[。！？!?；;]|\.(?:\s|$))")
_LONG_WORDS = 8
_LONG_HAN = 20


def _has_sentence(line: str) -> bool:
    """Whether a line holds a sentence of the article: one of eight words or 20 Chinese
    characters, ended by its mark."""
    for piece in _SENTENCE_PIECE.findall(line):
        han = len(_HAN_CHAR.findall(piece))
        if han >= _LONG_HAN or (han == 0 and len(_LATIN_WORD.findall(piece)) >= _LONG_WORDS):
            return True
    return False


def _phrase_shaped(line: str) -> bool:
    """Whether a line may be a notice, a call or a source by its wording alone: short, no
    sentence of the article, and ending like a sentence only when it speaks of the page."""
    if len(line) > _MAX_NOTICE or _has_sentence(line):
        return False
    ended = line.rstrip().endswith(("。", "！", "？", ".", "!", "?", "；", ";"))
    return not ended or _SELF_REFERENCE.search(line) is not None


def furniture_shaped(line: str) -> bool:
    """Whether a line of a wrapped paragraph may be furniture on its own: short, no sentence
    mark (half of a wrapped sentence is neither)."""
    return len(line) <= _MAX_NOTICE_LINE // 2 and not _SENTENCE_MARK.search(line)


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
# A site's menu names its sections; a list of dishes or poets names none of them.
_NAV_WORD = re.compile(
    r"首页|主页|网站首页|新闻|资讯|要闻|国内|国际|财经|体育|娱乐|科技|视频|图片|博客|论坛|社区|专题|评论"
    r"|登录|注册|搜索|帮助|关于我们|联系我们|网站地图|english|中文|英文|双语|听力|口语|阅读|写作|词汇"
    r"|home|news|world|business|sports?|opinion|video|photos?|blog|about(?: us)?|contact(?: us)?"
    r"|log ?in|sign (?:in|up)|search|help|culture|travel|tech|more",
    re.I,
)
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
    navigation = any(_NAV_WORD.fullmatch(name.strip()) for name in names)
    return fit and navigation and sum(len(name) for name in names) >= 2 * len(names)


_MIN_RELATED_TITLE = 10
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


_DAY_OR_WEATHER = re.compile(
    r"星期|礼拜|^周[一二三四五六日天]$|^[晴阴雨雪雾]$|[晴阴]转|多云|[小中大暴]雨|[小中大]雪|雷阵雨|"
    r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*$|^(?:sunny|cloudy|rainy|windy|snowy|fine)$",
    re.I,
)


def _dated_names(line: str) -> bool:
    """A post's date and the names of its account and author ("2020-05-06 某某双语 某某")."""
    match = _DATE_FIRST.match(line)
    if match is None or _SENTENCE_MARK.search(line) or re.search(r"[，,：:]", line):
        return False
    names = match.group("rest").split()
    # A diary's heading ("2023年5月6日 星期六 晴") names a day and its weather.
    if any(_DAY_OR_WEATHER.search(name) for name in names):
        return False
    return len(names) >= 2 and all(len(n) <= _MAX_TAG and not _DIGIT.search(n) for n in names)


def furniture(
    line: str, *, edge: bool, keywords_paired: bool = False, phrases: bool = True
) -> Found | None:
    """(key, reason) when a whole line is page furniture, else None. `edge`: the line stands
    before the text's first sentence or after its last one. `keywords_paired`: both languages
    have a keyword line (an abstract's), so keyword lines are text. `phrases`: judge a line
    by a notice's or a call's wording too (edges only)."""
    return _furniture(line, edge, keywords_paired, phrases)


@functools.lru_cache(maxsize=4096)
def _furniture(line: str, edge: bool, keywords_paired: bool, phrases: bool) -> Found | None:
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
    if _NOTICE_START.match(line):
        # "© 2024 湖滨日报" anywhere; a sentence after "声明：" only at an edge, speaking of
        # the page ("声明：本文内容仅供参考。").
        if len(line) <= _MAX_NOTICE_LINE and not _SENTENCE_MARK.search(line):
            return NOTICE
        if edge and phrases and _phrase_shaped(line):
            return NOTICE
    if _tags(line) and not (keywords_paired and is_keyword_line(line)):
        return TAGS
    if _HASHTAGS.match(line):
        return TAGS
    if not edge:
        return None
    if _COLUMN_LINE.match(line):
        return COLUMN
    related = _RELATIVE_TIME.search(line)
    if related and len(line) <= _MAX_NOTICE and related.start() >= _MIN_RELATED_TITLE:
        return RELATED
    if phrases and _phrase_shaped(line):
        if _SOURCE_STATEMENT.match(line):
            return SOURCE
        if _NOTICE_WORDS.search(line):
            return NOTICE
        if _PROMOTION.search(line):
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
        # A bracket before a sentence is the text's own ("【原文】", "[Laughter]").
        if pattern is _BRACKET_LABEL and _SENTENCE_MARK.search(rest):
            continue
        # Only a Chinese column name before a bar: "Beijing | A City of ..." is a title.
        if pattern is _BAR_LABEL and (
            re.search("[|｜丨]", rest) or not _HAN_CHAR.search(label) or len(label.split()) > 3
        ):
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
    # A notice's or a call's wording does not say a closing sentence is not one.
    if not line.endswith(_BODY_END) or furniture(line, edge=True, phrases=False) is not None:
        return False
    han = len(_HAN_CHAR.findall(line))
    if han >= _LONG_HAN or (han >= _BODY_HAN and re.search("[，,；;：:]", line)):
        return True
    return han == 0 and len(line.split()) >= _BODY_WORDS
