"""CC-CEDICT lookups keep every reading and gloss."""

from __future__ import annotations

import errno
import gzip
import os
import pickle
import re
import time
from array import array
from pathlib import Path
from typing import BinaryIO

import pytest

from duiyi import cedict


def test_every_reading_is_kept() -> None:
    assert {"hang2", "xing2"} <= set(cedict.readings("行"))


def test_traditional_and_simplified_keys() -> None:
    assert cedict.glosses("網絡") == cedict.glosses("网络")
    assert cedict.has_word("网络") and not cedict.has_word("网络网络网络")


def test_translates_ignores_case_and_notes() -> None:
    assert cedict.translates("网络", "Network")
    assert cedict.translates("基础设施", "infrastructure")
    assert not cedict.translates("基础设施", "cooperation")


def test_gloss_words_drop_function_words() -> None:
    words = cedict.gloss_words("合作")
    assert "cooperate" in words or "cooperation" in words
    assert "to" not in words and "the" not in words


def test_clean_gloss() -> None:
    assert cedict.clean_gloss("to cooperate (with sb)") == "cooperate"
    assert cedict.clean_gloss("CL:個|个[ge4]") == ""


def test_senses_split_combined_glosses() -> None:
    senses = cedict.senses("建设")
    assert "to build" in senses and "to construct" in senses
    assert all(";" not in s for s in senses)


def test_sense_sharers_count_the_words_giving_a_sense() -> None:
    assert cedict.sense_sharers("Glove Puppet") == 2
    assert cedict.sense_sharers("puppet") == 5
    assert cedict.sense_sharers("idea") == 17


def test_counted_words_have_a_classifier() -> None:
    assert cedict.counted("茶壶")
    assert not cedict.counted("理念")


def test_a_damaged_verb_cache_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cedict, "_cache_folder", lambda: tmp_path / "duiyi")
    monkeypatch.setattr(cedict, "_verbs", None)
    cache = cedict._cache_file(cedict._source_path(), "cedict-verbs", cedict._verb_recipe())
    assert cache is not None and cache.parent == tmp_path / "duiyi"
    cache.parent.mkdir()
    cache.write_bytes(pickle.dumps({"row": 1, "ride": 1})[:9])  # cut off mid-write
    built = cedict._verbs_glossed(cedict._dictionary().lines)
    assert cedict.english_verbs() == built
    assert pickle.loads(cache.read_bytes()) == dict.fromkeys(built, 1)


def test_the_verb_cache_is_read_when_sound(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cedict, "_cache_folder", lambda: tmp_path / "duiyi")
    monkeypatch.setattr(cedict, "_verbs", None)
    cache = cedict._cache_file(cedict._source_path(), "cedict-verbs", cedict._verb_recipe())
    assert cache is not None
    cache.parent.mkdir()
    cache.write_bytes(pickle.dumps({"zzverb": 1}))
    assert cedict.english_verbs() == frozenset({"zzverb"})


_LINES = (
    "網絡 网络 [wang3 luo4] /network/Internet/\n"
    "行 行 [hang2] /row/line/\n"
    "行 行 [xing2] /to walk/OK/\n"
)


def _small_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A three-line CC-CEDICT, cached under tmp_path."""
    source = tmp_path / "cedict.txt.gz"
    source.write_bytes(gzip.compress(_LINES.encode("utf-8")))
    monkeypatch.setattr(cedict, "_cache_folder", lambda: tmp_path / "cache" / "duiyi")
    monkeypatch.setattr(cedict, "_source_path", lambda: source)
    cache = cedict._cache_file(source)
    assert cache is not None and cache.parent == tmp_path / "cache" / "duiyi"
    return cache


def _contents(found: cedict._Dictionary) -> dict[str, tuple[cedict.Entry, ...]]:
    return {word: found.get(word) for word in ("网络", "網絡", "行", "网")}


def test_the_dictionary_reads_back_what_it_cached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = _small_source(tmp_path, monkeypatch)
    built = cedict._load()
    assert built.words == ["網絡", "网络", "行"]  # by code point
    assert built.joined("行") == "行 行 [hang2] /row/line/\n行 行 [xing2] /to walk/OK/"
    assert built.joined("网") == ""
    assert built.lines == cedict._parse(tmp_path / "cedict.txt.gz")
    assert _contents(cedict._load()) == _contents(built)
    assert pickle.loads(cache.read_bytes()) == built.stored()


@pytest.mark.parametrize(
    "damage",
    [
        pickle.dumps({"words": "x", "text": b""})[:20],  # cut off mid-write
        pickle.dumps({"网络": "網絡 网络 [wang3 luo4] /net/"}),  # the older format
        pickle.dumps({"words": "行\n网络", "text": b"", "bounds": b"\x00" * 8}),  # too few
        pickle.dumps({"words": "行\n网络"}).replace("网".encode(), b"\xff\xfe\xff"),  # bad UTF-8
    ],
    ids=["cut off", "older format", "bounds missing", "words not UTF-8"],
)
def test_a_damaged_dictionary_cache_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: bytes
) -> None:
    cache = _small_source(tmp_path, monkeypatch)
    expected = _contents(cedict._Dictionary.of_lines(cedict._parse(tmp_path / "cedict.txt.gz")))
    cache.parent.mkdir(parents=True)
    cache.write_bytes(damage)
    assert _contents(cedict._load()) == expected
    assert _contents(cedict._Dictionary.of_stored(pickle.loads(cache.read_bytes()))) == expected


def test_a_sound_dictionary_cache_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = _small_source(tmp_path, monkeypatch)
    other = cedict._Dictionary.of_lines({"网": "網 网 [wang3] /net/"})
    cache.parent.mkdir(parents=True)
    cache.write_bytes(pickle.dumps(other.stored()))
    assert cedict._load().words == ["网"]


def test_the_verb_cache_is_named_by_its_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    source = cedict._source_path()
    before = cedict._cache_file(source, "cedict-verbs", cedict._verb_recipe())
    monkeypatch.setattr(cedict, "_VERB_GLOSS", re.compile(r"/to ([a-z]+)(?=/)"))
    after = cedict._cache_file(source, "cedict-verbs", cedict._verb_recipe())
    assert before is not None and after is not None
    assert before != after
    assert before.name.split("-")[:3] == after.name.split("-")[:3] == ["cedict", "verbs", "v1"]


def _damaged(part: str) -> dict[str, object]:
    """The small dictionary's stored form with one part damaged as a disk might damage it."""
    net, row, walk = _LINES.splitlines()
    found = cedict._Dictionary.of_lines({"網絡": net, "网络": net, "行": row + "\n" + walk})
    stored = found.stored()
    if part == "bounds zeroed":
        stored["bounds"] = bytes(len(found.bounds.tobytes()))
    elif part == "text zeroed":
        text = found.text
        stored["text"] = text[:10] + bytes(8) + text[18:]
    elif part == "byte flipped":
        text = bytearray(found.text)
        text[3] ^= 0x40
        stored["text"] = bytes(text)
    return stored


@pytest.mark.parametrize("part", ["bounds zeroed", "text zeroed", "byte flipped"])
def test_a_dictionary_cache_damaged_on_disk_is_refused(part: str) -> None:
    assert cedict._Dictionary.of_stored(_damaged(part)) is None


def _bounded(numbers: list[int]) -> dict[str, object]:
    """A stored two-word dictionary with these bounds and a checksum that matches them."""
    words, text, bounds = "行\n网络", b"\xe8\xa1\x8c", array("I", numbers).tobytes()
    check = cedict._checksum(words, text, bounds)
    return {"words": words, "text": text, "bounds": bounds, "check": check}


@pytest.mark.parametrize(
    "numbers", [[0, 3, 3, 1_000_000_000], [0, 3, 3, 2]], ids=["past the end", "backwards"]
)
def test_a_dictionary_cache_with_bounds_out_of_its_text_is_refused(numbers: list[int]) -> None:
    assert cedict._Dictionary.of_stored(_bounded([0, 3, 0, 3])) is not None
    assert cedict._Dictionary.of_stored(_bounded(numbers)) is None


def test_a_damaged_dictionary_cache_on_disk_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = _small_source(tmp_path, monkeypatch)
    cache.parent.mkdir(parents=True)
    cache.write_bytes(pickle.dumps(_damaged("bounds zeroed")))
    assert cedict._load().joined("行") == "行 行 [hang2] /row/line/\n行 行 [xing2] /to walk/OK/"
    assert pickle.loads(cache.read_bytes()) == cedict._load().stored()


def test_a_failed_write_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = _small_source(tmp_path, monkeypatch)

    def half_written(data: object, handle: BinaryIO, protocol: int) -> None:
        handle.write(b"\x80\x05half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(cedict.pickle, "dump", half_written)
    assert cedict._load().words == ["網絡", "网络", "行"]
    assert sorted(p.name for p in cache.parent.iterdir()) == []


def test_a_store_deletes_other_versions_unused_for_a_week(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = _small_source(tmp_path, monkeypatch)
    folder = cache.parent
    folder.mkdir(parents=True)
    old = time.time() - 8 * 24 * 3600
    names = [
        "cedict-v3-3817593-1796682021.pickle",  # an older version, unused: deleted
        "cedict-v4-3817593-1796682150.pickle",  # another install's, in use: kept
        "cedict-v4-3817593-1796682164.pickle",  # read just now (below): kept
        "cedict-v4-3817593-1796682021.4242.tmp",  # a killed process's temporary: deleted
        "cedict-verbs-v1-3817593-1796682021.pickle",  # another kind: kept
        "notes.txt",
    ]
    for name in names:
        (folder / name).write_bytes(pickle.dumps({"x": 1}))
        os.utime(folder / name, (old, old))
    os.utime(folder / names[1])
    assert cedict._cached(folder / names[2]) == {"x": 1}
    cedict._load()
    kept = [cache.name, names[1], names[2], *names[4:]]
    assert sorted(p.name for p in folder.iterdir()) == sorted(kept)
