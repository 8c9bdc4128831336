"""Telling flashcard files from texts by their content (duiyi.anki.kinds), exactly."""

from __future__ import annotations

import io
import zipfile

import pytest

from duiyi.anki.kinds import card_file_kind, is_anki_package, is_pleco_export, text_file_kind
from duiyi.anki.reading.ankitext import parse_anki_text


def _zip(*names: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in names:
            archive.writestr(name, b"x")
    return out.getvalue()


def test_an_anki_package_by_its_suffix_or_the_collection_inside() -> None:
    bare = _zip("media")
    found = [
        is_anki_package(bare, ".apkg"),
        is_anki_package(bare, ".APKG"),
        is_anki_package(bare, ".colpkg"),
        is_anki_package(bare, ".zip"),
        is_anki_package(_zip("collection.anki21"), ".zip"),
        is_anki_package(_zip("collection.anki2", "media"), ""),
        is_anki_package(_zip("collection.anki21b"), ".zip"),
        is_anki_package(_zip("notes/collection.anki2"), ".zip"),
        is_anki_package(b"PK\x03\x04 but no zip", ".zip"),
        is_anki_package(b"SQLite format 3\x00", ".apkg"),
    ]
    assert found == [True, True, True, False, True, True, True, False, False, False]


PLECO_NUMBERS = "你好\tni3 hao3\thello\n谢谢\txie4 xie5\tthanks\n"
GLOSSARY = "你好\tnǐ hǎo\thello\n谢谢\txièxie\tthanks\n"


@pytest.mark.parametrize(
    ("text", "pleco"),
    [
        (PLECO_NUMBERS, True),
        ("// Lesson 1\n" + GLOSSARY, True),  # Pleco's category lines
        (GLOSSARY, False),  # a glossary with tone marks has the same shape
        ("学习[學習]\txuéxí\tstudy\n中国[中國]\tzhōngguó\tChina\n", True),
        ("学习\txuéxí\tstudy\n中国[中國]\tzhōngguó\tChina\n", True),  # half bracketed
        ("学习\txuéxí\tstudy\n中国\tzhōngguó\tChina\n大学[大學]\tdàxué\tuniversity\n", False),
        ("你好\tni3 hao3\thello\n", False),  # one row is no export
        ("\n\n你好\tni3 hao3\thello\n\n", False),
        # Four rows in five shaped (0.8) still count; three in four do not.
        (PLECO_NUMBERS * 2 + "some English\tno pinyin\n", True),
        (PLECO_NUMBERS + "你好\tni3 hao3\thello\nsome English\tno\n", False),
        # Half the rows with tone numbers is enough; a third is not.
        ("你好\tni3 hao3\thello\n谢谢\txièxie\tthanks\n", True),
        ("你好\tni3 hao3\thello\n谢谢\txièxie\tthanks\n再见\tzàijiàn\tbye\n", False),
        ("你好\tnihao\thello\n谢谢\txiexie\tthanks\n", False),  # no tones: English-like
        ("hello\tni3 hao3\t你好\nthanks\txie4 xie5\t谢谢\n", False),  # Chinese not first
        ("你好 ni3 hao3 hello\n谢谢 xie4 xie5 thanks\n", False),  # not tab-separated
        # Only the first 200 lines are read.
        ("x\n" * 200 + PLECO_NUMBERS * 3, False),
        (PLECO_NUMBERS * 100 + "some English\tno\n" * 100, True),
    ],
)
def test_a_pleco_export_by_its_own_marks(text: str, pleco: bool) -> None:
    assert is_pleco_export(text) is pleco


def test_what_a_file_given_to_import_is_when_it_holds_cards() -> None:
    header = "#separator:tab\n#html:false\n你好\thello\n"
    found = [
        card_file_kind(_zip("media"), None, ".apkg"),
        card_file_kind(b"text", None, ".txt"),
        card_file_kind(header.encode(), header, ".txt"),
        card_file_kind(PLECO_NUMBERS.encode(), PLECO_NUMBERS, ".txt"),
        card_file_kind(GLOSSARY.encode(), GLOSSARY, ".txt"),
        card_file_kind(b"#x", "# a heading\n你好\thello\n", ".txt"),
    ]
    assert found == [
        "an Anki package",
        None,
        "a file of Anki notes (it starts with Anki's # header lines)",
        "a Pleco flashcard export",
        None,
        None,
    ]


def test_what_a_file_given_to_import_cards_is_when_it_is_a_text() -> None:
    found = [
        text_file_kind(b"junk %PDF-1.7"),
        text_file_kind(b"PK\x03\x04" + b"word/document.xml"),
        text_file_kind(b"PK\x03\x04" + b"xl/sheet.xml"),
        text_file_kind(b"\xef\xbb\xbf  <?xml version='1.0'?><tmx version='1.4'>"),
        text_file_kind("\ufeff<xliff>".encode("utf-16-le")),
        text_file_kind(b"\xfe\xff" + "<html>".encode("utf-16-be")),
        text_file_kind(b"<!DOCTYPE html><p>"),
        text_file_kind(b"<notes>"),
        text_file_kind(b"you <html>"),
    ]
    assert found == [
        "a PDF document",
        "a Word document",
        None,
        "a translation memory (TMX)",
        "an XLIFF file from a translation tool",
        "a web page",
        "a web page",
        None,
        None,
    ]


def test_a_note_without_a_known_type_takes_its_term_from_the_first_two_fields() -> None:
    text = (
        "#separator:tab\n#html:false\n"
        "green travel\t绿色出行\n"  # English on the front
        "低碳\tdī tàn\tlow-carbon\n"  # Chinese, pinyin, English
        "净零排放\tnet-zero emissions\tnote\n"  # the second field is no pinyin
        "数字\tshù zì\n"  # two fields: the second is the English, pinyin or not
    )
    cards = parse_anki_text(text, "notes.txt")
    assert [(c.chinese, c.pinyin, c.english) for c in cards] == [
        ("绿色出行", "", ("green travel",)),
        ("低碳", "dī tàn", ("low-carbon",)),
        ("净零排放", "", ("net-zero emissions",)),
        ("数字", "", ("shù zì",)),
    ]


def _cards(text: str) -> list[tuple[object, ...]]:
    return [
        (c.chinese, c.pinyin, c.english, c.notes, c.tags, c.guid)
        for c in parse_anki_text(text, "notes.txt")
    ]


def test_named_columns_give_each_field_its_role() -> None:
    text = (
        "#separator:tab\n#html:false\n#columns:Chinese\tEnglish\tNotes\n"
        "低碳\tlow-carbon\tfrom a speech\n"
        "净零排放\t\t\n"  # no English: no rendering at all, not an empty one
    )
    assert _cards(text) == [
        ("低碳", "", ("low-carbon",), "from a speech", (), None),
        ("净零排放", "", (), "", (), None),
    ]


def test_duiyi_notes_keep_their_guid_and_drop_the_source_tag() -> None:
    text = (
        "#separator:tab\n#html:true\n#notetype:Duiyi term\n#guid column:1\n#tags column:5\n"
        "abc123\t低碳\tdī tàn\tlow-carbon\texam source::paper\n"
    )
    basic = (
        "#separator:tab\n#html:true\n#notetype:Basic\n#guid column:1\n#tags column:4\n"
        "abc123\t低碳\tlow-carbon\texam source::paper\n"
    )
    assert _cards(text) == [("低碳", "dī tàn", ("low-carbon",), "", ("exam",), "abc123")]
    # Another note type's GUID is not kept (it would clash in Anki), nor its tags touched.
    assert _cards(basic) == [("低碳", "", ("low-carbon",), "", ("exam", "source::paper"), None)]


def test_without_an_html_header_fields_are_plain_text() -> None:
    text = "低碳\t<b>low</b>-carbon\n"
    assert _cards(text) == [("低碳", "", ("<b>low</b>-carbon",), "", (), None)]
    assert _cards("#html:true\n" + text) == [("低碳", "", ("low-carbon",), "", (), None)]
