"""Failure classes found on new real texts (issue 12 probes), each with a made-up text of the
same shape."""

from __future__ import annotations

from duiyi.document import SegmentPair
from duiyi.extract import english_for_terms, extract_terms


def _pair(zh: str, en: str) -> SegmentPair:
    return SegmentPair("paragraph", zh, en, 1.0)


def _suggested(pairs: tuple[SegmentPair, ...], terms: list[str]) -> list[str | None]:
    return [c.english if c else None for c in english_for_terms(pairs, terms)]


# "people" stands in most sentences without 藏族, so the document ties it to nothing.
_PEOPLE = (
    _pair(
        "藏族有自己的语言和文字。", "The Tibetan people have their own spoken and written language."
    ),
    _pair("高原上的人们喜欢喝酥油茶。", "People on the plateau like to drink butter tea."),
    _pair("节日期间,人们载歌载舞。", "During the festival, people sing and dance."),
    _pair("当地人们热情好客。", "Local people are warm and hospitable."),
)


def test_a_gloss_head_rendered_by_another_noun_stays_in_the_rendering() -> None:
    # The dictionary glosses 藏族 "Tibetan ethnic group"; the translator wrote "people" for
    # the gloss's head noun.
    found = {c.chinese: c.english for c in extract_terms(_PEOPLE, with_pinyin=False)}
    assert found["藏族"] == "Tibetan people"
    assert _suggested(_PEOPLE, ["藏族"]) == ["Tibetan people"]


def test_the_gloss_head_is_not_taken_when_the_sentence_writes_it_elsewhere() -> None:
    # 医疗保险 "medical insurance": "insurance" stands later in the sentence, so the noun
    # after "medical" belongs to the clause ("preferences" of patients), not to the term.
    pairs = (
        _pair(
            "医院尊重病人的意愿，并提供医疗保险。",
            "The hospital respects medical preferences of patients and provides insurance.",
        ),
    )
    assert _suggested(pairs, ["医疗保险"]) == ["medical"]


def test_a_second_gap_keeps_its_filler_before_the_gloss_head() -> None:
    # 缉拿 has no gloss the English uses: "hunting" fills it, so "offenders" is left to the
    # head of 逃犯's gloss and the rendering keeps its first word.
    pairs = (
        _pair("警方加紧缉拿逃犯。", "The police stepped up the hunting of fugitive offenders."),
        _pair("协定于明年生效。", "The agreement takes effect next year."),
    )
    assert _suggested(pairs, ["缉拿逃犯"]) == ["hunting of fugitive offenders"]


def test_a_verb_glossed_in_the_english_takes_the_gloss_head_after_it() -> None:
    # 追捕 is glossed "pursue": with the verb rendered, "offenders" completes 逃犯's gloss.
    pairs = (
        _pair("他们加紧追捕逃犯。", "They stepped up the pursuit of fugitive offenders."),
        _pair("协定于明年生效。", "The agreement takes effect next year."),
    )
    assert _suggested(pairs, ["追捕逃犯"]) == ["pursuit of fugitive offenders"]


def test_the_noun_after_a_name_renders_the_chinese_noun_after_it() -> None:
    # 突厥 is glossed "Turk ethnic group", but 汗国 follows it in the Chinese: "Khaganate"
    # renders that word, not the head of 突厥's gloss, and the whole name keeps its pair.
    pairs = (
        _pair("南突厥汗国一度控制了草原。", "The Southern Turkic Khaganate once ruled the steppe."),
        _pair("草原上的汗国相继衰落。", "The khaganates of the steppe declined one after another."),
    )
    found = {c.chinese: c.english for c in extract_terms(pairs, with_pinyin=False)}
    assert found["南突厥汗国"] == "Southern Turkic Khaganate"


def test_a_persons_name_is_found_by_its_pinyin_with_the_given_name_apart() -> None:
    # Surname and given name stand apart in English (Wang Jun), where the pinyin of a place
    # runs together (Pingyao).
    pairs = (
        _pair(
            "参加会议的代表有王军、赵雪梅和周海。",
            "The delegates at the meeting were Wang Jun, Zhao Xuemei and Zhou Hai.",
        ),
        _pair("会议在上海举行。", "The meeting was held in Shanghai."),
    )
    found = {c.chinese: c.english for c in extract_terms(pairs, with_pinyin=False)}
    assert (found["王军"], found["赵雪梅"], found["周海"]) == (
        "Wang Jun",
        "Zhao Xuemei",
        "Zhou Hai",
    )
    assert _suggested(pairs, ["王军", "赵雪梅"]) == ["Wang Jun", "Zhao Xuemei"]


def test_an_institution_met_often_in_general_text_is_still_a_term() -> None:
    # 外交部 is frequent in general Chinese, but an institution's name is what a learner
    # wants on a card.
    pairs = (
        _pair(
            "外交部今天就此事发表声明。",
            "The Foreign Ministry issued a statement on the matter today.",
        ),
        _pair(
            "声明说，双方应当保持克制。", "The statement said both sides should exercise restraint."
        ),
    )
    found = {c.chinese: c.english for c in extract_terms(pairs, with_pinyin=False)}
    assert found["外交部"] == "Foreign Ministry"


def test_a_place_the_english_puts_after_in_is_not_part_of_the_name() -> None:
    # "The Silk Museum in Hangzhou": the museum's name is 丝绸博物馆; 杭州 says where it is.
    pairs = (
        _pair("杭州丝绸博物馆位于西湖边。", "The Silk Museum in Hangzhou stands by the West Lake."),
        _pair("博物馆每天开放。", "The museum opens every day."),
    )
    found = {c.chinese: c.english for c in extract_terms(pairs, with_pinyin=False)}
    assert "杭州丝绸博物馆" not in found
    assert (found["丝绸博物馆"], found["杭州"]) == ("Silk Museum", "Hangzhou")
