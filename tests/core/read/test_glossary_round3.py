"""Term lists copied from a PDF with each line holding one entry's English and the next entry's
Chinese, and study notes whose vocabulary rows explain a word in Chinese instead of
translating it."""

from __future__ import annotations

from pathlib import Path

import pytest

from duiyi.clean.vocabulary import take_vocabulary
from duiyi.document import GlossaryEntry, SourceText, TextBlock
from duiyi.read import glossary
from duiyi.read.glossary import explained_term, glossary_of_text, parse_glossary_line
from duiyi.read.shifted import Run, line_runs
from duiyi.read.text import source_from_text
from tests.library_passage import EN_1, EN_2, ZH_1, ZH_2

# Chinese first, the line breaks after each Chinese term: "English 下一个中文".
CHINESE_FIRST = """苹果
 apple 图书馆
 library 火车站
 railway station 医院
 hospital 学校
 school 飞机场
 airport
"""

# English first, the line breaks after each English term: "中文 next English".
ENGLISH_FIRST = """apple
苹果 library
图书馆 railway station
火车站 hospital
医院 school
学校 airport
飞机场
"""

WORDS = [
    ("苹果", "apple"),
    ("图书馆", "library"),
    ("火车站", "railway station"),
    ("医院", "hospital"),
    ("学校", "school"),
    ("飞机场", "airport"),
]


def _pairs(entries: tuple[GlossaryEntry, ...]) -> list[tuple[str, str]]:
    return [(entry.chinese, " / ".join(entry.english)) for entry in entries]


def _read(text: str) -> SourceText:
    return source_from_text(text, name="list.txt", format="txt", encoding="utf-8")


def test_chinese_first_list_pairs_each_chinese_term_with_the_english_after_it() -> None:
    source = _read(CHINESE_FIRST)

    assert source.format == "glossary"
    assert _pairs(source.glossary) == WORDS
    assert source.notes == ()


def test_english_first_list_pairs_each_chinese_term_with_the_english_before_it() -> None:
    source = _read(ENGLISH_FIRST)

    assert source.format == "glossary"
    assert _pairs(source.glossary) == WORDS


def test_list_read_line_by_line_keeps_its_own_pairs() -> None:
    text = "".join(f"{en} {zh}\n" for zh, en in WORDS)

    found = glossary_of_text(text)

    assert found is not None
    assert _pairs(found.entries) == WORDS
    assert found.across_lines is False


def test_lone_chinese_line_after_a_title_line_is_left_out_as_unclear() -> None:
    found = glossary_of_text("词汇表\n" + CHINESE_FIRST)

    assert found is not None
    assert _pairs(found.entries) == WORDS[1:]
    assert found.notes == (
        "Left out 1 row whose English could belong to another term, e.g. line 2: 苹果 / apple.",
    )


def test_doubled_date_digits_and_spaces_in_the_chinese_are_mended() -> None:
    text = CHINESE_FIRST.replace(" airport\n", " airport 2 2022 年 3 3 月 5 5 日\n March 5, 2022\n")

    found = glossary_of_text(text)

    assert found is not None
    assert _pairs(found.entries) == [*WORDS, ("2022年3月5日", "March 5, 2022")]


def test_slot_marks_at_the_ends_of_a_term_are_dropped() -> None:
    text = CHINESE_FIRST.replace(" school 飞机场", " school …回顾").replace(
        " airport", " a review of…"
    )

    found = glossary_of_text(text)

    assert found is not None
    assert _pairs(found.entries) == [*WORDS[:5], ("回顾", "a review of")]


def test_line_runs_give_a_number_before_a_chinese_unit_to_the_chinese() -> None:
    assert line_runs("the State Council 2 2022 年") == [
        Run("en", "the State Council"),
        Run("zh", "2 2022 年"),
    ]
    assert line_runs("on March 5, 2022 国务院") == [
        Run("en", "on March 5, 2022"),
        Run("zh", "国务院"),
    ]


NOTES = f"""# 学习笔记

{ZH_1}

{EN_1}

- **go viral**：指的是一条消息在网上被迅速传播开来（常见于新闻报道）
- **scarcity**：稀缺的意思，名词
- **harvest** 收获

{ZH_2}

{EN_2}
"""


def test_vocabulary_rows_that_explain_are_cut_to_their_term_or_left_out() -> None:
    source = _read(NOTES)

    assert _pairs(source.glossary) == [("稀缺", "scarcity"), ("收获", "harvest")]
    assert source.notes == (
        "Left out 1 vocabulary row whose Chinese explains the word instead of translating it, "
        "e.g. go viral: '指的是一条消息在网上被迅速传播开来…'.",
    )


def test_explained_term_keeps_terms_and_cuts_labels_and_meanings() -> None:
    assert explained_term("数字鸿沟") == "数字鸿沟"
    assert explained_term("稀缺的意思，名词") == "稀缺"
    assert explained_term("稀缺（形容词）") == "稀缺"
    assert explained_term("收获；收成") == "收获"
    assert explained_term("表示") == "表示"
    assert explained_term("形容词") == "形容词"
    assert explained_term("形容词（名词）") == "形容词"
    assert explained_term("表示一种状态") is None
    assert explained_term("指的是一个词被创造出来") is None
    assert explained_term("一个由许多小岛和海湾组成的沿海地区") is None


def test_shifted_list_under_a_long_page_line_is_still_a_glossary() -> None:
    # A site's blurb at the end (a Chinese sentence) and one long rendering read as prose in both
    # languages; the list read across its line breaks is the whole text all the same.
    blurb = "本页整理了常用词汇的中英文对照表，供大家在学习和工作中参考使用，欢迎收藏和转发给朋友。"
    long_en = (
        "the station where the fast trains stop for passengers travelling between the two "
        "largest cities of the region"
    )
    text = CHINESE_FIRST.replace("railway station", long_en) + blurb + "\n"

    source = _read(text)

    assert source.format == "glossary"
    assert _pairs(source.glossary) == [(zh, long_en if zh == "火车站" else en) for zh, en in WORDS]


def test_vocabulary_run_with_an_explained_row_is_taken_as_terms() -> None:
    words = TextBlock("harvest 收获\nscarcity 稀缺的意思，名词\nvolunteer 志愿者")
    blocks = (TextBlock(ZH_1), TextBlock(EN_1), words, TextBlock(ZH_2), TextBlock(EN_2))

    kept, entries = take_vocabulary(blocks)

    assert [block.text for block in kept] == [ZH_1, EN_1, ZH_2, EN_2]
    assert _pairs(entries) == [("收获", "harvest"), ("稀缺", "scarcity"), ("志愿者", "volunteer")]


def test_shifted_list_of_names_is_read_across_lines_by_their_pinyin() -> None:
    text = "张明华\n Zhang Minghua 李春生\n Li Chunsheng 王建国\n Wang Jianguo 赵丽娜\n"
    text += " Zhao Lina 钱学友\n Qian Xueyou\n"

    found = glossary_of_text(text)

    assert found is not None
    assert _pairs(found.entries) == [
        ("张明华", "Zhang Minghua"),
        ("李春生", "Li Chunsheng"),
        ("王建国", "Wang Jianguo"),
        ("赵丽娜", "Zhao Lina"),
        ("钱学友", "Qian Xueyou"),
    ]


def test_shifted_shape_that_no_word_decides_keeps_its_lines_with_a_note() -> None:
    # Invented shop names: no dictionary gloss or pinyin says which English is whose, so the
    # rows are read as written, and the frame of a shifted copy is pointed out.
    text = "蓝鲸宝\n Bluvex 星河坊\n Starloom 云梯客\n Skyrung 墨竹轩\n Inkbamboo Hall 雪松阁\n"
    text += " Cedarhold\n"

    found = glossary_of_text(text)

    assert found is not None
    assert _pairs(found.entries) == [
        ("星河坊", "Bluvex"),
        ("云梯客", "Starloom"),
        ("墨竹轩", "Skyrung"),
        ("雪松阁", "Inkbamboo Hall"),
    ]
    assert found.across_lines is False
    assert found.notes == (
        "Read one pair a line, though the list opens and closes with a line in one language, "
        "as a list copied with each term's English on the next line does: check that the "
        "terms have their own English.",
    )


def test_list_under_a_chinese_title_and_over_an_english_footer_keeps_its_own_pairs() -> None:
    # A title and a footer give it the frame of a shifted copy; the words say it is not one.
    text = "词汇表\n" + "".join(f"{en} {zh}\n" for zh, en in WORDS) + "Source: school handout\n"

    found = glossary_of_text(text)

    assert found is not None
    assert _pairs(found.entries) == WORDS
    assert found.across_lines is False


# Coined words no dictionary glosses, one pair a line, under a title and over a footer: the
# frame of a shifted copy, but the edges are a list's title and footer.
COINED = [
    ("云办公", "cloud working"),
    ("慢生活族", "slow livers"),
    ("打卡地", "check-in spot"),
    ("宅经济", "stay-at-home economy"),
    ("种草", "product seeding"),
    ("拔草", "seed pulling"),
]


@pytest.mark.parametrize(
    ("title", "footer", "english_first"),
    [
        ("Trending words", "来源：课堂笔记", False),
        ("Trending words", "（完）", False),
        ("流行新词", "Source: class notes", True),
    ],
)
def test_list_with_a_title_and_a_footer_keeps_its_own_pairs(
    title: str, footer: str, english_first: bool
) -> None:
    rows = [f"{en} {zh}" if english_first else f"{zh} {en}" for zh, en in COINED]
    text = "\n".join([title, *rows, footer]) + "\n"

    found = glossary_of_text(text)

    assert found is not None
    assert _pairs(found.entries) == COINED
    assert found.notes == ()


def test_titled_list_is_read_without_comparing_readings(monkeypatch: pytest.MonkeyPatch) -> None:
    # Comparing the readings looks every line up in the dictionary (and loads pinyin): a list
    # without the shifted shape does not pay for it.
    def no_lookup(entries: object) -> int:
        raise AssertionError("the readings were compared")

    monkeypatch.setattr(glossary, "dictionary_support", no_lookup)
    plain = "".join(f"{zh} {en}\n" for zh, en in COINED)

    titled = "Trending words\n" + plain
    for text in (plain, titled, titled + "来源：课堂笔记\n", titled + "（完）\n"):
        found = glossary_of_text(text)
        assert found is not None
        assert _pairs(found.entries) == COINED


def test_latin_letters_glued_to_a_chinese_term_stay_with_it() -> None:
    assert line_runs(" ultrasound scan B超") == [
        Run("en", "ultrasound scan"),
        Run("zh", "B超"),
    ]
    assert line_runs("卡拉OK karaoke bar 5G手机") == [
        Run("zh", "卡拉OK"),
        Run("en", "karaoke bar"),
        Run("zh", "5G手机"),
    ]
    text = "铅笔\n pencil U盘\n USB drive 雨伞\n umbrella T恤\n T-shirt 书包\n schoolbag\n"

    found = glossary_of_text(text)

    assert found is not None
    assert _pairs(found.entries) == [
        ("铅笔", "pencil"),
        ("U盘", "USB drive"),
        ("雨伞", "umbrella"),
        ("T恤", "T-shirt"),
        ("书包", "schoolbag"),
    ]
    assert found.across_lines is True


@pytest.mark.parametrize(
    "term",
    [
        "意思表示",
        "意思自治",
        "有意思",
        "不好意思",
        "表示式",
        "表示方法",
        "比如说",
        "用于",
        "中华人民共和国全国人民代表大会常务委员会",
    ],
)
def test_words_holding_an_explaining_marker_are_terms(term: str) -> None:
    assert explained_term(term) == term


@pytest.mark.parametrize(
    ("chinese", "term"),
    [
        ("网络空间命运共同体（名词）", "网络空间命运共同体"),
        ("A股（名词）", "A股"),
        ("5G网络（名词）", "5G网络"),
        ("（简称）人大", "人大"),
        ("T恤的意思", "T恤"),
        ("用来形容人很忙", None),
        ("意为和平", None),
        ("比如苹果和香蕉", None),
        ("一种在年轻人当中很流行的网络用语（名词）", None),
        ("一个在年轻人当中非常流行的网络用语", None),
    ],
)
def test_labels_and_meanings_are_cut_from_terms_of_any_script(
    chinese: str, term: str | None
) -> None:
    assert explained_term(chinese) == term


def test_a_labelled_term_keeps_its_closing_bracket_when_read() -> None:
    assert parse_glossary_line("**A shares** A股（名词）", "en-zh") == GlossaryEntry(
        "A股（名词）", ("A shares",)
    )
    assert parse_glossary_line("people's congress （简称）人大", "en-zh") == GlossaryEntry(
        "（简称）人大", ("people's congress",)
    )


def test_extract_prints_the_vocabulary_rows_it_left_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.main import main

    monkeypatch.delenv("DUIYI_DB", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "data"))
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")

    assert main(["extract", str(notes)]) == 0

    assert capsys.readouterr().err == (
        "duiyi: Left out 1 vocabulary row whose Chinese explains the word instead of "
        "translating it, e.g. go viral: '指的是一条消息在网上被迅速传播开来…'.\n"
        "duiyi: 1 block has no translation and is kept unpaired: [1] '学习笔记'.\n"
    )
