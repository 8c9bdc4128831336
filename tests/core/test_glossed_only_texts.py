"""A text in one language whose only other language is glosses in brackets (study notes:
Chinese prose with its key terms' English in brackets, or English prose with Chinese glosses)
imports as its prose, unpaired, with the glossed pairs as its glossary; extraction gives those
pairs with their sentences. A bracket or two that glosses nothing is still refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.main import main
from duiyi.document import SegmentPair
from duiyi.errors import InvalidInput
from duiyi.extract import extract_terms
from duiyi.extract.confidence import GLOSSED_CONFIDENCE
from duiyi.pipeline import read_and_align

NOTES = """\
本课重点学习生态文明建设(ecological progress)的基本内容。城市要发展公共交通（public transport），\
减少碳排放(carbon emissions)。

同学们还讨论了乡村振兴(rural revitalization)，并谈到绿水青山就是金山银山(lucid waters and lush \
mountains are invaluable assets)的理念。
"""

FULL_WIDTH = """\
学校今年开设了人工智能（artificial intelligence）课程，老师也介绍了机器学习（machine learning）\
的基本方法。

课后，同学们分组完成练习。
"""

ENGLISH_NOTES = """\
Over the last hundred years, as the railway reached the coast and the roads improved, the old \
harbour town slowly acquired (v. 取得) a new reputation (n. 名声) among travellers.

Everyone who has lived there for a while, whether a shopkeeper or a teacher, knows that its \
fishermen were famous for their patience (n. 耐心) and their courage.

In winter the streets are quiet, and the harbour belongs to the gulls again.
"""

SPLIT_TERM = """\
课上先复习了基本概念；供给侧改革(supply-side reform)是本单元的重点。数字经济(digital economy)一节\
介绍新的产业形态。

课后，同学们分组完成练习。
"""

VOCABULARY_LINES = """\
本课学习城市交通的新变化。越来越多的市民选择公共交通出行，城市也在努力减少碳排放。

过去十年，地铁线路不断延长，公交车也换成了电动车。

**public transport** 公共交通

**carbon emissions** 碳排放

**bike sharing** 共享单车

课后，同学们分组完成练习，并讨论共享单车的管理问题。

下节课我们将阅读一篇关于城市规划的文章。
"""

NOT_GLOSSES = """\
去年全市国内生产总值(GDP)增长百分之五，比上年(2022)略有提高。

各区都在加快建设。
"""

ONE_GLOSS = """\
城市要发展公共交通（public transport），方便市民出行。

各区都在加快建设。
"""


def _file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "notes.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_chinese_prose_glossed_in_english_imports_with_its_glossary(tmp_path: Path) -> None:
    document = read_and_align(_file(tmp_path, NOTES))
    assert document.layout == "one-language"
    paragraphs = [p for p in document.pairs if p.kind != "sentence"]
    assert [(p.kind, p.zh, p.en) for p in paragraphs] == [
        ("paragraph", NOTES.split("\n\n")[0], ""),
        ("paragraph", NOTES.split("\n\n")[1].strip(), ""),
    ]
    assert [(g.chinese, g.english) for g in document.glossary] == [
        ("公共交通", ("public transport",)),
        ("碳排放", ("carbon emissions",)),
        ("乡村振兴", ("rural revitalization",)),
    ]
    assert document.notes == (
        "Only Chinese prose, with 3 terms glossed in English in brackets: the prose is kept "
        "unpaired and those terms are its glossary.",
    )


def test_extraction_gives_the_glossed_pairs_with_their_sentences(tmp_path: Path) -> None:
    pairs = read_and_align(_file(tmp_path, NOTES)).pairs
    glossed = [
        (
            c.chinese,
            c.english,
            [pairs[o.pair_index].zh for o in c.occurrences],
            c.confidence >= GLOSSED_CONFIDENCE,
        )
        for c in extract_terms(pairs, with_pinyin=False)
        if "glossed in the text" in [r.name for r in c.reasons]
    ]
    assert glossed == [
        (
            "乡村振兴",
            "rural revitalization",
            [
                "同学们还讨论了乡村振兴(rural revitalization)，并谈到绿水青山就是金山银山"
                "(lucid waters and lush mountains are invaluable assets)的理念。"
            ],
            True,
        ),
        (
            "公共交通",
            "public transport",
            ["城市要发展公共交通（public transport），减少碳排放(carbon emissions)。"],
            True,
        ),
        (
            "碳排放",
            "carbon emissions",
            ["城市要发展公共交通（public transport），减少碳排放(carbon emissions)。"],
            True,
        ),
    ]


def test_extract_command_prints_the_glossed_pairs_at_their_confidence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DUIYI_DB", raising=False)
    assert main(["extract", str(_file(tmp_path, FULL_WIDTH)), "--format", "tsv"]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert rows == [
        ["人工智能", "artificial intelligence", "0.891"],
        ["机器学习", "machine learning", "0.891"],
    ]


def test_full_width_brackets_gloss_as_ascii_ones_do(tmp_path: Path) -> None:
    document = read_and_align(_file(tmp_path, FULL_WIDTH))
    assert len([p for p in document.pairs if p.kind != "sentence"]) == 2
    assert [(g.chinese, g.english) for g in document.glossary] == [
        ("人工智能", ("artificial intelligence",)),
        ("机器学习", ("machine learning",)),
    ]


def test_english_prose_glossed_in_chinese_imports_with_its_glossary(tmp_path: Path) -> None:
    document = read_and_align(_file(tmp_path, ENGLISH_NOTES))
    assert document.layout == "one-language"
    paragraphs = [p for p in document.pairs if p.kind != "sentence"]
    assert [(p.zh, p.en[:28]) for p in paragraphs] == [
        ("", "Over the last hundred years,"),
        ("", "Everyone who has lived there"),
        ("", "In winter the streets are qu"),
    ]
    assert "(v." not in paragraphs[0].en  # the glosses leave the prose
    assert [(g.chinese, g.english) for g in document.glossary] == [
        ("取得", ("acquired",)),
        ("名声", ("reputation",)),
        ("耐心", ("patience",)),
    ]
    assert document.notes == (
        "Only English prose, with 3 terms glossed in Chinese in brackets: the prose is kept "
        "unpaired and those terms are its glossary.",
    )


def test_an_abbreviation_and_a_year_in_brackets_are_no_glosses(tmp_path: Path) -> None:
    with pytest.raises(
        InvalidInput, match=r"notes\.txt has only one language: no English text was found"
    ):
        read_and_align(_file(tmp_path, NOT_GLOSSES))


def test_one_glossed_term_is_too_few_to_import(tmp_path: Path) -> None:
    with pytest.raises(
        InvalidInput, match=r"notes\.txt has only one language: no English text was found"
    ):
        read_and_align(_file(tmp_path, ONE_GLOSS))


def test_a_glossed_term_the_cutter_splits_is_read_whole(tmp_path: Path) -> None:
    # 侧 is no word a term is cut with: the bracket still says where the term ends.
    assert [
        (g.chinese, g.english) for g in read_and_align(_file(tmp_path, SPLIT_TERM)).glossary
    ] == [
        ("供给侧改革", ("supply-side reform",)),
        ("数字经济", ("digital economy",)),
    ]


def test_the_chinese_before_a_gloss_is_not_read_whole_from_a_verb() -> None:
    # The bracket says where the term ends, not where it starts: 要加强 belongs to the clause.
    zh = "今年各地要加强需求侧管理(demand-side management)，并且落实低碳出行的具体要求。"
    found = extract_terms([SegmentPair("paragraph", zh, "", 0.0)], with_pinyin=False)
    assert "要加强需求侧管理" not in [c.chinese for c in found]


def test_extract_into_a_collection_prints_the_glossed_terms_it_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file(tmp_path, FULL_WIDTH)
    assert main(["--db", str(tmp_path / "c.duiyi"), "extract", str(path), "--format", "tsv"]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert rows == [
        ["人工智能", "artificial intelligence", "1.000"],
        ["机器学习", "machine learning", "1.000"],
    ]


def test_chinese_prose_with_vocabulary_lines_imports_with_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _file(tmp_path, VOCABULARY_LINES)
    document = read_and_align(path)
    assert len([p for p in document.pairs if p.kind != "sentence"]) == 4
    assert [(g.chinese, g.english) for g in document.glossary] == [
        ("公共交通", ("public transport",)),
        ("碳排放", ("carbon emissions",)),
        ("共享单车", ("bike sharing",)),
    ]
    assert document.notes == (
        "Only Chinese prose, with 3 terms in vocabulary lines: the prose is kept unpaired and "
        "those terms are its glossary.",
    )
    monkeypatch.delenv("DUIYI_DB", raising=False)
    assert main(["extract", str(path), "--format", "tsv"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "公共交通\tpublic transport\t1.000",
        "碳排放\tcarbon emissions\t1.000",
        "共享单车\tbike sharing\t1.000",
    ]
