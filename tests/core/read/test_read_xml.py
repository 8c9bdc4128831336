"""TMX 1.4, XLIFF 1.2 and XLIFF 2.0: one zh and one en block per unit, sharing a row."""

from __future__ import annotations

from pathlib import Path

import pytest

from duiyi.errors import InvalidInput
from duiyi.read import read_file

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="x"
          adminlang="en-US" srclang="zh-CN" datatype="plaintext"/>
  <body>
    <tu tuid="1">
      <tuv xml:lang="zh-CN"><seg>三、实践路径</seg></tuv>
      <tuv xml:lang="en-US"><seg>Path to Realization</seg></tuv>
    </tu>
    <tu tuid="2">
      <tuv xml:lang="en-GB"><seg>Bridging the <bpt i="1">&lt;b&gt;</bpt>digital divide<ept
        i="1">&lt;/b&gt;</ept> matters.</seg></tuv>
      <tuv xml:lang="zh-Hans"><seg>消除<hi type="b">数字鸿沟</hi>很重要。<ph
        x="1">&lt;br/&gt;</ph></seg></tuv>
      <tuv xml:lang="fr"><seg>La fracture numérique.</seg></tuv>
    </tu>
    <tu tuid="3">
      <tuv lang="ZH-TW"><seg>網絡空間</seg></tuv>
      <tuv lang="EN"><seg>cyberspace</seg></tuv>
    </tu>
  </body>
</tmx>
"""

XLIFF_12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="a.docx" source-language="en-US" target-language="zh-CN" datatype="plaintext">
    <body>
      <group id="g1">
        <trans-unit id="1">
          <source>Path to <g id="1">Realization</g></source>
          <target>实践<x id="2"/>路径</target>
        </trans-unit>
      </group>
      <trans-unit id="2">
        <source>Governments have a <ph id="3">{1}</ph>leading role.</source>
        <target state="translated">政府发挥<mrk mtype="term">关键主导</mrk>作用。</target>
      </trans-unit>
      <trans-unit id="3"><source>Untranslated line.</source></trans-unit>
    </body>
  </file>
</xliff>
"""

XLIFF_20 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh-Hans" trgLang="en">
  <file id="f1">
    <unit id="u1">
      <segment><source>构建网络空间命运共同体。</source>
               <target>Build a community with a shared future in cyberspace.</target></segment>
      <ignorable><source> </source></ignorable>
      <segment><source>这是<pc id="1">第二句</pc>。<ph id="2"/></source>
               <target>This is the <pc id="1">second</pc> sentence.</target></segment>
    </unit>
    <group id="g"><unit id="u2">
      <segment><source>数字鸿沟</source><target>digital divide</target></segment>
    </unit></group>
  </file>
</xliff>
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _rows(path: Path) -> list[tuple[int | None, str | None, str]]:
    return [(b.row, b.lang, b.text) for b in read_file(path).blocks]


def test_tmx(tmp_path: Path) -> None:
    path = _write(tmp_path, "memory.tmx", TMX)
    assert read_file(path).format == "tmx"
    assert _rows(path) == [
        (0, "zh", "三、实践路径"),
        (0, "en", "Path to Realization"),
        (1, "zh", "消除数字鸿沟很重要。"),
        (1, "en", "Bridging the digital divide matters."),
        (2, "zh", "網絡空間"),
        (2, "en", "cyberspace"),
    ]


def test_xliff_12(tmp_path: Path) -> None:
    path = _write(tmp_path, "job.xlf", XLIFF_12)
    assert read_file(path).format == "xliff"
    assert _rows(path) == [
        (0, "zh", "实践路径"),
        (0, "en", "Path to Realization"),
        (1, "zh", "政府发挥关键主导作用。"),
        (1, "en", "Governments have a leading role."),
        (2, "en", "Untranslated line."),
    ]


def test_xliff_20(tmp_path: Path) -> None:
    path = _write(tmp_path, "job.xliff", XLIFF_20)
    assert _rows(path) == [
        (0, "zh", "构建网络空间命运共同体。这是第二句。"),
        (
            0,
            "en",
            "Build a community with a shared future in cyberspace. This is the second sentence.",
        ),
        (1, "zh", "数字鸿沟"),
        (1, "en", "digital divide"),
    ]


def test_tmx_saved_as_xml_is_recognised(tmp_path: Path) -> None:
    assert read_file(_write(tmp_path, "export.xml", TMX)).format == "tmx"


def test_tmx_without_chinese_or_english(tmp_path: Path) -> None:
    tmx = (
        '<tmx version="1.4"><body><tu><tuv xml:lang="fr"><seg>Bonjour</seg></tuv></tu></body></tmx>'
    )
    with pytest.raises(InvalidInput, match=r"fr\.tmx has no Chinese or English segments"):
        read_file(_write(tmp_path, "fr.tmx", tmx))
