"""A list item's bullet ("- ", "+ ", "* ", "•", "➤") is markup: it is taken off the paragraph
and reported, after wrapped lines are joined, so list items still stay apart."""

from __future__ import annotations

from duiyi.clean.markup import remove_list_marks
from duiyi.document import TextBlock
from duiyi.pipeline import align_pasted

NOTES = """\
+ 河面很宽
+ the river is wide

- 山坡很陡
- the hills are steep

• 村庄在山谷里
• the village lies in the valley
"""


def test_bullets_are_taken_off_the_pairs_and_reported() -> None:
    doc = align_pasted(NOTES)
    assert [(p.zh, p.en) for p in doc.pairs if p.kind != "sentence"] == [
        ("河面很宽", "the river is wide"),
        ("山坡很陡", "the hills are steep"),
        ("村庄在山谷里", "the village lies in the valley"),
    ]
    assert [(r.key, r.count, r.examples) for r in doc.removed] == [
        ("list-marks", 6, ("+", "-", "•"))
    ]


def test_a_minus_sign_a_lone_bullet_and_a_kept_key_stay() -> None:
    blocks = [TextBlock("-3 degrees at night"), TextBlock("*args"), TextBlock("- ")]
    kept, removed = remove_list_marks(blocks)
    assert [b.text for b in kept] == ["-3 degrees at night", "*args", "- "]
    assert removed == ()
    kept, removed = remove_list_marks([TextBlock("- 河面很宽")], keep={"list-marks"})
    assert [b.text for b in kept] == ["- 河面很宽"]
    assert removed == ()
