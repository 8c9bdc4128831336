"""Issue 12 class 7, where the English rendering of a Chinese term starts and ends: the span
takes every word that renders part of the Chinese and no edge word that renders nothing of it."""

from __future__ import annotations

from duiyi.document import SegmentPair
from duiyi.extract import english, english_for_terms, suggest_english
from duiyi.extract.align import all_spans
from duiyi.extract.lexicon import components


def _pair(zh: str, en: str) -> SegmentPair:
    return SegmentPair("paragraph", zh, en, 1.0)


def _rendering(zh: str, en: str, term: str) -> str | None:
    (found,) = english_for_terms((_pair(zh, en),), [term], with_pinyin=False)
    return found.english if found else None


def test_a_word_completing_a_longer_gloss_stays_in_the_span() -> None:
    # 婚礼 glosses both "wedding" and "wedding ceremony": the whole gloss is the rendering.
    zh, en = "他们参加了婚礼。", "They attended the wedding ceremony last week."
    assert _rendering(zh, en, "婚礼") == "wedding ceremony"
    assert suggest_english(_pair(zh, en), 5, 7)[0].text == "wedding ceremony"


def test_a_free_word_fills_a_gloss_only_where_its_missing_words_stand() -> None:
    # 中式 glosses "Chinese style": "style" would follow "Chinese", so "modern" before it
    # renders nothing of the term; "next" stands where "new" of "new generation" would.
    assert (
        _rendering(
            "今年流行中式家具。", "This year modern Chinese furniture is in fashion.", "中式家具"
        )
        == "Chinese furniture"
    )
    assert (
        _rendering("他们建设新一代网络。", "They build next generation networks.", "新一代网络")
        == "next generation networks"
    )


def test_between_joins_the_two_nouns_of_a_chinese_pair_to_the_head() -> None:
    zh = "学校鼓励教师与学生交流。"
    en = "The school encourages exchanges between teachers and students every term."
    assert _rendering(zh, en, "教师与学生交流") == "exchanges between teachers and students"


def test_a_manner_adverb_before_the_rendered_verb_renders_its_chinese_modifier() -> None:
    zh = "这些文物经过精心修复。"
    en = "These relics have been painstakingly restored over the years."
    assert _rendering(zh, en, "精心修复") == "painstakingly restored"


def test_a_preposition_opening_the_dictionary_rendering_belongs_to_it() -> None:
    pair = _pair("他按时完成了任务。", "He finished the task on time, as always.")
    assert _rendering(pair.zh, pair.en, "按时") == "on time"
    assert suggest_english(pair, 1, 3)[0].text == "on time"
    # A preposition the gloss does not open with stays in the sentence.
    assert _rendering("他完成了任务。", "He worked on the task.", "任务") == "task"


def test_two_near_synonyms_joined_by_and_render_one_chinese_word() -> None:
    zh = "新法保护消费者权益。"
    en = "The new law protects the rights and interests of consumers."
    assert _rendering(zh, en, "消费者权益") == "rights and interests of consumers"


def test_a_name_takes_the_word_another_reading_of_the_term_renders() -> None:
    # The accepted rendering reads the whole term; read as 海警 + 部队 it also renders "Force",
    # though 民兵力量 of the same sentence could claim that word too.
    pair = _pair(
        "海警部队与民兵力量一起巡逻。",
        "The China Coast Guard Force patrols with the militia forces.",
    )
    (found,) = english_for_terms(
        (pair,), ["海警部队"], known={"海警部队": "China Coast Guard"}, with_pinyin=False
    )
    assert found is not None
    assert found.english == "China Coast Guard Force"
    # The word gained ends the rendering before its possessive ending.
    pair = _pair(
        "海警部队与民兵力量的船只一起巡逻。",
        "The China Coast Guard Force's ships patrol with the militia forces.",
    )
    (found,) = english_for_terms(
        (pair,), ["海警部队"], known={"海警部队": "China Coast Guard"}, with_pinyin=False
    )
    assert found is not None
    assert found.english == "China Coast Guard Force"


def test_a_chinese_particle_leaves_no_gap_for_a_neighbour_to_fill() -> None:
    zh = "他们把墙刷成明亮的黄色。"
    en = "They painted the walls a shade of bright yellow."
    assert _rendering(zh, en, "明亮的黄色") == "bright yellow"


def test_a_chinese_number_is_rendered_by_its_figure() -> None:
    zh, en = "活动在十五日结束。", "The events end on the 15th day of the month."
    assert _rendering(zh, en, "十五日") == "15th day"


def test_a_possessive_ending_stays_out_of_the_rendering() -> None:
    zh, en = "市政府的新计划受到欢迎。", "The city government's new plan was welcomed."
    assert _rendering(zh, en, "市政府") == "city government"
    assert suggest_english(_pair(zh, en), 0, 3)[0].text == "city government"
    # A name completed to its capitalised run keeps its capitals, without the ending too.
    zh, en = (
        "国家海洋实验室的报告发布了。",
        "The China National Ocean Laboratory's report was issued.",
    )
    assert _rendering(zh, en, "国家海洋实验室") == "China National Ocean Laboratory"


def test_a_closed_compound_renders_the_two_words_it_joins() -> None:
    zh, en = "农场土地被洪水淹没。", "The farmland was flooded after the storm."
    assert _rendering(zh, en, "农场土地") == "farmland"


def test_a_word_renders_its_own_gloss_not_also_a_shorter_word_it_derives_from() -> None:
    # "justice" glosses 司法; that it starts with "just" (公正) leaves 公正 unrendered.
    zh, en = "法院必须维护司法公正。", "Courts must safeguard impartial justice."
    assert _rendering(zh, en, "司法公正") == "impartial justice"


def test_a_hyphenated_prefix_is_no_unexplained_word_of_its_own() -> None:
    zh, en = "双方坚持共享共建。", "Both sides favour sharing and co-construction."
    assert _rendering(zh, en, "共享共建") == "sharing and co-construction"


def test_and_never_joins_a_verbs_rendering_to_its_objects_in_reverse() -> None:
    zh = "会议讨论了计划制定。"
    en = "The meeting discussed budget formulation and plans review."
    assert _rendering(zh, en, "计划制定") == "formulation"
    # Two nouns may be coordinated in either order.
    assert _rendering("商店出售水果糖果。", "The shop sells candy and fruit.", "水果糖果") == (
        "candy and fruit"
    )


def test_a_dictionary_phrase_standing_whole_in_the_sentence_is_the_rendering() -> None:
    pair = _pair("他一口气读完了这本书。", "He read the whole book in one breath last night.")
    assert _rendering(pair.zh, pair.en, "一口气") == "in one breath"
    assert suggest_english(pair, 1, 4)[0].text == "in one breath"


def test_a_short_plural_renders_its_singular_gloss() -> None:
    zh, en = "公民应遵守税法。", "Citizens must obey the tax laws."
    assert _rendering(zh, en, "税法") == "tax laws"


def test_a_plural_ends_the_rendering_before_the_clauses_verb() -> None:
    zh, en = "城市公园群依然美丽。", "The city parks remain beautiful."
    assert _rendering(zh, en, "城市公园群") == "city parks"


def test_an_infinitive_before_the_rendering_fills_no_gap() -> None:
    zh = "学校鼓励师生和谐共处。"
    en = "The school tried to foster harmony between teachers and students."
    assert _rendering(zh, en, "师生和谐共处") == "harmony between teachers and students"
    # A hyphenated "to" is no infinitive marker (people-to-people).
    zh, en = "双方推动人文交流。", "Both sides promote people-to-people exchanges."
    assert _rendering(zh, en, "人文交流") == "people-to-people exchanges"


def test_a_span_stops_before_the_other_phrase_of_a_coordination() -> None:
    # "international high-speed" renders 国际高速, not 跨境铁路: the two share "railways".
    zh = "两国建设跨境铁路、国际高速铁路。"
    en = "The two countries build cross-border and international high-speed railways."
    assert _rendering(zh, en, "跨境铁路") == "cross-border"


def test_the_readers_counterpart_takes_a_free_word_the_dictionary_misses() -> None:
    # 城市 glosses "city", not "urban"; no other Chinese word of the sentence renders "urban".
    pair = SegmentPair(
        "sentence", "城市绿道建设加快了。", "The building of urban greenways has sped up.", 1.0
    )
    assert [s.text for s in suggest_english(pair, 0, 4)][:2] == ["urban greenways", "greenways"]


def test_a_latin_word_the_chinese_writes_outside_the_term_stays_out_of_its_rendering() -> None:
    # "WiFi" stands glued before 覆盖度 in the Chinese: "WiFi coverage" renders more than it.
    zh, en = "全村WiFi覆盖度明显提高。", "The village has markedly raised its WiFi coverage."
    assert _rendering(zh, en, "覆盖度") == "coverage"
    zh, en = "本市LTE满意度逐年上升。", "The city's LTE satisfaction rises year by year."
    assert _rendering(zh, en, "满意度") == "satisfaction"


def test_an_acronym_leaves_to_the_word_beside_it_the_component_that_word_renders() -> None:
    # "GWT" could spell 长城 "Great Wall" and 终端 "terminal"; "terminals" beside it renders 终端.
    zh, en = "长城终端销量大增。", "Sales of GWT terminals rose sharply."
    assert _rendering(zh, en, "长城终端") == "GWT terminals"


def test_a_plural_noun_and_a_bare_verb_are_a_clause_not_a_rendering() -> None:
    # "farmers cooperate" is a subject and its verb; a term makes a noun of the verb.
    zh = "村里形成了农户合作的机制。"
    en = "The village set up a mechanism in which farmers cooperate."
    spans = all_spans(components("农户合作"), english.words(en), zh=zh)
    assert sorted(en[m.start : m.end] for m in spans) == ["cooperate", "farmers"]
    assert _rendering(
        "双方推进信息共享。", "Both sides advance information sharing.", "信息共享"
    ) == ("information sharing")


def test_a_four_letter_word_in_s_that_is_no_plural_keeps_its_s() -> None:
    from duiyi.extract.claims import short_plural

    assert [short_plural(w) for w in ("laws", "taxes", "news", "bias", "this")] == [
        "law", "tax", "", "", ""]  # fmt: skip
