"""Two files copied from a PDF reader that turns every line end into a space: the Chinese has
spaces between characters, the English has words cut by a hyphen and a space."""

from __future__ import annotations

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
    "short- and long-term effort, and a well- known one: the well-known museum class."
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
            "short- and long-term effort, and a well-known one: the well-known museum class.",
        ),
    ]
