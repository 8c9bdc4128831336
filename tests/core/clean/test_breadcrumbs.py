"""A saved page's navigation trail ("当前位置：首页 > 双语 > 阅读") is removed and reported;
it must not pair with the first English paragraph. A comparison is not a trail."""

from __future__ import annotations

from duiyi.clean import remove_boilerplate
from duiyi.document import TextBlock
from duiyi.pipeline import align_pasted

PAGE = """\
当前位置：学习站 › 演讲稿

Good evening, and thank you all for coming out in the rain tonight.

We built this bridge together, and together we will keep it open.

我们一起建造了这座桥，我们也将一起让它保持畅通。
"""


def test_a_trail_is_removed_and_does_not_pair() -> None:
    doc = align_pasted(PAGE)
    assert [(r.key, r.examples) for r in doc.removed] == [
        ("breadcrumb", ("当前位置：学习站 › 演讲稿",))
    ]
    assert [(p.zh, p.en) for p in doc.pairs if p.kind != "sentence"] == [
        ("", "Good evening, and thank you all for coming out in the rain tonight."),
        (
            "我们一起建造了这座桥，我们也将一起让它保持畅通。",
            "We built this bridge together, and together we will keep it open.",
        ),
    ]


def test_trails_of_names_go_and_comparisons_stay() -> None:
    trails = ["Home » Reading » Bilingual", "您的位置：首页 > 英语学习"]
    kept, removed = remove_boilerplate([TextBlock(t) for t in trails])
    assert kept == ()
    assert [(r.key, r.count) for r in removed] == [("breadcrumb", 2)]
    comparisons = ["当 x > 0 时", "if a > b then", "Note: a > b", "价格 > 成本"]
    kept, removed = remove_boilerplate([TextBlock(t) for t in comparisons])
    assert [b.text for b in kept] == comparisons
    assert removed == ()
