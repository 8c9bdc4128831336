"""Lines that hold a Chinese unit and its English with no sentence end between them: pipe-table
rows saved as text, bullets run together on one line, PDF chunks with a heading or a sentence
glued to its translation. Each is cut into its units, so the text aligns pair by pair; Latin
words inside a Chinese sentence stay in it."""

from __future__ import annotations

import pytest

from duiyi.clean import remove_markup
from duiyi.clean.bilingual import split_languages
from duiyi.document import TextBlock
from duiyi.pipeline import align_pasted


def _pairs(text: str) -> list[tuple[str, str]]:
    doc = align_pasted(text)
    return [(p.zh, p.en) for p in doc.pairs if p.kind != "sentence"]


def _removed(text: str) -> list[tuple[str, int]]:
    return [(r.key, r.count) for r in align_pasted(text).removed]


# Pipe tables saved as text

TRAILING_PIPES = (
    "春天来了，河水解冻。 | Spring has come and the river has thawed. | |\n"
    "农民开始在田里播种。 | Farmers have begun sowing in the fields. | |\n"
    "孩子们在河边放风筝。 | Children fly kites by the river. | |"
)


def test_rows_that_lost_their_leading_pipe_are_paired_cell_by_cell() -> None:
    assert _pairs(TRAILING_PIPES) == [
        ("春天来了，河水解冻。", "Spring has come and the river has thawed."),
        ("农民开始在田里播种。", "Farmers have begun sowing in the fields."),
        ("孩子们在河边放风筝。", "Children fly kites by the river."),
    ]
    assert _removed(TRAILING_PIPES) == [("markdown-table", 3)]


def test_rows_with_only_a_leading_pipe_are_rows_too() -> None:
    text = (
        "| 春天来了，河水解冻。 | Spring has come and the river has thawed.\n"
        "| 农民开始在田里播种。 | Farmers have begun sowing in the fields."
    )
    assert _pairs(text) == [
        ("春天来了，河水解冻。", "Spring has come and the river has thawed."),
        ("农民开始在田里播种。", "Farmers have begun sowing in the fields."),
    ]


def test_a_row_cut_short_after_rows_with_edge_pipes_is_still_a_row() -> None:
    text = (
        "山里下了第一场雪。 | The first snow fell in the hills. | |\n"
        "牧民把羊群赶回了村子。 | Herders drove their sheep back to the village."
    )
    assert _pairs(text) == [
        ("山里下了第一场雪。", "The first snow fell in the hills."),
        ("牧民把羊群赶回了村子。", "Herders drove their sheep back to the village."),
    ]


def test_rows_under_a_rule_need_no_edge_pipes_and_the_header_is_dropped() -> None:
    text = (
        "中文 | English\n"
        "---|---\n"
        "山路很陡，车开得很慢。 | The mountain road is steep, so cars drive slowly.\n"
        "村里有一口很老的井。 | The village has a very old well."
    )
    assert _pairs(text) == [
        ("山路很陡，车开得很慢。", "The mountain road is steep, so cars drive slowly."),
        ("村里有一口很老的井。", "The village has a very old well."),
    ]


def test_a_title_with_one_pipe_is_not_a_table() -> None:
    kept, removed = remove_markup([TextBlock("周末读物 | 城市与河流\n城市 |")])
    assert [b.text for b in kept] == ["周末读物 | 城市与河流\n城市 |"]
    assert removed == ()


def test_kept_tables_leave_rows_without_edge_pipes_whole() -> None:
    text = "山里下了第一场雪。 | The first snow fell in the hills. | |"
    kept, removed = remove_markup([TextBlock(text)], keep={"markdown-table"})
    assert [b.text for b in kept] == [text]
    assert removed == ()


# Bullets run together on one line

BULLETS = (
    "➤ 小麦产量增长3%Wheat output rose 3 percent."
    "➤ 铁路里程Railway mileage"
    "➤ 出口总额total value of exports"
)


def test_bullets_run_together_become_one_pair_per_item() -> None:
    assert _pairs(BULLETS) == [
        ("小麦产量增长3%", "Wheat output rose 3 percent."),
        ("铁路里程", "Railway mileage"),
        ("出口总额", "total value of exports"),
    ]
    assert _removed(BULLETS) == [("list-marks", 3)]


def test_items_with_two_units_and_a_number_opening_the_english_are_cut() -> None:
    text = (
        "★ 森林覆盖率Forest coverage★ 人均收入per capita income\n"
        "■ 新建学校120所120 new schools were built.病床增加了一成Hospital beds rose by a tenth."
    )
    assert _pairs(text) == [
        ("森林覆盖率", "Forest coverage"),
        ("人均收入", "per capita income"),
        ("新建学校120所", "120 new schools were built."),
        ("病床增加了一成", "Hospital beds rose by a tenth."),
    ]


def test_bullets_kept_by_the_user_leave_the_line_whole() -> None:
    kept, removed = remove_markup([TextBlock(BULLETS)], keep={"list-marks"})
    assert [b.text for b in kept] == [BULLETS]
    assert removed == ()


def test_a_rating_and_a_single_bullet_do_not_cut_a_line() -> None:
    kept, _ = remove_markup([TextBlock("★★★ 很好的一本书\n➤ 铁路里程Railway mileage")])
    assert [b.text for b in kept] == ["★★★ 很好的一本书\n➤ 铁路里程Railway mileage"]


# PDF chunks: headings and sentences glued to their English


def test_a_pdf_chunk_is_cut_into_its_units() -> None:
    text = (
        "1、年度预算报告ANNUAL REPORT ON THE CITY BUDGET各位来宾:Dear Guests,"
        "今天我们讨论新的预算计划,请提出意见。"
        "Today we discuss the new budget plan."
    )
    assert _pairs(text) == [
        ("1、年度预算报告", "ANNUAL REPORT ON THE CITY BUDGET"),
        ("各位来宾:", "Dear Guests,"),
        (
            "今天我们讨论新的预算计划,请提出意见。",
            "Today we discuss the new budget plan.",
        ),
    ]


def test_units_before_a_sentence_end_are_cut_when_the_chunk_ends_in_english() -> None:
    chunk = (
        "1、年度预算报告ANNUAL BUDGET REPORT各位来宾:Dear Guests,"
        "今天我们在市政府大楼召开会议,讨论新一年的预算计划和城市建设的主要任务,请各位来宾提出意见。"
        "On behalf of the council,"
    )
    assert split_languages(chunk) == [
        "1、年度预算报告",
        "ANNUAL BUDGET REPORT",
        "各位来宾:",
        "Dear Guests,",
        "今天我们在市政府大楼召开会议,讨论新一年的预算计划和城市建设的主要任务,请各位来宾提出意见。",
        "On behalf of the council,",
    ]


def test_a_numbered_heading_glued_to_its_english_and_the_text_after() -> None:
    assert split_languages(
        "二、今年的主要任务II. Main Tasks for This Year今年要做好三件事,第一是修路。"
    ) == ["二、今年的主要任务", "II. Main Tasks for This Year", "今年要做好三件事,第一是修路。"]
    assert split_languages("三、治理目标Governance Goals") == ["三、治理目标", "Governance Goals"]


def test_a_heading_glued_to_its_english_is_cut_whatever_english_stands_beside_it() -> None:
    beside = (
        "In the past year the economy grew quickly, and more people found work in the towns "
        "and cities than in any year before."
    )
    line = "三、过去一年的工作III. Review of the Past Year去年经济增长很快,城镇就业人数创了新高。"
    assert split_languages(line, [beside]) == [
        "三、过去一年的工作",
        "III. Review of the Past Year",
        "去年经济增长很快,城镇就业人数创了新高。",
    ]


def test_digits_glued_to_a_heading_in_capitals_begin_the_chinese() -> None:
    assert split_languages("年度报告ANNUAL REPORT OF THE CITY2019年5月Delivered in May, 2019") == [
        "年度报告",
        "ANNUAL REPORT OF THE CITY",
        "2019年5月",
        "Delivered in May, 2019",
    ]


def test_a_mixed_heading_after_a_split_line_stays_apart_from_the_english_before_it() -> None:
    text = (
        "1.河水很清。The river water is clear and cold in spring.\n"
        "二、山区发展Mountain Development\n"
        "山区的道路越修越多。More and more roads are built in the mountains."
    )
    assert _pairs(text) == [
        ("1.河水很清。", "The river water is clear and cold in spring."),
        ("二、山区发展", "Mountain Development"),
        ("山区的道路越修越多。", "More and more roads are built in the mountains."),
    ]


# What is not cut


def test_latin_words_inside_chinese_sentences_stay_in_them() -> None:
    text = (
        "我们和ICT公司合作开发了新系统。\nWe worked with ICT firms on a new system.\n"
        "他们使用GDP核算经济增长。\nThey use GDP to measure growth.\n"
        "新的5G网络已经覆盖全市。\nThe new 5G network covers the city.\n"
        "我买了一部iPhone手机。\nI bought an iPhone."
    )
    assert _pairs(text) == [
        ("我们和ICT公司合作开发了新系统。", "We worked with ICT firms on a new system."),
        ("他们使用GDP核算经济增长。", "They use GDP to measure growth."),
        ("新的5G网络已经覆盖全市。", "The new 5G network covers the city."),
        ("我买了一部iPhone手机。", "I bought an iPhone."),
    ]


def test_a_line_that_cannot_be_cut_is_not_glued_to_the_english_before_it() -> None:
    text = (
        "1.河水很清。The river water is clear and cold in spring.\n"
        "他在New York City工作了十年。\n"
        "He worked in New York City for ten years."
    )
    assert _pairs(text) == [
        ("1.河水很清。", "The river water is clear and cold in spring."),
        ("他在New York City工作了十年。", "He worked in New York City for ten years."),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "联合国和ICT合作",
        "使用GDP核算",
        "5G网络",
        "iPhone手机",
        "联合国和ICT WTO合作",
        "使用GDP 2023核算",
        "我最喜欢的电影是Star Wars",
        "我最喜欢的演员一直都是Tom Hanks.",
        "他在New York City工作了十年",
        "他读了The Old Man and the Sea这本书",
        "我们将使用 machine learning and deep networks 来分析数据",
        "今年我们的目标是 2 percent growth",
        "我们将使用Machine Learning来分析数据",
        "我们称之为Belt and Road Initiative,它是一个倡议。",
        "他说：“I love you.”然后离开了。",
    ],
)
def test_phrases_names_and_quotations_inside_a_chinese_sentence_are_not_units(line: str) -> None:
    assert split_languages(line) == [line]


def test_a_sentence_with_an_english_phrase_translated_beside_it_is_not_cut() -> None:
    line = "我最喜欢的书是Harry Potter and the Goblet of Fire"
    beside = "My favourite book is Harry Potter and the Goblet of Fire."
    assert split_languages(line, [beside]) == [line]
    assert split_languages(line) == ["我最喜欢的书是", "Harry Potter and the Goblet of Fire"]


def test_english_with_one_chinese_word_stays_one_sentence() -> None:
    assert _pairs("We ate 饺子 at the festival with our family.\n我们和家人在节日里吃了饺子。") == [
        ("我们和家人在节日里吃了饺子。", "We ate 饺子 at the festival with our family.")
    ]


def test_english_then_chinese_sentences_in_one_paragraph_still_pair() -> None:
    text = (
        "The bridge opened in May. 大桥在五月通车。"
        "Traffic has doubled since then. 此后车流量翻了一番。"
    )
    assert _pairs(text) == [
        ("大桥在五月通车。", "The bridge opened in May."),
        ("此后车流量翻了一番。", "Traffic has doubled since then."),
    ]


# Chunk numbers a document site put into a PDF's text

CHUNKS = (
    "1、城市简介CITY PROFILE河流穿城而过,两岸是古老的街道,欢迎大家来参观。"
    "The river runs through the town, and old streets line\n\n"
    "2、both of its banks, and everyone is welcome to visit\n\n"
    "3、.二、交通Public Transport城里有三条公交线路。Three bus lines serve the town."
)


def test_chunk_numbers_that_cut_a_sentence_are_removed_and_reported() -> None:
    doc = align_pasted(CHUNKS)
    assert [(p.zh, p.en) for p in doc.pairs if p.kind != "sentence"] == [
        ("1、城市简介", "CITY PROFILE"),
        (
            "河流穿城而过,两岸是古老的街道,欢迎大家来参观。",
            "The river runs through the town, and old streets line both of its banks, "
            "and everyone is welcome to visit.",
        ),
        ("二、交通", "Public Transport"),
        ("城里有三条公交线路。", "Three bus lines serve the town."),
    ]
    assert [(r.key, r.count, r.examples) for r in doc.removed] == [
        ("chunk-number", 2, ("2、", "3、"))
    ]


def test_chunk_numbers_kept_by_the_user_stay() -> None:
    doc = align_pasted(CHUNKS, keep={"chunk-number"})
    assert [p.en for p in doc.pairs if p.kind != "sentence" and p.en.startswith("2、")] == [
        "2、both of its banks, and everyone is welcome to visit"
    ]
    assert doc.removed == ()


def test_numbers_of_a_list_of_whole_sentences_are_not_chunk_numbers() -> None:
    text = (
        "1、Read the text aloud.\n\n2、Answer the questions below.\n\n"
        "1、朗读课文。\n\n2、回答下面的问题。"
    )
    assert _pairs(text) == [
        ("1、朗读课文。", "1、Read the text aloud."),
        ("2、回答下面的问题。", "2、Answer the questions below."),
    ]


# What the cuts must leave whole: names in numbered items, capitals inside a clause, list
# numbers, pipes inside sentences and stars that rate

PARK = "我们周末去公园散步。\nWe walked in the park at the weekend.\n\n"


def test_a_name_inside_a_numbered_chinese_item_stays_in_it() -> None:
    line = "2、下载Mozilla Firefox后打开设置"
    assert split_languages(line) == [line]
    assert _pairs(PARK + line) == [
        ("我们周末去公园散步。", "We walked in the park at the weekend."),
        ("2、下载Mozilla Firefox后打开设置", ""),
    ]


def test_a_numbered_item_with_a_name_and_its_translation_beside_it_is_one_pair() -> None:
    text = PARK + "4、通过Adobe Reader打开文件\n4. Open the file with Adobe Reader"
    assert _pairs(text) == [
        ("我们周末去公园散步。", "We walked in the park at the weekend."),
        ("4、通过Adobe Reader打开文件", "4. Open the file with Adobe Reader"),
    ]


def test_capitals_with_chinese_glued_after_them_stay_in_the_sentence() -> None:
    line = "编辑完成后请点击SUBMIT FORM按钮提交。"
    assert split_languages(line) == [line]
    text = (
        f"{line}\nWhen you finish editing, click the SUBMIT FORM button to submit.\n\n"
        "门口的牌子上写着STAFF ONLY字样。\nThe sign at the door says STAFF ONLY."
    )
    assert _pairs(text) == [
        (line, "When you finish editing, click the SUBMIT FORM button to submit."),
        ("门口的牌子上写着STAFF ONLY字样。", "The sign at the door says STAFF ONLY."),
    ]


def test_numbers_of_english_items_that_start_sentences_stay() -> None:
    text = (
        "常用短语\n\n1、Good morning.\n早上好。\n\n2、See you later\n回头见\n\n"
        "3、Thank you very much.\n非常感谢。"
    )
    doc = align_pasted(text)
    assert [(p.zh, p.en) for p in doc.pairs if p.kind != "sentence"] == [
        ("常用短语", ""),
        ("早上好。", "1、Good morning."),
        ("回头见", "2、See you later"),
        ("非常感谢。", "3、Thank you very much."),
    ]
    assert doc.removed == ()


def test_numbers_running_on_from_item_to_item_are_a_list_in_lower_case_too() -> None:
    doc = align_pasted("水果\n\n1、apple\n苹果\n\n2、banana\n香蕉\n\n3、cherry\n樱桃")
    assert [(p.zh, p.en) for p in doc.pairs if p.kind != "sentence"] == [
        ("水果", ""),
        ("苹果", "1、apple"),
        ("香蕉", "2、banana"),
        ("樱桃", "3、cherry"),
    ]
    assert doc.removed == ()


def test_a_pipe_inside_a_sentence_after_a_table_ends_the_table() -> None:
    text = (
        "| 中文 | English |\n|---|---|\n| 天气 | weather |\n"
        "注：用 sort x|y 排序。\nNote: use sort x|y to sort."
    )
    doc = align_pasted(text)
    assert [(p.zh, p.en) for p in doc.pairs if p.kind != "sentence"] == [
        ("天气", "weather"),
        ("注：用 sort x|y 排序。", "Note: use sort x|y to sort."),
    ]
    assert [(r.key, r.count) for r in doc.removed] == [("markdown-table", 3)]


def test_pipes_around_a_term_are_no_table_row() -> None:
    text = "|z| 是复数z的模。\n|z| is the modulus of the complex number z."
    assert _pairs(text) == [("|z| 是复数z的模。", "|z| is the modulus of the complex number z.")]
    assert _removed(text) == []


def test_a_star_inside_a_sentence_is_a_rating_not_a_bullet() -> None:
    text = (
        "★ 推荐：江边的五★民宿，环境安静。\n"
        "★ Recommended: a five-star guesthouse by the river, quiet."
    )
    doc = align_pasted(text)
    assert [(p.zh, p.en) for p in doc.pairs if p.kind != "sentence"] == [
        (
            "推荐：江边的五★民宿，环境安静。",
            "Recommended: a five-star guesthouse by the river, quiet.",
        )
    ]
    assert [(r.key, r.count, r.reason) for r in doc.removed] == [
        ("list-marks", 2, "bullets before list items (- + * • ■ ➤ ★ and the like)")
    ]


def test_spaced_stars_cut_items_and_a_rating_star_at_the_end_stays() -> None:
    text = "★ 优点：交通方便 ★ 评分：三★\n★ Pros: easy to reach ★ Rating: three stars"
    assert _pairs(text) == [
        ("优点：交通方便", "Pros: easy to reach"),
        ("评分：三★", "Rating: three stars"),
    ]


def test_a_star_item_is_not_joined_to_the_item_before_it_as_a_wrapped_line() -> None:
    text = (
        "| 中文 | English |\n|---|---|\n| 天气 | weather |\n"
        "注：在终端里可用 sort x|y 排序。\nNote: use sort x|y in the terminal.\n\n"
        "| 报名方式：见网站\n| Sign-up: see the website\n\n"
        "★ 优点：离车站很近，房间干净 ★ 评分：三★\n"
        "★ Pros: near the station, clean rooms ★ Rating: three stars\n\n"
        "我们住在一家三★旅馆。\nWe stayed at a three-star inn."
    )
    assert _pairs(text) == [
        ("天气", "weather"),
        ("注：在终端里可用 sort x|y 排序。", "Note: use sort x|y in the terminal."),
        ("| 报名方式：见网站", "| Sign-up: see the website"),
        ("优点：离车站很近，房间干净", "Pros: near the station, clean rooms"),
        ("评分：三★", "Rating: three stars"),
        ("我们住在一家三★旅馆。", "We stayed at a three-star inn."),
    ]
