"""Script helpers: Han vs Latin by count, simplified vs traditional by OpenCC's tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from duiyi.script import (
    block_language,
    han_ratio,
    is_traditional,
    latin_ratio,
    to_simplified,
    to_traditional,
)


def test_ratios_ignore_digits_punctuation_and_urls() -> None:
    text = "联合国2030年议程。https://www.en84.com/8034.html"
    assert han_ratio(text) == 1.0
    assert latin_ratio(text) == 0.0
    assert han_ratio("UN, 2030!") == 0.0
    assert latin_ratio("UN, 2030!") == 1.0
    assert han_ratio("12, 34.") == 0.0 and latin_ratio("") == 0.0


def test_ratios_count_other_scripts_as_letters() -> None:
    assert han_ratio("Мир 和平") == pytest.approx(2 / 5)
    assert latin_ratio("Мир peace") == pytest.approx(5 / 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("三、实践路径", "zh"),
        ("Path to Realization", "en"),
        ("机器翻译（MT）和地理信息系统（GIS）", "zh"),
        ("Path to Realization文章源自英文巴士-https://www.en84.com/8034.html", None),
        (
            "Accelerating the building of global Internet infrastructure for greater"
            " connectivity.文章源自英文巴士",
            "en",
        ),
        ("數位鴻溝", "zh"),
        ("数字鸿沟 digital divide", None),
        ("我们提出了“一带一路”倡议（Belt and Road Initiative）。", "zh"),
        ("the idea of a shared future (命运共同体) in cyberspace", "en"),
        ("数字鸿沟（digital divide）", "zh"),
        ("2030 — 42%", None),
        ("", None),
    ],
)
def test_block_language(text: str, expected: str | None) -> None:
    assert block_language(text) == expected


def test_seed_paragraphs_get_their_language(seed_path: Path) -> None:
    lines = [line for line in seed_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    undecided = [line for line in lines if block_language(line) is None]
    # Only the heading with the watermark glued on mixes the scripts evenly.
    assert [line[:19] for line in undecided] == ["Path to Realization"]
    assert sum(block_language(line) == "en" for line in lines) >= 13
    assert block_language("加快全球网络基础设施建设,促进互联互通。文章源自英文巴士") == "zh"


def test_traditional_round_trip(seed_path: Path) -> None:
    simplified = seed_path.read_text(encoding="utf-8")
    traditional = to_traditional(simplified)
    assert traditional != simplified
    assert "實踐路徑" in traditional
    assert is_traditional(traditional)
    assert not is_traditional(simplified)
    assert to_simplified(traditional) == simplified


def test_conversion_leaves_other_text_alone() -> None:
    assert to_simplified("網絡空間 cyberspace 2030") == "网络空间 cyberspace 2030"
    assert to_traditional("No Chinese here.") == "No Chinese here."
    assert to_simplified("已经是简体") == "已经是简体"
    assert not is_traditional("English only")
