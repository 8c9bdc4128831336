"""Classes of wrong pairs the extractor keeps out: phrases around a term, clauses inside a
candidate. Each with a small made-up text of the same shape."""

from __future__ import annotations

from duiyi.document import SegmentPair
from duiyi.extract import extract_terms
from duiyi.extract.chinese import candidate_spans
from duiyi.extract.phrases import modifies_only
from duiyi.extract.types import TermCandidate
from duiyi.extract.zh_words import _adverb_retagged, is_proper_name, names_action, tokens


def _pair(zh: str, en: str) -> SegmentPair:
    return SegmentPair("paragraph", zh, en, 1.0)


def _by_chinese(*pairs: tuple[str, str]) -> dict[str, TermCandidate]:
    found = extract_terms([_pair(zh, en) for zh, en in pairs], with_pinyin=False)
    return {c.chinese: c for c in found}


def test_an_everyday_evaluative_adjective_before_a_noun_makes_a_phrase() -> None:
    by_zh = _by_chinese(("这场严重干旱让农民十分担忧。", "The serious drought worried farmers."))
    drought = by_zh["严重干旱"]
    assert [r.name for r in drought.reasons if r.name == "adverb or evaluative"] == [
        "adverb or evaluative"
    ]
    assert drought.confidence == 0.159


def test_a_four_character_phrase_the_dictionary_lacks_is_read_by_its_first_half() -> None:
    assert modifies_only("重大进展", "major progress") is True
    assert modifies_only("重要途径", "important channel") is True


def test_a_rarer_adjective_naming_a_kind_stays_a_term() -> None:
    assert modifies_only("大型机械", "large machinery") is False
    assert modifies_only("健康饮食", "healthy diet") is False


def test_an_adjective_before_a_predicate_verb_is_its_adverbial() -> None:
    spans = [s.text for s in candidate_spans("工作人员仔细核对、准确登记每一份档案材料。")]
    assert spans == ["工作人员", "档案", "档案材料"]


def test_a_noun_before_its_own_verb_still_makes_a_term() -> None:
    spans = [s.text for s in candidate_spans("社区实现信息共享。")]
    assert [s for s in spans if s.endswith("共享")] == ["信息共享"]


def test_a_verb_read_as_often_a_noun_as_a_verb_before_a_name_takes_it_as_object() -> None:
    assert [s.text for s in candidate_spans("他们统一西夏疆域。")] == ["西夏", "西夏疆域", "疆域"]


def test_no_candidate_runs_on_through_a_verb_into_the_name_it_governs() -> None:
    spans = [s.text for s in candidate_spans("专家们研究青海湖候鸟迁徙。")]
    assert spans == ["专家们", "专家们研究", "青海湖", "青海湖候鸟", "候鸟", "候鸟迁徙"]


def test_a_word_the_dictionary_only_glosses_as_a_verb_phrase_is_a_predicate() -> None:
    spans = [s.text for s in candidate_spans("边防部队密切注视边境局势变化。")]
    # Never cut in two, never a start, never run on into the object.
    cut = [s for s in spans if ("密切" in s) != ("注视" in s)]
    assert cut + [s for s in spans if s.startswith("密切") or "注视边境" in s] == []
    assert [s for s in spans if s.startswith("边境")] == ["边境", "边境局势", "边境局势变化"]


def test_no_candidate_starts_after_the_lone_adjective_that_opens_its_phrase() -> None:
    assert [s.text for s in candidate_spans("全行业利润大幅增长。")] == ["全行业", "全行业利润"]


def test_a_noun_tagged_as_an_adverb_still_heads_a_term() -> None:
    spans = [s.text for s in candidate_spans("这些发明推动了人类社会进步。")]
    assert spans == ["人类社会", "人类社会进步", "社会进步"]
    assert [t.pos for t in tokens("发明推动了社会进步和城市繁荣。") if t.text == "进步"] == ["n"]


def test_a_word_the_dictionary_also_reads_as_an_adverb_stays_one() -> None:
    assert [t.pos for t in tokens("两国分别派出代表团。") if t.text == "分别"] == ["d"]
    # Mostly a verb: before another verb it is its adverbial (合作 开发).
    assert (_adverb_retagged("合作", "d"), _adverb_retagged("进步", "d")) == ("d", "n")


def test_a_noun_that_opens_with_a_verb_is_a_candidate_whole() -> None:
    spans = [s.text for s in candidate_spans("这种海绵的吸收能力很强。")]
    assert spans == ["海绵", "吸收能力", "吸收能力很强"]  # never 吸收, half of the word


def test_a_noun_that_opens_with_a_verb_starts_nothing_after_its_modifier() -> None:
    # A word that only modifies (新型) or a noun (企业) before it: the noun is the rest of
    # a longer term, not one on its own.
    assert [s.text for s in candidate_spans("新型吸收能力测试结束了。")] == [
        "新型吸收能力",
        "新型吸收能力测试",
        "测试",
    ]
    assert [s.text for s in candidate_spans("企业吸收能力有限。")] == [
        "企业吸收能力",
        "企业吸收能力有限",
    ]


def test_no_candidate_holds_a_subject_its_verb_and_the_verb_s_object() -> None:
    spans = [s.text for s in candidate_spans("海关人员打击走私团伙。")]
    assert [s for s in spans if "人员" in s and "走私" in s] == []


def test_a_verb_the_dictionary_names_as_an_action_stays_inside_a_term() -> None:
    assert names_action("治理") is True  # "to govern; governance"
    assert names_action("打击") is False  # "to strike; percussion"
    # 治理 takes no object here: the span runs on through it to the noun after it.
    assert [s.text for s in candidate_spans("河流治理工程开工了。")] == [
        "河流治理",
        "河流治理工程",
        "治理工程",
    ]


def test_a_verb_mostly_read_as_a_noun_is_a_noun_after_de() -> None:
    def tag(sentence: str) -> list[str]:
        return [t.pos for t in tokens(sentence) if t.text == "象征"]

    assert tag("红色是吉祥的象征。") == ["vn"]
    assert tag("这面旗帜象征和平。") == ["v"]  # a predicate


def test_a_noun_its_verb_and_a_head_noun_may_name_a_thing() -> None:
    spans = [s.text for s in candidate_spans("这家医院提高了病历追踪系统的效率。")]
    assert spans == ["病历", "病历追踪", "病历追踪系统", "效率"]


def test_a_one_character_noun_after_a_noun_and_its_verb_is_the_verb_s_object() -> None:
    assert [s.text for s in candidate_spans("渔民捕捞鱼。")] == ["渔民", "渔民捕捞"]


def test_a_noun_and_its_verb_run_on_into_no_half_of_a_word() -> None:
    # 机械设备 is one word _finer cuts in two: 工厂购买机械 would end inside it.
    assert [s.text for s in candidate_spans("工厂购买机械设备。")] == ["工厂购买", "机械设备"]


def test_a_longer_run_of_nouns_does_not_run_on_through_the_verb() -> None:
    spans = [s.text for s in candidate_spans("这家医院提高了门诊病历追踪系统的效率。")]
    assert [s for s in spans if s.endswith("追踪系统")] == ["病历追踪系统"]


def test_two_coordinated_nouns_before_their_head_noun_are_no_term_alone() -> None:
    spans = [s.text for s in candidate_spans("两国扩大农业和渔业合作。")]
    assert [s for s in spans if s.startswith("农业和")] == ["农业和渔业合作"]


def test_coordinated_place_names_stay_a_name_before_another_noun() -> None:
    spans = [s.text for s in candidate_spans("东亚和东南亚地区人口众多。")]
    assert [s for s in spans if s.startswith("东亚") and not s.endswith("众多")] == [
        "东亚和东南亚地区",
        "东亚",
    ]


def test_an_adverb_before_a_predicate_verb_starts_no_candidate() -> None:
    spans = [s.text for s in candidate_spans("两国人民共同期待和平。")]
    assert [s for s in spans if s.startswith("共同")] == []


def test_an_adverb_before_a_noun_still_starts_one() -> None:
    assert [s.text for s in candidate_spans("两国划定共同边界。")] == ["共同边界", "边界"]


def test_a_word_the_dictionary_also_reads_as_a_common_noun_is_no_name() -> None:
    assert [is_proper_name(w) for w in ("黄山", "宋朝", "白云")] == [True, True, False]
