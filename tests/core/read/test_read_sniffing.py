"""What a file's content says it is: a translation memory only when the document starts as one,
a glossary only when its lines have a glossary row's shape. A text that mentions <TMX>, or study
notes with their terms glossed in brackets, are read as the texts they are."""

from __future__ import annotations

from pathlib import Path

import pytest

from duiyi.errors import UnsupportedFormat
from duiyi.pipeline import read_and_align
from duiyi.read import read_file, read_pasted

TEXT_ENDING_IN_TAG = "\n促进互联互通，共建数字丝绸之路。\n<TMX"

NOTE_ON_FORMATS = """\
今天学习了翻译记忆库的格式。
老师说，<tmx> 文件和 <xliff> 文件都可以导入翻译软件。
"""

TMX = """\
<tmx version="1.4"><header srclang="zh-CN"/><body>
<tu><tuv xml:lang="zh-CN"><seg>数字鸿沟</seg></tuv>
<tuv xml:lang="en"><seg>digital divide</seg></tuv></tu>
</body></tmx>
"""

XLIFF = """\
<xliff version="1.2"><file source-language="zh-CN" target-language="en"><body>
<trans-unit id="1"><source>数字鸿沟</source><target>digital divide</target></trans-unit>
</body></file></xliff>
"""

PROLOG = """\
<?xml version="1.0" encoding="UTF-8"?>
<!-- exported for class -->
<!DOCTYPE tmx SYSTEM "tmx14.dtd" [ <!ATTLIST tu note CDATA "a > b"> ]>
"""

# Short English lines glossed with word classes: no glossary, however few words come first.
ENGLISH_GLOSSED = """\
The old harbour town slowly acquired (v. 取得) a new reputation (n. 名声).
Its fishermen were famous for their patience (n. 耐心).
The gulls returned (v. 回来) in winter.
"""

# Chinese lines ending in a gloss, three of four: prose, not term rows.
CHINESE_GLOSSED = """\
城市要发展公共交通，减少碳排放(carbon emissions)
课上，老师介绍了公共交通(public transport)
同学们还讨论了乡村振兴(rural revitalization)
课后，同学们分组完成练习。
"""

# Lines starting with a term, then explaining it before the gloss.
TERMS_EXPLAINED = """\
数字经济：新的产业形态(digital economy)
碳排放：城市要减少的排放(carbon emissions)
乡村振兴：同学们讨论的话题(rural revitalization)
课后，同学们分组完成练习。
"""

GLOSSARY = """\
数字鸿沟 digital divide
公共交通：public transport
乡村振兴（rural revitalization）
课后练习
"""

# Short sentences going on after a word-class gloss.
SHORT_GLOSSED = """\
The gulls returned (v. 回来) in winter.
Fishing boats (n. 渔船) fill the harbour.
The town is quiet.
"""

# English sentences with their Chinese glosses inline, unbracketed.
INLINE_GLOSSED = """\
The town acquired 取得 a new reputation 名声 among travellers.
Its fishermen were famous 有名 for their patience 耐心.
The gulls returned 回来 in winter.
"""

WORD_CLASS_GLOSSARY = """\
reputation (n. 名声)
acquire (v. 取得)
patience (n. 耐心)
digital divide 数字鸿沟
"""


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "gb18030"])
def test_a_text_ending_in_a_tmx_tag_is_read_as_text(tmp_path: Path, encoding: str) -> None:
    path = _write(tmp_path, "a.txt", TEXT_ENDING_IN_TAG.encode(encoding))
    source = read_file(path)
    assert (source.format, [b.text for b in source.blocks]) == (
        "txt",
        ["促进互联互通，共建数字丝绸之路。\n<TMX"],
    )


def test_a_note_naming_the_formats_is_read_as_text(tmp_path: Path) -> None:
    source = read_file(_write(tmp_path, "note.txt", NOTE_ON_FORMATS.encode()))
    assert [b.text for b in source.blocks] == [NOTE_ON_FORMATS.strip()]


@pytest.mark.parametrize(
    ("text", "kind"),
    [(TMX, "tmx"), (PROLOG + TMX, "tmx"), (XLIFF, "xliff"), ("\ufeff  " + XLIFF, "xliff")],
)
def test_a_memory_saved_as_text_is_still_read_as_one(tmp_path: Path, text: str, kind: str) -> None:
    source = read_file(_write(tmp_path, "memory.txt", text.encode()))
    assert (source.format, [(b.lang, b.text) for b in source.blocks]) == (
        kind,
        [("zh", "数字鸿沟"), ("en", "digital divide")],
    )


def test_a_broken_tmx_file_is_refused_as_broken_xml(tmp_path: Path) -> None:
    path = _write(tmp_path, "broken.tmx", (PROLOG + TMX.replace("</body>", "")).encode())
    with pytest.raises(UnsupportedFormat) as caught:
        read_file(path)
    assert str(caught.value) == (
        "broken.tmx is not well-formed XML: mismatched tag at line 7, column 3."
    )


def test_a_tmx_file_holding_text_is_refused_as_broken_xml(tmp_path: Path) -> None:
    path = _write(tmp_path, "memory.tmx", TEXT_ENDING_IN_TAG.encode())
    with pytest.raises(UnsupportedFormat) as caught:
        read_file(path)
    assert str(caught.value) == (
        "memory.tmx is not well-formed XML: not well-formed (invalid token) at line 2, column 7."
    )


def test_other_xml_is_still_refused_as_neither_format(tmp_path: Path) -> None:
    path = _write(tmp_path, "data.txt", b'<?xml version="1.0"?>\n<notes><tmx/></notes>\n')
    with pytest.raises(UnsupportedFormat) as caught:
        read_file(path)
    assert str(caught.value) == "data.txt is XML but neither TMX nor XLIFF, which Duiyi reads."


@pytest.mark.parametrize(
    "text", [ENGLISH_GLOSSED, SHORT_GLOSSED, INLINE_GLOSSED, CHINESE_GLOSSED, TERMS_EXPLAINED]
)
def test_glossed_notes_are_no_glossary(text: str) -> None:
    source = read_pasted(text)
    assert (source.format, [b.text for b in source.blocks], source.glossary) == (
        "pasted",
        [text.strip()],
        (),
    )


def test_english_notes_glossed_with_word_classes_import_as_glossed_prose(
    tmp_path: Path,
) -> None:
    document = read_and_align(_write(tmp_path, "notes.txt", ENGLISH_GLOSSED.encode()))
    assert document.layout == "one-language"
    assert [(g.chinese, g.english) for g in document.glossary] == [
        ("取得", ("acquired",)),
        ("名声", ("reputation",)),
        ("耐心", ("patience",)),
        ("回来", ("returned",)),
    ]


def test_chinese_notes_with_glossed_lines_keep_their_prose(tmp_path: Path) -> None:
    document = read_and_align(_write(tmp_path, "notes.txt", CHINESE_GLOSSED.encode()))
    assert document.layout == "one-language"
    assert [p.zh for p in document.pairs if p.kind != "sentence"] == CHINESE_GLOSSED.splitlines()
    assert [(g.chinese, g.english) for g in document.glossary] == [
        ("碳排放", ("carbon emissions",)),
        ("公共交通", ("public transport",)),
        ("乡村振兴", ("rural revitalization",)),
    ]


def test_a_glossary_is_still_a_glossary() -> None:
    source = read_pasted(GLOSSARY)
    assert (source.format, [(g.chinese, g.english) for g in source.glossary]) == (
        "glossary",
        [
            ("数字鸿沟", ("digital divide",)),
            ("公共交通", ("public transport",)),
            ("乡村振兴", ("rural revitalization",)),
        ],
    )


def test_an_english_first_glossary_with_word_classes_is_still_a_glossary() -> None:
    source = read_pasted(WORD_CLASS_GLOSSARY)
    assert (source.format, [g.chinese for g in source.glossary]) == (
        "glossary",
        ["名声", "取得", "耐心", "数字鸿沟"],
    )
