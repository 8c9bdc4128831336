"""Subtitles pasted from a video page: clauses in the two languages by turns on one line, glued
without sentence ends. They are cut where the script changes back and forth; one English phrase
inside a Chinese sentence is not."""

from __future__ import annotations

from duiyi.clean.bilingual import split_languages
from duiyi.pipeline import align_pasted

SUBTITLES = (
    "那天早上河面很平静the river was calm that morning "
    "渔民们在日出前就出海了the fishermen went out before sunrise"
)


def test_subtitle_clauses_glued_by_turns_are_paired() -> None:
    doc = align_pasted(SUBTITLES)
    assert [(p.zh, p.en) for p in doc.pairs if p.kind != "sentence"] == [
        ("那天早上河面很平静", "the river was calm that morning"),
        ("渔民们在日出前就出海了", "the fishermen went out before sunrise"),
    ]


def test_one_long_english_phrase_inside_a_chinese_sentence_stays() -> None:
    line = "他说我们将使用 machine learning and deep neural networks 来分析这些数据。"
    assert split_languages(line) == [line]
