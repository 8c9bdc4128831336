"""Any bytes at all: a SourceText or a DuiyiError, never another exception."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from duiyi.document import SourceText
from duiyi.errors import DuiyiError
from duiyi.read import read_file, read_pasted

_FRAGMENTS = st.sampled_from(
    [
        "数字鸿沟 digital divide\n",
        "三、实践路径\n",
        "<p>",
        "</p>",
        "<br>",
        "<script>",
        "<!--",
        "<html>",
        "<tmx",
        "\ufeff",
        "\r\n",
        "<meta charset=gb2312>",
        "1. ",
        "（",
        "）",
        "[",
        "]",
        ":",
    ]
)
_TEXTISH = st.lists(st.one_of(_FRAGMENTS, st.text(max_size=20)), max_size=12).map("".join)
_BYTES = st.one_of(
    st.binary(max_size=400),
    _TEXTISH.map(lambda t: t.encode("utf-8")),
    _TEXTISH.map(lambda t: t.encode("gb18030", "replace")),
    _TEXTISH.map(lambda t: t.encode("utf-16")),
)


def _check(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    try:
        source = read_file(path)
    except DuiyiError as error:
        assert str(error)
    else:
        assert isinstance(source, SourceText)
        assert source.blocks or source.glossary


@pytest.mark.parametrize("suffix", [".txt", ".html"])
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=_BYTES)
def test_any_bytes_read_or_fail_cleanly(
    tmp_path_factory: pytest.TempPathFactory, suffix: str, data: bytes
) -> None:
    folder = tmp_path_factory.getbasetemp() / "fuzz"
    folder.mkdir(exist_ok=True)
    _check(folder / f"input{suffix}", data)


@settings(max_examples=200, deadline=None)
@given(text=_TEXTISH)
def test_any_paste_reads_or_fails_cleanly(text: str) -> None:
    try:
        source = read_pasted(text)
    except DuiyiError as error:
        assert str(error)
    else:
        assert source.blocks or source.glossary
