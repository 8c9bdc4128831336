"""English prose whose terms carry their Chinese in brackets ("light rail (轻轨)") imports as
one-language notes, as Chinese prose glossed in English does: the prose kept unpaired, the
glossed pairs its glossary, each English the noun phrase the Chinese renders, each pair kept
with its sentence. A bracket that glosses nothing is no gloss; one gloss is too few."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from desktop.main import main
from duiyi.errors import InvalidInput
from duiyi.extract.inline import chinese_glosses
from duiyi.pipeline import read_and_align

TRANSPORT_NOTES = """\
Harbour City Transport Notes

The council approved a plan to expand public transit (公共交通) across the districts. The new \
light rail（轻轨）line opens next year.

Officials also promised more bicycle lanes (自行车道) and cheaper monthly passes (月票), as \
described below (见下文).

The budget for 2025 (2025年) adds wind turbines (风力涡轮机) and solar panels (太阳能板 \
(photovoltaic panels)) to the depots.
"""

ONE_GLOSS = """\
The new light rail (轻轨) line opens next year.

Fares will stay the same for everyone.
"""

BILINGUAL = """\
港城议会批准了一项计划，在各区扩展公共交通网络。

The council approved a plan to expand the public transit (公共交通) network across the districts.

新的轻轨线路将于明年开通，票价保持不变。

The new light rail (轻轨) line opens next year, and fares will stay the same.
"""


def _file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "en.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _glosses(text: str) -> list[tuple[str, str, str]]:
    return [(g.chinese, g.english, text[g.en_start : g.en_end]) for g in chinese_glosses(text)]


def test_english_prose_glossed_in_chinese_imports_with_its_glossary(tmp_path: Path) -> None:
    document = read_and_align(_file(tmp_path, TRANSPORT_NOTES))
    assert document.layout == "one-language"
    blocks = TRANSPORT_NOTES.split("\n\n")
    # the prose is kept as written, glosses and all, and pairs with nothing
    assert [(p.kind, p.zh, p.en) for p in document.pairs if p.kind != "sentence"] == [
        ("heading", "", blocks[0]),
        ("paragraph", "", blocks[1]),
        ("paragraph", "", blocks[2]),
        ("paragraph", "", blocks[3].strip()),
    ]
    assert [(g.chinese, g.english) for g in document.glossary] == [
        ("公共交通", ("public transit",)),
        ("轻轨", ("light rail",)),
        ("自行车道", ("bicycle lanes",)),
        ("月票", ("monthly passes",)),
        ("风力涡轮机", ("wind turbines",)),
        ("太阳能板", ("solar panels", "photovoltaic panels")),
    ]
    assert document.notes == (
        "Only English prose, with 6 terms glossed in Chinese in brackets: the prose is kept "
        "unpaired and those terms are its glossary.",
    )


def test_the_english_of_a_gloss_is_the_noun_phrase_the_chinese_renders() -> None:
    # Left of the words the Chinese renders: a verb (expand), a modifier it does not
    # render (new), a determiner; "light" is a verb too, but 轻轨 renders it.
    text = "Plans expand public transit (公共交通). The new light rail (轻轨) line is ready."
    assert _glosses(text) == [
        ("公共交通", "public transit", "public transit"),
        ("轻轨", "light rail", "light rail"),
    ]
    # a word the Chinese renders beyond a verb is no part of the term: never the clause
    assert _glosses("Public money improves transit (公共交通) here.") == [
        ("公共交通", "transit", "transit")
    ]
    # nor beyond a comma
    assert _glosses("For the public, transit (公共交通) is cheap.") == [
        ("公共交通", "transit", "transit")
    ]


def test_chained_glosses_give_each_pair() -> None:
    text = "It adds wind turbines（风力涡轮机）and solar panels（太阳能板）to the depots."
    assert _glosses(text) == [
        ("风力涡轮机", "wind turbines", "wind turbines"),
        ("太阳能板", "solar panels", "solar panels"),
    ]


def test_a_bracket_inside_a_gloss_gives_its_own_pair_or_none() -> None:
    english = "They fitted solar panels (太阳能板 (photovoltaic panels)) last year."
    assert _glosses(english) == [
        ("太阳能板", "solar panels", "solar panels"),
        ("太阳能板", "photovoltaic panels", "photovoltaic panels"),
    ]
    # a short form of the Chinese inside is no gloss, and takes nothing from the outer one
    abbreviated = "The Greater Bay Area (粤港澳大湾区 (大湾区)) grows."
    assert _glosses(abbreviated) == [("粤港澳大湾区", "Greater Bay Area", "Greater Bay Area")]


def test_a_sentence_start_capital_is_lowered_but_a_name_keeps_its_own() -> None:
    text = "Light rail (轻轨) is quiet. Suzhou (苏州) has canals."
    assert _glosses(text) == [
        ("轻轨", "light rail", "Light rail"),
        ("苏州", "Suzhou", "Suzhou"),
    ]


def test_a_bracket_that_glosses_no_term_is_no_gloss() -> None:
    # a note the English before it is not rendered by, a year, a name with more than a gloss
    text = "The details (见下文) of the plan of 2025 (2025年) name Li Hua (李华，班长)."
    assert chinese_glosses(text) == []


def test_one_glossed_term_is_too_few_and_the_refusal_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as refused:
        read_and_align(_file(tmp_path, ONE_GLOSS))
    assert str(refused.value) == (
        "en.txt is English with 1 term glossed in Chinese (轻轨); Duiyi needs its Chinese, "
        "or at least 2 glossed terms."
    )


def test_glosses_on_the_english_side_of_a_bilingual_text_keep_its_pairs(
    tmp_path: Path,
) -> None:
    document = read_and_align(_file(tmp_path, BILINGUAL))
    blocks = BILINGUAL.split("\n\n")
    assert document.layout == "paragraph-interleaved"
    assert [(p.zh, p.en) for p in document.pairs if p.kind != "sentence"] == [
        (blocks[0], blocks[1]),
        (blocks[2], blocks[3].strip()),
    ]
    assert document.glossary == ()


def test_the_commands_show_and_store_the_glossary_with_its_sentences(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DUIYI_DB", raising=False)
    path = _file(tmp_path, TRANSPORT_NOTES)
    assert main(["extract", str(path), "--format", "tsv"]) == 0
    assert capsys.readouterr().out.splitlines()[:3] == [
        "公共交通\tpublic transit\t1.000",
        "轻轨\tlight rail\t1.000",
        "自行车道\tbicycle lanes\t1.000",
    ]
    db = tmp_path / "c.duiyi"
    assert main(["--db", str(db), "import", str(path)]) == 0
    summary = capsys.readouterr().out.splitlines()
    assert (summary[3], summary[6]) == ("  layout: one-language", "  glossary terms: 6")
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT t.chinese, o.zh_start, o.zh_end, substr(p.en, o.en_start + 1, "
            "o.en_end - o.en_start), p.kind FROM term_occurrences o "
            "JOIN terms t ON t.id = o.term_id JOIN segment_pairs p ON p.id = o.pair_id "
            "ORDER BY o.id"
        ).fetchall()
    # each term marked where the sentence has it, in English: the sentence has no Chinese side
    assert rows == [
        ("公共交通", 0, 0, "public transit", "sentence"),
        ("轻轨", 0, 0, "light rail", "sentence"),
        ("自行车道", 0, 0, "bicycle lanes", "sentence"),
        ("月票", 0, 0, "monthly passes", "sentence"),
        ("风力涡轮机", 0, 0, "wind turbines", "sentence"),
        ("太阳能板", 0, 0, "solar panels", "sentence"),
    ]
    out = tmp_path / "cards.csv"
    assert main(["--db", str(db), "export", "--csv", str(out), "--anki"]) == 0
    cards = [
        row
        for row in csv.reader(out.read_text(encoding="utf-8-sig").splitlines())
        if row and not row[0].startswith("#")
    ]
    # the card's context is the English sentence, its term marked
    assert (cards[1][0], cards[1][2], cards[1][3], cards[1][4]) == (
        "轻轨",
        "light rail",
        "",
        'The new <span class="duiyi-term">light rail</span>（轻轨）line opens next year.',
    )


LABELLED = """\
The city will expand public transit (n. 公共交通) next year.

The new light rail（n.轻轨）line is quiet, and its staff showed patience (n. 耐心).
"""


def test_a_gloss_with_a_word_class_gives_the_whole_term_it_glosses(tmp_path: Path) -> None:
    document = read_and_align(_file(tmp_path, LABELLED))
    assert document.layout == "one-language"
    # as before, the labelled glosses leave the prose; the term is the phrase, not its last word
    assert [p.en for p in document.pairs if p.kind != "sentence"] == [
        "The city will expand public transit next year.",
        "The new light rail line is quiet, and its staff showed patience.",
    ]
    assert [(g.chinese, g.english) for g in document.glossary] == [
        ("公共交通", ("public transit",)),
        ("轻轨", ("light rail",)),
        ("耐心", ("patience",)),
    ]


def test_a_word_class_gloss_is_widened_only_by_its_own_bracket(tmp_path: Path) -> None:
    text = (
        "Old trams (n. 轻轨) still run.\n\n"
        "The new light rail (轻轨) uses bicycle lanes (自行车道).\n"
    )
    document = read_and_align(_file(tmp_path, text))
    # the labelled gloss is the author's pair; the other bracket's English is not its term
    assert [(g.chinese, g.english) for g in document.glossary] == [
        ("轻轨", ("trams",)),
        ("自行车道", ("bicycle lanes",)),
    ]
