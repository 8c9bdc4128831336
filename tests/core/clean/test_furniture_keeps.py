"""Lines that look a little like page furniture but are text of the article stay: a rule
fires only on a line that is not one of its sentences."""

from __future__ import annotations

from duiyi.clean import remove_boilerplate
from duiyi.document import TextBlock

ZH = "周六，柳湾小镇举办了首届读书节，吸引了附近村庄的许多家庭前来参加。"
EN = "The small town of Willowbend held its first reading festival on Saturday, drawing families."
ZH2 = "周日，小镇的图书馆延长了开放时间，让更多的孩子来读书。"
EN2 = "On Sunday the town library stayed open later for children."


def _clean(lines: list[str]) -> tuple[list[str], list[tuple[str, int]]]:
    kept, removed = remove_boilerplate([TextBlock(line) for line in lines])
    return [b.text for b in kept], [(r.key, r.count) for r in removed]


def test_a_sentence_starting_with_a_notice_word_stays_mid_text() -> None:
    lines = [
        ZH,
        "声明：中方对此表示强烈不满，并已提出严正交涉。",
        "Copyright 2021 was a hard year for publishers, who lost many lawsuits.",
        "Disclaimer: this is what the company said, and nobody believed it.",
        EN,
    ]
    assert _clean(lines) == (lines, [])
    # At an edge too: a sentence that does not speak of the page.
    lines = [ZH, EN, "声明：中方对此表示强烈不满，并已提出严正交涉。"]
    assert _clean(lines) == (lines, [])
    notice = "免责声明：本文内容仅供参考。"
    assert _clean([ZH, EN, notice]) == ([ZH, EN], [("page-notice", 1)])


def test_a_closing_sentence_with_a_notice_or_promotion_phrase_stays() -> None:
    lines = [ZH, EN, "他未经允许就走了。", "He left without permission."]
    assert _clean(lines) == (lines, [])
    lines = [ZH, EN, "Please sign up for the class before the end of the month, said the teacher."]
    assert _clean(lines) == (lines, [])


def test_a_hard_wrapped_sentence_keeps_both_halves() -> None:
    blocks = [
        "One day the boy took the old boat out without permission\nand rowed it to the island.",
        ZH,
        EN,
    ]
    kept, removed = remove_boilerplate([TextBlock(b) for b in blocks])
    assert [b.text for b in kept] == blocks
    assert removed == ()


def test_headings_starting_with_a_share_or_credit_word_stay() -> None:
    lines = [ZH, EN, "分享：我的读书心得", "Share: My Story", "分享到朋友圈以后", "编辑：幕后英雄"]
    lines += ["Section: Methods", ZH2, EN2]
    assert _clean(lines) == (lines, [])


def test_glossary_lines_stay() -> None:
    lines = [ZH, EN, "编辑：Editor", "下载：download", "播放 play", "Like, like, like"]
    lines += ["下载 / Download", "登录 / Log in"]
    assert _clean(lines) == (lines, [])


def test_a_repeated_line_below_the_title_stays() -> None:
    lines = ["送别", "走吧，走吧", "走吧，走吧", "“好”", "“好”", ZH, EN]
    assert _clean(lines) == (lines, [])


def test_a_list_of_dishes_or_names_at_an_edge_stays() -> None:
    lines = ["红烧肉·清蒸鱼·麻婆豆腐·宫保鸡丁", "李白 | 杜甫 | 王维 | 白居易", ZH, EN]
    lines += ["Tom · Jerry · Anna · Bob"]
    assert _clean(lines) == (lines, [])


def test_a_diary_date_heading_and_a_lone_time_stay() -> None:
    lines = ["2023年5月6日 星期六 晴", "7:30", ZH, EN, "7:30"]
    assert _clean(lines) == (lines, [])


def test_a_dated_meeting_and_a_reading_time_stay() -> None:
    lines = ["2023年5月6日 第12次会议", "2023年5月6日 阅读2小时", ZH, EN]
    assert _clean(lines) == (lines, [])


def test_numbered_steps_with_trail_marks_stay() -> None:
    lines = ["学期 1 › 学期 2 › 学期 3", ZH, EN, "Term 1 › Term 2 › Term 3"]
    assert _clean(lines) == (lines, [])


def test_a_chapter_read_yesterday_stays_mid_text() -> None:
    lines = [ZH, "第三章 · 昨天", EN, "第三章 · 昨天"]
    assert _clean(lines) == (lines, [])


def test_credits_at_the_top_of_each_language_go() -> None:
    lines = ["作者：鲁迅", ZH, ZH2, "Author: Lu Xun", EN, EN2]
    assert _clean(lines) == ([lines[1], lines[2], lines[4], lines[5]], [("credit-line", 2)])


def test_a_bracketed_word_before_a_sentence_and_a_place_before_a_title_stay() -> None:
    lines = [
        "【原文】今天天气很好，我们去公园散步。",
        "[Laughter] Thank you all for coming tonight.",
        "Beijing | A City of Old Walls and New Towers",
        ZH,
        EN,
    ]
    assert _clean(lines) == (lines, [])


def test_a_bracketed_column_name_before_a_title_goes() -> None:
    kept, removed = remove_boilerplate([TextBlock("【双语】河畔小镇办起读书节"), TextBlock(ZH)])
    assert [b.text for b in kept] == ["河畔小镇办起读书节", ZH]
    assert [(r.key, r.reason, r.examples) for r in removed] == [
        ("column-label", "label before a title", ("【双语】",))
    ]
