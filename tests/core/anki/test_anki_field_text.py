"""Notes from Anki lose cloze markup and keep their line breaks as spaces; tone numbers become
marks with the apostrophe pinyin needs before a syllable starting with a, e or o."""

from __future__ import annotations

from pathlib import Path

import pytest
from anki.collection import Collection, ExportAnkiPackageOptions

from duiyi.anki.reading import read_cards
from duiyi.pinyin import normalise_pinyin, numbers_to_marks


def _add(col: Collection, notetype: str, **fields: str) -> None:
    model = col.models.by_name(notetype)
    assert model is not None
    note = col.new_note(model)
    for name, value in fields.items():
        note[name.replace("_", " ")] = value
    col.add_note(note, col.decks.id_for_name("Default") or 1)  # type: ignore[arg-type]


def test_cloze_and_div_from_a_real_anki_package(tmp_path: Path, anki_col: Collection) -> None:
    _add(anki_col, "Cloze", Text="{{c1::平安::safe}}<div>{{c2::泰安}}</div>",
         Back_Extra="peace<div>safety</div>")  # fmt: skip
    _add(anki_col, "Basic", Front="孩{{c1::子}}们", Back="children<br>kids<div>the young</div>")
    out = tmp_path / "cloze.apkg"
    anki_col.export_anki_package(
        out_path=str(out),
        options=ExportAnkiPackageOptions(
            with_scheduling=False, with_deck_configs=False, with_media=False, legacy=False
        ),
        limit=None,
    )
    cards = read_cards(out)
    assert [(c.chinese, c.english) for c in cards] == [
        ("平安 泰安", ("peace safety",)),
        ("孩子们", ("children kids the young",)),
    ]


def test_cloze_and_div_in_an_anki_text_export(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(
        "#separator:tab\n#html:true\n#notetype column:1\n"
        "Cloze\t{{c1::子}}女<div>{{c2::儿::er}}童</div>\tsons and daughters<br>children\n",
        encoding="utf-8",
    )
    [card] = read_cards(path)
    assert (card.chinese, card.english) == ("子女 儿童", ("sons and daughters children",))


@pytest.mark.parametrize(
    ("numbers", "marks"),
    [
        ("ping2an1", "píng'ān"),
        ("Tai4an1", "Tài'ān"),
        ("nü3er2", "nǚ'ér"),
        ("nv3er2", "nǚ'ér"),
        ("tian1an1men2", "tiān'ānmén"),
        ("fang1an4", "fāng'àn"),
        ("ni3hao3", "nǐhǎo"),
        ("xi1 an1", "xī ān"),
    ],
)
def test_tone_numbers_keep_the_apostrophe(numbers: str, marks: str) -> None:
    assert numbers_to_marks(numbers) == marks
    # A typed answer compares the same with or without the apostrophe.
    assert normalise_pinyin(numbers, keep_tones=True) == normalise_pinyin(marks, keep_tones=True)


def test_pleco_pinyin_keeps_the_apostrophe(tmp_path: Path) -> None:
    path = tmp_path / "pleco.txt"
    path.write_text("平安\tping2an1\tsafe\n泰安\tTai4an1\tTai'an\n", encoding="utf-8")
    assert [c.pinyin for c in read_cards(path)] == ["píng'ān", "Tài'ān"]
