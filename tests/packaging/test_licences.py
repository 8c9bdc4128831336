"""Licences read from real package metadata files (dist-info folders made in tmp_path)."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import pytest

from desktop.licences import licence_of, parse_dictionary_header


def _dist(tmp_path: Path, lines: list[str]) -> metadata.Distribution:
    info = tmp_path / "pkg-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "\n".join(["Metadata-Version: 2.1", "Name: pkg", "Version: 1.0", *lines]) + "\n\n",
        encoding="utf-8",
    )
    return metadata.PathDistribution(info)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["License-Expression: MIT", "License: BSD"], "MIT"),
        (
            ["License: CC BY-SA 4.0", "Classifier: License :: Other/Proprietary License"],
            "CC BY-SA 4.0",
        ),
        (
            [
                "License: MIT License",
                "        ",
                "        Permission is hereby granted, free of charge, to any person",
                "Classifier: License :: OSI Approved :: MIT License",
            ],
            "MIT License",
        ),
        (
            ["Classifier: License :: OSI Approved :: Apache Software License"],
            "Apache Software License",
        ),
        ([], "not stated"),
    ],
)
def test_licence_of_prefers_the_spdx_expression_then_a_short_field_then_classifiers(
    tmp_path: Path, lines: list[str], expected: str
) -> None:
    assert licence_of(_dist(tmp_path, lines)) == expected


def test_the_dictionary_header_gives_the_credit() -> None:
    header = [
        "# CC-CEDICT",
        "# Published by MDBG",
        "# License:",
        "# Creative Commons Attribution-ShareAlike 4.0 International License",
        "# Referenced works:",
        "# CEDICT - Copyright (C) 1997, 1998 Paul Andrew Denisowski",
        "# https://cc-cedict.org/wiki/",
        "#! entries=122143",
        "#! publisher=MDBG",
        "#! license=https://creativecommons.org/licenses/by-sa/4.0/",
        "#! date=2023-11-07T06:42:16Z",
    ]
    credit = parse_dictionary_header(header)
    assert credit.title == "CC-CEDICT"
    assert credit.licence == "Creative Commons Attribution-ShareAlike 4.0 International License"
    assert credit.licence_url == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert credit.based_on == "CEDICT - Copyright (C) 1997, 1998 Paul Andrew Denisowski"
    assert (credit.publisher, credit.date, credit.entries) == ("MDBG", "2023-11-07", 122143)
    assert credit.home == "https://cc-cedict.org/wiki/"
