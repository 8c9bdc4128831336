"""Sentence splitting: Chinese punctuation and quotes, English abbreviations and decimals."""

from __future__ import annotations

from duiyi.align.sentalign import align_sentences
from duiyi.align.sentences import split_chinese, split_english


def test_chinese_sentences_end_at_their_punctuation_and_closing_quotes() -> None:
    assert split_chinese("他说：“好。”然后走了。是吗？对；不对!") == [
        "他说：“好。”",
        "然后走了。",
        "是吗？",
        "对；",
        "不对!",
    ]
    assert split_chinese("1.加快建设。促进互通。") == ["1.加快建设。", "促进互通。"]
    assert split_chinese("没有标点的标题") == ["没有标点的标题"]


def test_english_abbreviations_decimals_and_ellipses() -> None:
    text = (
        "The U.S. economy grew 3.5 percent, e.g. in No. 5 district. Mr. Smith said so... "
        "Then he left! Did he? Yes."
    )
    assert split_english(text) == [
        "The U.S. economy grew 3.5 percent, e.g. in No. 5 district.",
        "Mr. Smith said so...",
        "Then he left!",
        "Did he?",
        "Yes.",
    ]
    assert split_english("1. Accelerating growth. Next step.") == [
        "1. Accelerating growth.",
        "Next step.",
    ]
    assert split_english('He said "Stop." Then it ended.') == ['He said "Stop."', "Then it ended."]


def test_numbers_and_acronyms_anchor_the_right_sentences() -> None:
    zh = ["我们在2030年实现目标。", "联合国和ICT合作很重要。", "其他国家也参与。"]
    en = [
        "We will reach the goal by 2030.",
        "Cooperation between the UN and ICT firms matters.",
        "Other countries also take part.",
    ]
    beads = align_sentences(zh, en, 3.5)
    assert [(b.zh_indices, b.en_indices) for b in beads] == [
        ((0,), (0,)),
        ((1,), (1,)),
        ((2,), (2,)),
    ]
    assert all(b.score > 0.4 for b in beads)


def test_a_sentence_without_translation_is_left_alone() -> None:
    zh = [
        "我们要加快发展数字经济，推动产业转型升级，提高全社会的数字素养。",
        "本段由编者根据会议记录整理，个别文字有删节，仅供学习参考。",
        "共同维护网络空间和平与安全。",
    ]
    en = [
        "We should speed up the digital economy, upgrade industries and raise digital literacy "
        "across society.",
        "Together we should uphold peace and security in cyberspace.",
    ]
    beads = align_sentences(zh, en, 3.5)
    assert [(b.zh_indices, b.en_indices) for b in beads] == [
        ((0,), (0,)),
        ((1,), ()),
        ((2,), (1,)),
    ]
    assert all(b.score == 0.0 for b in beads if not b.en_indices or not b.zh_indices)


def test_sentences_with_different_years_are_not_paired() -> None:
    zh = ["2019年，我们启动了这个项目。", "2020年，项目取得了进展。", "2021年，项目全部完成。"]
    en = ["In 2019 we launched the project.", "In 2021 the whole project was finished."]
    beads = align_sentences(zh, en, 3.5)
    # 2020's sentence has no translation: it is left alone, not merged into 2021's pair.
    assert [(b.zh_indices, b.en_indices) for b in beads] == [((0,), (0,)), ((1,), ()), ((2,), (1,))]


def test_an_acronym_vouches_only_for_a_pair_that_shares_it() -> None:
    # The middle sentence's acronyms appear in no English sentence: no bonus, left alone.
    middle = "我们和WTO、IMF、APEC、ASEAN、OPEC都开展了合作。"
    zh = ["2019年，我们启动了这个项目。", middle, "2021年，项目全部完成。"]
    en = ["In 2019 we launched the project.", "In 2021 the whole project was finished."]
    beads = align_sentences(zh, en, 3.5)
    assert [(b.zh_indices, b.en_indices) for b in beads] == [((0,), (0,)), ((1,), ()), ((2,), (1,))]


def test_one_chinese_sentence_chained_with_commas_takes_four_english_ones() -> None:
    zh = [
        "节日的点心很有特色，月饼和茶点必不可少，甜的咸的都要上桌，柚子也是一样重要的水果，代表人们平平安安的期望。"
    ]
    en = [
        "Festival snacks have their own character.",
        "Mooncakes and tea snacks are a must.",
        "Sweet and salty ones are all served.",
        "Pomelo is an important fruit too, expressing the hope for a safe year.",
    ]
    (bead,) = align_sentences(zh, en, 3.5)
    assert (bead.zh_indices, bead.en_indices) == ((0,), (0, 1, 2, 3))
    assert bead.en == " ".join(en)


def test_english_typed_with_full_width_stops_is_split_at_them() -> None:
    assert split_english("It ends here。 Next one starts。Then a third！") == [
        "It ends here。",
        "Next one starts。",
        "Then a third！",
    ]
    # An ASCII stop still wants a space after it: 2.5 is a number.
    assert split_english("Version 2.5 is here.It was.") == ["Version 2.5 is here.It was."]


def test_english_sentences_numbered_with_circled_numbers_are_split_before_them() -> None:
    # Exam notes number the sentences of a reference translation: ①… ②… (or ⑴, ❶).
    text = "①The bridge was built in 1990. ②It crosses the river. ⑶Boats pass under it. ❹Yes."
    assert split_english(text) == [
        "①The bridge was built in 1990.",
        "②It crosses the river.",
        "⑶Boats pass under it.",
        "❹Yes.",
    ]


def test_exercises_and_equations_cited_by_circled_number_do_not_end_a_sentence() -> None:
    text = "Compare Ex. ② with Ex. ③ and note the tense. Eq. ② gives the rate. See Fig. ③ too."
    assert split_english(text) == [
        "Compare Ex. ② with Ex. ③ and note the tense.",
        "Eq. ② gives the rate.",
        "See Fig. ③ too.",
    ]
