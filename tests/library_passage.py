"""A made-up passage about a town library, in Chinese and English, for the reader and cleaner
tests that write it in the shapes users bring (wrapped lines, Word, web pages, notes)."""

from __future__ import annotations

import textwrap

ZH_1 = "这座小镇的图书馆建于一百多年前，如今已经成为居民读书、聊天和学习的公共空间。"
EN_1 = (
    "The town library was built more than a century ago and has become a public space "
    "where residents read, talk and learn together."
)
ZH_2 = "每逢周末，志愿者会为孩子们举办故事会，并教老人使用手机查阅电子书。"
EN_2 = (
    "Every weekend volunteers hold story hours for children and teach older people how to "
    "find electronic books on their phones."
)
ZH = ZH_1 + ZH_2
"""The first paragraph: its two sentences."""
EN = f"{EN_1} {EN_2}"

SCHOOLS_ZH = "图书馆还与附近的学校合作，把阅读课搬进了阅览室，让学生在书架之间上课。"
"""A second, shorter paragraph."""
SCHOOLS_EN = (
    "The library also works with nearby schools, moving reading classes into its reading room "
    "so that students have their lessons among the shelves."
)
SCHOOLS_HOME_ZH = SCHOOLS_ZH.removesuffix("。") + "，也借书回家。"
"""The second paragraph with one more clause (three wrapped Chinese lines, not two)."""
SCHOOLS_HOME_EN = SCHOOLS_EN.removesuffix(".") + " and take books home."


def wrapped(text: str) -> list[str]:
    """Chinese cut every 20 characters, English wrapped at 50 columns."""
    if " " not in text:
        return [text[i : i + 20] for i in range(0, len(text), 20)]
    return textwrap.wrap(text, 50)
