"""Glosses a learner wrote into an English text ("harbour（n.港口）") are taken out of the
English and given as term pairs; a bracket without a word class stays text."""

from __future__ import annotations

from duiyi.pipeline import align_pasted

NOTES = """\
Sometimes（adv.有时） the old harbour（n.港口） is quiet, and the Fishing boats remain（v.保持，\
留下） still (see the map).

有时老港口很安静，渔船静静地停着（见地图）。
"""


def test_inline_glosses_become_terms_and_leave_the_english() -> None:
    doc = align_pasted(NOTES)
    assert [(g.chinese, g.english) for g in doc.glossary] == [
        ("有时", ("sometimes",)),
        ("港口", ("harbour",)),
        ("保持", ("remain",)),
    ]
    assert [(p.zh, p.en) for p in doc.pairs if p.kind != "sentence"] == [
        (
            "有时老港口很安静，渔船静静地停着（见地图）。",
            "Sometimes the old harbour is quiet, and the Fishing boats remain still (see the map).",
        )
    ]
