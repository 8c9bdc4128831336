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

> 梅沙港是华南物流网络的关键一环，是当地第一个集装箱码头，也是区域内
> 规模最大的集装箱码头之一。经过十多年的建设，梅沙港已基本实现智能调度，
> 信息系统明显降低了运输成本和燃料消耗。

Meisha Port, a vital link in the South China logistics network, is the region's first
container terminal and one of the biggest container terminals in the area. After
more than ten years of develop-
ment, Meisha Port has adopted smart scheduling, and its information system has
clearly cut transport costs and fuel use.

> 藤条在南方随处可见，颜色多样。藤条结实耐用，用于家庭和农业的许多方面，
> 如篮子和椅子的编织。

Rattan is found everywhere in the south and comes in many colours. Known for its
strength and durability, it is used in many parts of household and farm life,
such as the weaving of baskets and chairs.
"""


def test_hard_wrapped_quoted_lines_are_joined_in_both_languages(tmp_path: Path) -> None:
    document = read_and_align(_write(tmp_path, "wrapped.md", WRAPPED))
    assert _tops(document) == [
        ("港口", ""),
        (
            "梅沙港是华南物流网络的关键一环，是当地第一个集装箱码头，也是区域内规模最大的集装箱码头"
            "之一。经过十多年的建设，梅沙港已基本实现智能调度，信息系统明显降低了运输成本和燃料消耗。",
            "Meisha Port, a vital link in the South China logistics network, is the region's first "
            "container terminal and one of the biggest container terminals in the area. After more "
            "than ten years of development, Meisha Port has adopted smart scheduling, and its "
            "information system has clearly cut transport costs and fuel use.",
        ),
        (
            "藤条在南方随处可见，颜色多样。藤条结实耐用，用于家庭和农业的许多方面，如篮子和椅子"
            "的编织。",
            "Rattan is found everywhere in the south and comes in many colours. Known for its "
            "strength and durability, it is used in many parts of household and farm life, such "
            "as the weaving of baskets and chairs.",
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


MIXED = """端午习俗 Customs
人们在端午节期间要吃粽子。<br/>People eat zongzi during the Dragon Boat Festival.
Boat Races 龙舟比赛
龙舟比赛是端午节必不可少的活动。 Boat races are indispensable during the Dragon Boat Festival.
"""


def test_a_line_holding_both_languages_is_split_at_the_boundary(tmp_path: Path) -> None:
    document = read_and_align(_write(tmp_path, "mixed.txt", MIXED))
    assert _tops(document) == [
        ("端午习俗", "Customs"),
        ("人们在端午节期间要吃粽子。", "People eat zongzi during the Dragon Boat Festival."),
        ("龙舟比赛", "Boat Races"),
        (
            "龙舟比赛是端午节必不可少的活动。",
            "Boat races are indispensable during the Dragon Boat Festival.",
        ),
    ]


def test_names_and_acronyms_inside_chinese_stay_in_the_chinese() -> None:
    lines = "由 Google 开发的系统\nSARS-2 疫情防控\n我们使用 ICT 技术。"
    kept, _ = rejoin_lines([TextBlock(lines)])
    assert [b.text for b in kept] == [
        "由 Google 开发的系统",
        "SARS-2 疫情防控",
        "我们使用 ICT 技术。",
    ]


ENGLISH_FIRST = """Festival Snacks 节日点心

Mooncakes are eaten at the Mid-Autumn Festival. Pomelos stand for a safe year.

月饼在中秋吃。柚子代表平平安安。

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
        ("节日点心", "Festival Snacks"),
        (
            "月饼在中秋吃。柚子代表平平安安。",
            "Mooncakes are eaten at the Mid-Autumn Festival. Pomelos stand for a safe year.",
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
    box = [TextBlock("drought-resistant 抗旱"), TextBlock("material innovation 材料创新")]
    kept, _ = rejoin_lines(box)
    assert [b.text for b in kept] == [
        "drought-resistant",
        "抗旱",
        "material innovation",
        "材料创新",
    ]


def test_a_watermark_glued_to_wrapped_lines_goes_before_they_are_joined(tmp_path: Path) -> None:
    mark = "学习网-www.example-study.cn"
    text = (
        WRAPPED.replace("也是区域内\n", f"也是区域内{mark}\n")
        .replace("After\n", f"After{mark}\n")
        .replace("许多方面，\n", f"许多方面，{mark}\n")
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
