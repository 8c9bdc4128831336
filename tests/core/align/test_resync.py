"""Class 6: paragraph pairing resynchronises after an extra or missing block on either side,
and leaves a block unpaired when nothing fits, instead of shifting every pair after it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from duiyi.align import align_blocks
from duiyi.document import TextBlock

PAIRS = [
    (
        "中国坚持低碳发展，推动经济社会全面低碳转型。",
        "China pursues low-carbon growth and promotes a low-carbon transformation of the economy "
        "and society.",
    ),
    (
        "我们大力发展可再生能源，减少煤炭消费。",
        "We vigorously develop renewable energy and reduce coal consumption.",
    ),
    (
        "森林覆盖率从2012年的21%提高到2022年的24%。",
        "Forest coverage rose from 21% in 2012 to 24% in 2022.",
    ),
    (
        "各国应当加强合作，共同应对气候变化。",
        "All countries should strengthen cooperation to jointly address climate change.",
    ),
    (
        "城市空气质量明显改善，蓝天越来越多。",
        "Air quality in cities has clearly improved, and there are more blue skies.",
    ),
    ("农村地区的饮用水安全得到保障。", "Safe drinking water is ensured in rural areas."),
]
EXTRA = [
    ("zh", "本文由编辑部整理，仅供学习参考。"),
    ("en", "This note was added by the editor of the website for readers who study at home."),
    ("zh", "点击这里阅读更多精彩内容。"),
    ("en", "Translator's remark: the figures above are rounded."),
]


def _interleaved(english_first: bool = False) -> list[TextBlock]:
    blocks: list[TextBlock] = []
    for zh, en in PAIRS:
        blocks += (
            [TextBlock(en), TextBlock(zh)] if english_first else [TextBlock(zh), TextBlock(en)]
        )
    return blocks


def _paired(blocks: list[TextBlock]) -> list[tuple[str, str]]:
    return [(p.zh, p.en) for p in align_blocks(blocks).pairs if p.kind != "sentence"]


def test_an_extra_block_before_the_first_pair_shifts_nothing() -> None:
    blocks = [TextBlock(EXTRA[1][1]), *_interleaved()]
    assert _paired(blocks) == [("", EXTRA[1][1]), *PAIRS]


def test_a_chinese_summary_before_an_english_first_text_shifts_nothing() -> None:
    blocks = [TextBlock(EXTRA[0][1]), *_interleaved(english_first=True)]
    assert _paired(blocks) == [(EXTRA[0][1], ""), *PAIRS]


def test_a_missing_translation_leaves_one_block_unpaired() -> None:
    blocks = _interleaved()
    del blocks[5]  # the English of the third pair
    expected = [*PAIRS[:2], (PAIRS[2][0], ""), *PAIRS[3:]]
    assert _paired(blocks) == expected


def test_a_missing_chinese_leaves_its_english_unpaired() -> None:
    blocks = _interleaved()
    del blocks[6]  # the Chinese of the fourth pair
    expected = [*PAIRS[:3], ("", PAIRS[3][1]), *PAIRS[4:]]
    assert _paired(blocks) == expected


def test_zh_then_en_with_an_extra_english_paragraph() -> None:
    blocks = [TextBlock(zh) for zh, _ in PAIRS] + [TextBlock(en) for _, en in PAIRS]
    blocks.insert(len(PAIRS) + 3, TextBlock(EXTRA[3][1]))
    assert _paired(blocks) == [*PAIRS[:3], ("", EXTRA[3][1]), *PAIRS[3:]]


FILLER = {
    "zh": [
        "本文由编辑部整理，仅供学习参考。",
        "点击这里阅读更多精彩内容。",
        "欢迎关注我们的公众号。",
        "以上内容摘自网络，如有侵权请联系删除。",
    ],
    "en": [
        "This note was added by the editor of the website for readers who study at home.",
        "Translator's remark: the figures above are rounded.",
        "Subscribe to our newsletter for weekly updates.",
        "Photo courtesy of the author.",
    ],
}


@st.composite
def _fillers(draw: st.DrawFn) -> tuple[str, str]:
    lang = draw(st.sampled_from(["zh", "en"]))
    sentences = draw(st.lists(st.sampled_from(FILLER[lang]), min_size=1, max_size=2, unique=True))
    return lang, ("" if lang == "zh" else " ").join(sentences)


@settings(max_examples=60, deadline=None)
@given(
    pairs=st.permutations(PAIRS).map(lambda found: found[:4]) | st.permutations(PAIRS),
    data=st.data(),
    extra=_fillers(),
    english_first=st.booleans(),
)
def test_inserting_an_unpaired_block_anywhere_changes_no_other_pair(
    pairs: list[tuple[str, str]], data: st.DataObject, extra: tuple[str, str], english_first: bool
) -> None:
    blocks: list[TextBlock] = []
    for zh, en in pairs:
        blocks += (
            [TextBlock(en), TextBlock(zh)] if english_first else [TextBlock(zh), TextBlock(en)]
        )
    at = data.draw(st.integers(min_value=0, max_value=len(blocks)))
    blocks.insert(at, TextBlock(extra[1]))
    paired = _paired(blocks)
    lone = (extra[1], "") if extra[0] == "zh" else ("", extra[1])
    assert paired.count(lone) == 1
    assert [pair for pair in paired if pair != lone] == list(pairs)


def test_blocks_with_nothing_in_common_are_left_unpaired() -> None:
    unrelated = "The committee approved the budget for the new library yesterday."
    blocks = [
        *_interleaved()[:4],
        TextBlock("今天的天气很好，我们和朋友一起去公园散步，然后在湖边喝茶聊天。"),
        TextBlock(unrelated),
    ]
    assert _paired(blocks) == [
        *PAIRS[:2],
        ("今天的天气很好，我们和朋友一起去公园散步，然后在湖边喝茶聊天。", ""),
        ("", unrelated),
    ]
