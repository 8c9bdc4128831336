"""Every export format written to a real file and parsed back by that format's rules."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from drill_sample import SAMPLE, term
from xlsx_read import read_sheet

from duiyi.drill.build import Drill, build_drill
from duiyi.drill.formats.chaoxing import HEADER as CHAOXING_HEADER
from duiyi.drill.formats.common import blank_answers
from duiyi.drill.formats.export import ExportFormat, key_path, write_export
from duiyi.drill.formats.gift import gift_escape
from duiyi.drill.formats.kahoot import HEADER as KAHOOT_HEADER
from duiyi.drill.formats.kahoot import time_limit
from duiyi.drill.formats.wjx import KEY_HEADER
from duiyi.drill.formats.xlsx import Sheet, xlsx_bytes
from duiyi.drill.terms import Direction, DrillSettings, Mode
from duiyi.errors import UnsupportedFormat

FORMULA = '=HYPERLINK("http://x.example","go")'
# User text that is syntax in some format: GIFT's specials, a formula, 问卷星's brackets, an
# Aiken option line, a line break.
TRICKY = (
    *SAMPLE,
    term(40, "测试", "cèshì", FORMULA),
    term(41, "一带一路[倡议]", "yídài yílù", "Belt and Road {Initiative} ~ #1: a=b"),
    term(42, "机器翻译治理", "jīqì fānyì zhìlǐ", "M. T. governance"),
    term(43, "两个\n确立", "liǎng gè quèlì", "ANSWER: the two\nestablishes"),
    term(44, "无差别", "wú chābié", "-ism without difference", document=2, lesson=2),
)


def drill(mode: Mode, direction: Direction = Direction.MIXED, seed: int = 3) -> Drill:
    settings = DrillSettings(direction=direction, count=len(TRICKY), mode=mode, seed=seed,
                             seconds=25, title="Lesson 3 [review]")  # fmt: skip
    return build_drill(TRICKY, settings)


def one(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("mode", [Mode.MULTIPLE_CHOICE, Mode.TYPING])
def test_wjx_text_and_key_parse_back(tmp_path: Path, mode: Mode) -> None:
    made = drill(mode)
    out = tmp_path / "drill.txt"
    assert write_export(made, ExportFormat.WJX, out) == [out, key_path(out)]
    blocks = out.read_text("utf-8").rstrip("\n").split("\n\n")
    assert blocks[0] == "Lesson 3 ［review］"
    key_rows, _ = read_sheet(key_path(out))
    assert key_rows[0] == list(KEY_HEADER)
    for item, block, key in zip(made.items, blocks[1:], key_rows[1:], strict=True):
        first, *options = block.split("\n")
        found = re.fullmatch(r"(\d+)\. (.*)\[(单选题|填空题)\]", first)
        assert found
        number, question, kind = found.groups()
        wanted = one(item.prompt).replace("[", "［").replace("]", "］")
        assert (int(number), question) == (item.number, wanted)
        if mode is Mode.MULTIPLE_CHOICE:
            assert kind == "单选题"
            assert options == [one(o).replace("[", "［").replace("]", "］") for o in item.options]
            assert key[:4] == [str(item.number), "单选题", one(item.prompt), item.right_letter]
            assert item.options["ABCD".index(key[3])] == key[4]
        else:
            assert (kind, options) == ("填空题", [])
            assert key[4].split(" / ") == blank_answers(item)


def test_chaoxing_workbook_parses_back_with_formulas_kept_as_text(tmp_path: Path) -> None:
    out = tmp_path / "bank.xlsx"
    choice, blanks = drill(Mode.MULTIPLE_CHOICE), drill(Mode.TYPING, seed=4)
    write_export(choice, ExportFormat.CHAOXING, out)
    rows, quoted = read_sheet(out)
    assert rows[0] == list(CHAOXING_HEADER)
    option_at = CHAOXING_HEADER.index("选项A")
    for item, row in zip(choice.items, rows[1:], strict=True):
        assert row[1:3] == ["单选题", one(item.prompt)]
        assert row[5] == item.right_letter
        assert int(row[10]) == len(item.options)
        assert row[option_at : option_at + len(item.options)] == [one(o) for o in item.options]
    formula_cells = {f"{chr(65 + c)}{r + 1}" for r, row in enumerate(rows)
                     for c, value in enumerate(row) if value.startswith(("=", "-"))}  # fmt: skip
    assert formula_cells and quoted == formula_cells
    assert any(FORMULA in row for row in rows)
    write_export(blanks, ExportFormat.CHAOXING, out)
    rows, _ = read_sheet(out)
    for item, row in zip(blanks.items, rows[1:], strict=True):
        assert row[1] == "填空题" and int(row[10]) == 1
        assert row[option_at].split(";") == blank_answers(item)


def _gift_answers(body: str) -> list[tuple[str, str]]:
    """(mark, text) of each answer in a GIFT answer block, honouring backslash escapes."""
    answers: list[tuple[str, str]] = []
    escaped = False
    for char in body:
        if escaped:
            answers[-1] = (answers[-1][0], answers[-1][1] + char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "=~":
            answers.append((char, ""))
        else:
            answers[-1] = (answers[-1][0], answers[-1][1] + char)
    return [(mark, text.strip()) for mark, text in answers]


def _gift_unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


@pytest.mark.parametrize("mode", [Mode.MULTIPLE_CHOICE, Mode.TYPING])
def test_gift_parses_back(tmp_path: Path, mode: Mode) -> None:
    made = drill(mode)
    out = tmp_path / "drill.gift"
    write_export(made, ExportFormat.GIFT, out)
    blocks = out.read_text("utf-8").rstrip("\n").split("\n\n")
    assert blocks[0].startswith("// ")
    for item, block in zip(made.items, blocks[1:], strict=True):
        # The answer block starts at the first { not escaped.
        found = re.fullmatch(r"::Q(\d+):: ((?:\\.|[^\\{])*) \{(.*)\}", block)
        assert found, block
        assert int(found.group(1)) == item.number
        assert _gift_unescape(found.group(2)) == one(item.prompt)
        answers = _gift_answers(found.group(3))
        if mode is Mode.MULTIPLE_CHOICE:
            assert answers == [("=" if i == item.right else "~", one(o))
                               for i, o in enumerate(item.options)]  # fmt: skip
        else:
            assert answers == [("=", a) for a in blank_answers(item)]


def test_gift_escapes_each_special_character() -> None:
    assert gift_escape("a~b=c#d{e}f:g") == r"a\~b\=c\#d\{e\}f\:g"


def test_aiken_parses_back_by_moodles_line_rules(tmp_path: Path) -> None:
    made = drill(Mode.MULTIPLE_CHOICE, Direction.EN_ZH)
    out = tmp_path / "drill.txt"
    write_export(made, ExportFormat.AIKEN, out)
    blocks = out.read_text("utf-8").rstrip("\n").split("\n\n")
    for item, block in zip(made.items, blocks, strict=True):
        question, options, answer = [], [], None
        for line in block.split("\n"):  # Moodle: option lines, the answer line, else question
            if found := re.fullmatch(r"([A-Z])[.)] (.*)", line):
                options.append(found.group(2))
            elif line.startswith("ANSWER:"):
                answer = line.removeprefix("ANSWER:").strip()
            else:
                question.append(line)
        assert len(question) == 1 and question[0].strip("“”") == one(item.prompt)
        assert options == [one(o) for o in item.options]
        assert answer == item.right_letter
    assert "“M. T. governance”" in blocks[[i.prompt for i in made.items].index("M. T. governance")]


def test_kahoot_sheet_follows_the_template(tmp_path: Path) -> None:
    made = drill(Mode.MULTIPLE_CHOICE)
    out = tmp_path / "kahoot.xlsx"
    write_export(made, ExportFormat.KAHOOT, out)
    rows, quoted = read_sheet(out)
    assert rows[7] == ["", *KAHOOT_HEADER]
    for item, row in zip(made.items, rows[8:], strict=True):
        assert row == [str(item.number), one(item.prompt), *[one(o) for o in item.options],
                       "30", str(item.right + 1)]  # fmt: skip
    assert {ref for ref in quoted if rows[int(ref[1:]) - 1][column(ref)] == FORMULA}


def column(ref: str) -> int:
    return ord(ref[0]) - 65


@pytest.mark.parametrize(("seconds", "limit"), [(1, 5), (5, 5), (6, 10), (25, 30), (500, 240)])
def test_kahoot_time_limits_round_up_to_one_it_offers(seconds: int, limit: int) -> None:
    assert time_limit(seconds) == limit


def test_quizlet_is_term_tab_definition_with_safe_cells(tmp_path: Path) -> None:
    made = drill(Mode.TYPING, Direction.ZH_EN)
    out = tmp_path / "quizlet.txt"
    write_export(made, ExportFormat.QUIZLET, out)
    lines = out.read_text("utf-8").rstrip("\n").split("\n")
    pairs = [tuple(line.split("\t")) for line in lines]

    def cell(text: str) -> str:
        return "'" + text if text[0] in "=-" else text

    assert pairs == [
        (one(i.prompt), cell("; ".join(one(a.text) for a in i.accepted))) for i in made.items
    ]
    assert ("测试", "'" + FORMULA) in pairs


@pytest.mark.parametrize("fmt", [ExportFormat.KAHOOT, ExportFormat.AIKEN])
def test_choice_only_formats_refuse_blanks_and_write_nothing(
    tmp_path: Path, fmt: ExportFormat
) -> None:
    out = tmp_path / "drill.out"
    with pytest.raises(UnsupportedFormat, match="holds only multiple-choice questions"):
        write_export(drill(Mode.TYPING), fmt, out)
    assert list(tmp_path.iterdir()) == []


def test_xlsx_cells_keep_markup_spaces_and_numbers_and_drop_what_xml_cannot_hold(
    tmp_path: Path,
) -> None:
    out = tmp_path / "cells.xlsx"
    row: list[str | int] = ["R&D <centre>", "a\x01b\x0bc", "  two spaces ", "@SUM(A1)", 42, "", "z"]
    out.write_bytes(xlsx_bytes([Sheet("a[b]:c*d?e/f\\g longer than thirty-one characters", [row])]))
    rows, quoted = read_sheet(out)
    assert rows == [["R&D <centre>", "abc", "  two spaces ", "@SUM(A1)", "42", "", "z"]]
    assert quoted == {"D1"}
