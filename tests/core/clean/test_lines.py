"""Classes 2-5: lines holding both languages, English first, hard-wrapped lines and two files
copied from PDFs, each in a small made-up text of that shape, read, cleaned and aligned."""

from __future__ import annotations

from pathlib import Path

from duiyi.clean import rejoin_lines
from duiyi.document import AlignedDocument, TextBlock
from duiyi.pipeline import read_and_align


def _tops(document: AlignedDocument) -> list[tuple[str, str]]:
    return [(p.zh, p.en) for p in document.pairs if p.kind != "sentence"]


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


WRAPPED = """## 港口

> 洋山港是上海航运中心的重要组成部分，是中国第一个深水港，也是世界上
> 规模最大的深水港之一。经过近二十年的发展，洋山港已实现高度自动化，
> 数字技术大大减少了用工成本和碳排放。

Yangshan Port, a key part of the Shanghai Shipping Center, is China's first
deep-water port and one of the largest deep-water ports in the world. After
nearly two decades of develop-
ment, Yangshan Port has become highly automated, and digital technology has
greatly reduced labour costs and carbon emissions.

> 竹子在中国分布广泛，品种丰富。竹子实用性强，用于生产和生活的方方面面，
> 如筷子和桌椅的制作。

Bamboo is widely distributed in China and rich in variety. Known for its
high practicality, it is used in many aspects of production and daily life,
such as the making of chopsticks and tables.
"""


def test_hard_wrapped_quoted_lines_are_joined_in_both_languages(tmp_path: Path) -> None:
    document = read_and_align(_write(tmp_path, "wrapped.md", WRAPPED))
    assert _tops(document) == [
        ("港口", ""),
        (
            "洋山港是上海航运中心的重要组成部分，是中国第一个深水港，也是世界上规模最大的深水港"
            "之一。经过近二十年的发展，洋山港已实现高度自动化，数字技术大大减少了用工成本和碳排放。",
            "Yangshan Port, a key part of the Shanghai Shipping Center, is China's first "
            "deep-water port and one of the largest deep-water ports in the world. After nearly "
            "two decades of development, Yangshan Port has become highly automated, and digital "
            "technology has greatly reduced labour costs and carbon emissions.",
        ),
        (
            "竹子在中国分布广泛，品种丰富。竹子实用性强，用于生产和生活的方方面面，如筷子和桌椅"
            "的制作。",
            "Bamboo is widely distributed in China and rich in variety. Known for its high "
            "practicality, it is used in many aspects of production and daily life, such as the "
            "making of chopsticks and tables.",
        ),
    ]


def test_lines_of_finished_paragraphs_are_not_joined() -> None:
    blocks = [
        TextBlock("第一章 总则\n中国坚持和平发展。\n我们愿意加强合作。\nChapter One\nWe cooperate.")
    ]
    kept, removed = rejoin_lines(blocks)
    assert [b.text for b in kept] == [
        "第一章总则",
        "中国坚持和平发展。",
        "我们愿意加强合作。",
        "Chapter One",
        "We cooperate.",
    ]
    assert removed == ()


MIXED = """春节禁忌 Taboos
人们在春节期间要说吉利话。<br/>People say lucky words during the Spring Festival.
Festival Food 节日美食
饺子是春节必不可少的食物。 Dumplings are indispensable during the Spring Festival.
"""


def test_a_line_holding_both_languages_is_split_at_the_boundary(tmp_path: Path) -> None:
    document = read_and_align(_write(tmp_path, "mixed.txt", MIXED))
    assert _tops(document) == [
        ("春节禁忌", "Taboos"),
        ("人们在春节期间要说吉利话。", "People say lucky words during the Spring Festival."),
        ("节日美食", "Festival Food"),
        ("饺子是春节必不可少的食物。", "Dumplings are indispensable during the Spring Festival."),
    ]


def test_names_and_acronyms_inside_chinese_stay_in_the_chinese() -> None:
    lines = "由 Google 开发的系统\nCOVID-19 疫情防控\n我们使用 ICT 技术。"
    kept, _ = rejoin_lines([TextBlock(lines)])
    assert [b.text for b in kept] == [
        "由 Google 开发的系统",
        "COVID-19 疫情防控",
        "我们使用 ICT 技术。",
    ]


ENGLISH_FIRST = """Festival Food 节日美食

Dumplings are eaten on New Year's Eve. Fish stands for a surplus every year.

饺子在除夕吃。鱼代表年年有余。

Travel 旅行

Millions of people travel home before the festival.

节前数以百万计的人回家。

Tea is served to guests.
客人来了要上茶。
Red lanterns hang at every door.
家家门口挂红灯笼。
"""


def test_english_first_by_paragraph_and_by_sentence(tmp_path: Path) -> None:
    document = read_and_align(_write(tmp_path, "news.txt", ENGLISH_FIRST))
    assert document.layout == "paragraph-interleaved, English first"
    assert _tops(document) == [
        ("节日美食", "Festival Food"),
        (
            "饺子在除夕吃。鱼代表年年有余。",
            "Dumplings are eaten on New Year's Eve. Fish stands for a surplus every year.",
        ),
        ("旅行", "Travel"),
        ("节前数以百万计的人回家。", "Millions of people travel home before the festival."),
        ("客人来了要上茶。", "Tea is served to guests."),
        ("家家门口挂红灯笼。", "Red lanterns hang at every door."),
    ]


PDF_ZH = (
    "一、总 则\n\n"
    "中国 坚持 和平发展道路，推动构建人类命运共同体〇各国应当相互尊重，\n平等相待。\n\n"
    "二、\t合作\n\n"
    "我们 愿同世界各国加强合作，共同应对气候变化〇二〇二〇年以来，合作不断深化。\n"
)
PDF_EN = (
    "I. General Principles\n\n"
    "China follows the path of peaceful development1 and promotes a\n\n"
    "community with a shared future for mankind. All countries should respect each other "
    "and treat each other as equals.\n\n"
    "Translator's note: the term above has been rendered as in earlier official documents.\n\n"
    "II. Cooperation\n\n"
    "We are ready to strengthen cooperation with all countries   in the world to jointly "
    "address climate change. Since 2020, this cooperation has deepened. The ﬁnal aim is a "
    "cleaner world.\n"
)


def test_two_files_copied_from_pdfs_are_mended_and_aligned(tmp_path: Path) -> None:
    zh = _write(tmp_path, "report-zh.txt", PDF_ZH)
    en = _write(tmp_path, "report-en.txt", PDF_EN)
    document = read_and_align(zh, en_path=en)
    assert _tops(document) == [
        ("一、总则", "I. General Principles"),
        (
            "中国坚持和平发展道路，推动构建人类命运共同体。各国应当相互尊重，平等相待。",
            "China follows the path of peaceful development and promotes a community with a "
            "shared future for mankind. All countries should respect each other and treat each "
            "other as equals.",
        ),
        (
            "",
            "Translator's note: the term above has been rendered as in earlier official documents.",
        ),
        ("二、合作", "II. Cooperation"),
        (
            "我们愿同世界各国加强合作，共同应对气候变化。二〇二〇年以来，合作不断深化。",
            "We are ready to strengthen cooperation with all countries in the world to jointly "
            "address climate change. Since 2020, this cooperation has deepened. The final aim is "
            "a cleaner world.",
        ),
    ]
    assert [(r.key, r.examples) for r in document.removed] == [
        ("footnote-marker", ("peaceful development1",))
    ]


def test_a_vocabulary_box_stays_one_pair_a_line() -> None:
    box = [TextBlock("all-weather 全天候"), TextBlock("technological breakthrough 技术突破")]
    kept, _ = rejoin_lines(box)
    assert [b.text for b in kept] == [
        "all-weather",
        "全天候",
        "technological breakthrough",
        "技术突破",
    ]


def test_a_watermark_glued_to_wrapped_lines_goes_before_they_are_joined(tmp_path: Path) -> None:
    mark = "学习网-www.example-study.cn"
    text = (
        WRAPPED.replace("也是世界上\n", f"也是世界上{mark}\n")
        .replace("After\n", f"After{mark}\n")
        .replace("方方面面，\n", f"方方面面，{mark}\n")
    )
    path = tmp_path / "wrapped.txt"
    path.write_bytes(text.encode("gb18030"))
    document = read_and_align(path)
    assert document.encoding == "gb18030"
    clean = read_and_align(_write(tmp_path, "clean.md", WRAPPED))
    assert _tops(document) == _tops(clean)
    assert [(r.reason, r.count) for r in document.removed if r.key.startswith("watermark")] == [
        ("watermark (repeated text)", 3)
    ]


def test_a_line_of_sentences_in_both_languages_by_turns_is_cut_at_each_change() -> None:
    line = (
        "Tea is served to guests. 客人来了要上茶。 "
        "Red lanterns hang at every door. 家家门口挂红灯笼。"
    )
    kept, _ = rejoin_lines([TextBlock(line), TextBlock("联合国和ICT合作很重要。我们同意。")])
    assert [b.text for b in kept] == [
        "Tea is served to guests.",
        "客人来了要上茶。",
        "Red lanterns hang at every door.",
        "家家门口挂红灯笼。",
        "联合国和ICT合作很重要。我们同意。",
    ]
