"""XLIFF files whose language attributes are missing or wrong: the text decides which side
is Chinese."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.main import main
from duiyi.read import read_file

UNITS_12 = """
      <trans-unit id="1"><source>We must bridge the digital divide.</source>
        <target>我们必须弥合数字鸿沟。</target></trans-unit>
      <trans-unit id="2"><source>Cyberspace is the common home of humanity.</source>
        <target>网络空间是人类共同的家园。</target></trans-unit>
      <trans-unit id="3"><source>Untranslated line.</source></trans-unit>"""


def _xliff_12(file_attributes: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
        f'  <file original="a.txt" datatype="plaintext" {file_attributes}><body>{UNITS_12}\n'
        "  </body></file>\n</xliff>\n"
    )


def _xliff_20(attributes: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" {attributes}>\n'
        '  <file id="f1"><unit id="u1"><segment><source>数字鸿沟正在扩大。</source>'
        "<target>The digital divide is widening.</target></segment>"
        "<segment><source>我们必须共同应对。</source><target>We must respond together.</target>"
        "</segment></unit></file>\n</xliff>\n"
    )


EXPECTED_12 = [
    (0, "zh", "我们必须弥合数字鸿沟。"),
    (0, "en", "We must bridge the digital divide."),
    (1, "zh", "网络空间是人类共同的家园。"),
    (1, "en", "Cyberspace is the common home of humanity."),
    (2, "en", "Untranslated line."),
]
EXPECTED_20 = [
    (0, "zh", "数字鸿沟正在扩大。我们必须共同应对。"),
    (0, "en", "The digital divide is widening. We must respond together."),
]


@pytest.mark.parametrize(
    "attributes",
    [
        'source-language="en-US"',  # no target-language
        "",  # neither
        'source-language="en" target-language="fr-FR"',  # a template's wrong target
        'source-language="zh-CN" target-language="en"',  # the two swapped
    ],
)
def test_xliff_12_languages_from_the_text(tmp_path: Path, attributes: str) -> None:
    path = tmp_path / "job.xlf"
    path.write_text(_xliff_12(attributes), encoding="utf-8")
    source = read_file(path)
    assert [(b.row, b.lang, b.text) for b in source.blocks] == EXPECTED_12


@pytest.mark.parametrize("attributes", ['srcLang="zh"', 'srcLang="en" trgLang="zh"'])
def test_xliff_20_languages_from_the_text(tmp_path: Path, attributes: str) -> None:
    path = tmp_path / "job.xlf"
    path.write_text(_xliff_20(attributes), encoding="utf-8")
    source = read_file(path)
    assert [(b.row, b.lang, b.text) for b in source.blocks] == EXPECTED_20


def test_importing_an_xliff_without_target_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "job.xlf"
    path.write_text(_xliff_12('source-language="en-US"'), encoding="utf-8")
    db = tmp_path / "c.duiyi"
    assert main(["--db", str(db), "import", str(path)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "show", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[2:4] == [
        "  zh: 我们必须弥合数字鸿沟。",
        "  en: We must bridge the digital divide.",
    ]
    assert lines[5:7] == [
        "  zh: 网络空间是人类共同的家园。",
        "  en: Cyberspace is the common home of humanity.",
    ]
