"""Two files copied from a PDF reader that turns every line end into a space: the Chinese has
spaces between characters, the English has words cut by a hyphen and a space."""

from __future__ import annotations

import textwrap
from pathlib import Path

from duiyi.pipeline import read_and_align

ZH = "各地博物馆陆续推出夜间 开放、线上展览和互动课程，吸引了大量年轻 观众。"
EN = (
    "Museums across the country have introduced evening open- ing hours, online exhi- "
    "bitions and interactive courses, attracting large numbers of young visitors."
)
ZH_2 = "许多场馆还与学校合作，把 课堂搬进展厅。"
EN_2 = (
    "Many of them also work with schools to move lessons into exhibition halls, a "
    "short- and long-range effort, and a well- known one: the well-known museum class."
)


def test_words_cut_by_a_hyphen_and_a_space_are_joined(tmp_path: Path) -> None:
    (tmp_path / "zh.txt").write_text(f"{ZH}\n\n{ZH_2}\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text(f"{EN}\n\n{EN_2}\n", encoding="utf-8")

    aligned = read_and_align(tmp_path / "zh.txt", en_path=tmp_path / "en.txt")

    assert [(p.zh, p.en) for p in aligned.pairs if p.kind == "paragraph"] == [
        (
            "各地博物馆陆续推出夜间开放、线上展览和互动课程，吸引了大量年轻观众。",
            "Museums across the country have introduced evening opening hours, online "
            "exhibitions and interactive courses, attracting large numbers of young visitors.",
        ),
        (
            "许多场馆还与学校合作，把课堂搬进展厅。",
            "Many of them also work with schools to move lessons into exhibition halls, a "
            "short- and long-range effort, and a well-known one: the well-known museum class.",
        ),
    ]


def test_a_wide_english_heading_is_not_joined_to_the_paragraph_after_it(tmp_path: Path) -> None:
    heading = "II. Opening Public Reading Rooms to Every Visitor"
    paragraph = (
        "Many of them also work with schools to move lessons into exhibition halls, where "
        "children can see the objects they read about in their books."
    )
    wrapped = "\n".join(textwrap.wrap(paragraph, 50))
    (tmp_path / "zh.txt").write_text(f"二、向所有访客开放阅览室\n\n{ZH_2}\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text(f"{heading}\n\n{wrapped}\n", encoding="utf-8")

    aligned = read_and_align(tmp_path / "zh.txt", en_path=tmp_path / "en.txt")

    assert [(p.kind, p.en) for p in aligned.pairs if p.kind != "sentence"] == [
        ("heading", heading),
        ("paragraph", paragraph),
    ]


def test_a_compound_wrapped_at_its_own_hyphen_keeps_it(tmp_path: Path) -> None:
    # "long" and "term" stand whole elsewhere in the text, "develop" and "ment" do not.
    lines = [
        "Reading rooms stay open late, and in the long term",
        "the museum will keep to one plan for all. Its long-",
        "term plan covers the whole year and every develop-",
        "ment of the service offered to all the visitors",
        "of the town and of the villages around it.",
    ]
    zh = "阅览室延长开放时间，博物馆将长期坚持同一计划。其长期计划覆盖全年，服务每一次发展。"
    (tmp_path / "zh.txt").write_text(zh, encoding="utf-8")
    (tmp_path / "en.txt").write_text("\n".join(lines), encoding="utf-8")

    aligned = read_and_align(tmp_path / "zh.txt", en_path=tmp_path / "en.txt")

    assert [p.en for p in aligned.pairs if p.kind == "paragraph"] == [
        "Reading rooms stay open late, and in the long term the museum will keep to one plan "
        "for all. Its long-term plan covers the whole year and every development of the service "
        "offered to all the visitors of the town and of the villages around it."
    ]


def test_a_compound_cut_at_its_own_hyphen_keeps_it_and_a_cut_word_is_joined() -> None:
    from duiyi.clean.pdfcopy import mend_pdf_copy
    from duiyi.clean.removals import Removals

    text = (
        "A long- term plan for state- owned firms and self- reliance, so- called Hong Kong- "
        "based funds, inter- national develop- ment."
    )
    assert mend_pdf_copy(text, Removals(())) == (
        "A long-term plan for state-owned firms and self-reliance, so-called Hong Kong-based "
        "funds, international development."
    )
