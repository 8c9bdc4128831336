"""Issue 12 class 8: confidence from a table of named factors, calibrated across texts."""

from __future__ import annotations

import math
from pathlib import Path
from types import ModuleType

import pytest

from duiyi.document import SegmentPair
from duiyi.extract import confidence, extract_terms
from duiyi.extract.confidence import Facts
from duiyi.extract.extractor import DEFAULT_THRESHOLD
from duiyi.extract.phrases import ends_with_adjective
from duiyi.extract.types import TermCandidate
from duiyi.pipeline import read_and_align


def _factor(name: str) -> confidence.Factor:
    (found,) = [f for f in confidence.FACTORS if f.name == name]
    return found


def test_every_factor_has_a_reason_and_a_distinct_name() -> None:
    names = [f.name for f in confidence.FACTORS]
    assert len(names) == len(set(names))
    assert all(f.reason for f in confidence.FACTORS)


def test_evidence_and_agreement_are_logs_of_shares() -> None:
    assert _factor("evidence").value(Facts("数字鸿沟", "digital divide", evidence=0.5)) == (
        math.log(0.5)
    )
    assert _factor("agreement").value(Facts("数字鸿沟", "digital divide", agreement=0.5)) == (
        math.log(0.8)
    )


def test_recurring_pairs_lose_nothing_and_one_offs_lose_most() -> None:
    recurs = _factor("recurs").value
    assert recurs(Facts("数字鸿沟", "digital divide", frequency=4)) == 0.0
    assert recurs(Facts("数字鸿沟", "digital divide", frequency=1)) == math.log(confidence.ONE_OFF)


def test_everyday_single_words_are_marked_down_and_rare_ones_not() -> None:
    everyday = _factor("everyday word").value
    assert everyday(Facts("挑战", "challenge", words=1)) == 1.0
    assert everyday(Facts("行为体", "actors", words=1)) == 0.0
    assert everyday(Facts("挑战应对", "response to challenges", words=2)) == 0.0


def test_a_predicate_is_a_verb_phrase_and_a_named_action_is_not() -> None:
    verb = _factor("verb phrase").value
    assert verb(Facts("完善对话", "improve dialogue")) == 1.0
    assert verb(Facts("消除贫困", "eradicating poverty", verb_object=True)) == 0.0
    assert verb(Facts("数字鸿沟", "digital divide")) == 0.0


def test_flags_of_the_scorer_pass_through() -> None:
    assert _factor("predicate cut off").value(Facts("扩大", "expand", predicate_cut=True)) == 1.0
    assert _factor("headless").value(Facts("全球数字", "global digital", headless=True)) == 1.0
    assert _factor("headless").value(Facts("以人为本", "people-centered", headless=True)) == 0.0
    assert _factor("describes").value(Facts("文化发展", "development of the culture")) == 1.0
    assert _factor("coordination unrendered").value(Facts("和平与安全", "peaceful security")) == 1.0
    assert _factor("adverb or evaluative").value(
        Facts("认真落实", "conscientiously implement")
    ) == (1.0)


def test_a_rendering_ending_with_an_adjective_lacks_its_head() -> None:
    assert ends_with_adjective("national economic")
    assert ends_with_adjective("CPPCC National")
    assert not ends_with_adjective("national economy")
    assert not ends_with_adjective("Dragon Boat Festival")
    assert _factor("ends with an adjective").value(Facts("国民经济", "national economic")) == 1.0


def test_calibration_is_monotone_and_flat_beyond_its_ends() -> None:
    knots = confidence.CALIBRATION
    assert [x for x, _ in knots] == sorted(x for x, _ in knots)
    assert [y for _, y in knots] == sorted(y for _, y in knots)
    assert confidence.calibrated(knots[0][0] - 5) == knots[0][1]
    assert confidence.calibrated(knots[-1][0] + 5) == knots[-1][1]
    (x0, y0), (x1, y1) = knots[-2], knots[-1]
    assert confidence.calibrated((x0 + x1) / 2) == pytest.approx((y0 + y1) / 2)


def test_a_pair_accepted_before_is_shown_sure() -> None:
    value, reasons = confidence.score(Facts("数字鸿沟", "digital gap", evidence=0.3, known=True))
    assert value == confidence.KNOWN_CONFIDENCE
    assert ("accepted before", 1.0, confidence.KNOWN_WEIGHT) in [
        (r.name, r.value, r.weight) for r in reasons
    ]


def test_candidates_carry_the_reasons_of_their_confidence() -> None:
    pairs = (
        SegmentPair("paragraph", "我们要弥合数字鸿沟。", "We must bridge the digital divide.", 1.0),
    )
    (found,) = [c for c in extract_terms(pairs, with_pinyin=False) if c.chinese == "数字鸿沟"]
    names = [r.name for r in found.reasons]
    assert "recurs" in names  # seen once
    assert all(r.value != 0 for r in found.reasons)
    raw = confidence.raw_score(found.reasons)
    assert found.confidence == round(confidence.calibrated(raw), 3)


@pytest.mark.parametrize("name", ["green_development", "rural_revitalization", "open_economy"])
def test_pairs_shown_sure_are_right_four_times_in_five_on_every_text(
    score_terms: ModuleType, extract_data: Path, name: str
) -> None:
    pairs = read_and_align(extract_data / f"{name}.txt").pairs
    gold = score_terms.read_gold(str(extract_data / f"{name}-gold.tsv"))
    sure = [[c.chinese, c.english] for c in extract_terms(pairs) if c.confidence >= 0.8]
    result = score_terms.score(gold, sure)
    right = result["correct"] + result["correct_extra"]
    assert right >= 0.8 * len(sure), result


def test_a_verb_named_as_a_noun_is_no_verb_phrase() -> None:
    verb = _factor("verb phrase").value
    assert verb(Facts("湿地保护", "wetland conservation")) == 0.0
    assert verb(Facts("利用保护", "use and protection")) == 0.0
    assert verb(Facts("完善对话", "improve dialogue")) == 1.0


def test_the_before_a_short_name_names_and_before_a_noun_describes() -> None:
    describes = _factor("describes").value
    assert describes(Facts("全国人大领导", "leadership of the NPC")) == 0.0
    assert describes(Facts("文化发展", "development of the culture")) == 1.0
    assert describes(Facts("议程目标", "target of the UN 2030 Agenda for Development")) == 1.0


def test_a_capitalised_piece_of_a_longer_name_is_marked_down() -> None:
    pairs = (
        SegmentPair(
            "paragraph",
            "国家海洋实验室发布了报告。",
            "The China National Ocean Laboratory issued a report.",
            1.0,
        ),
    )
    found = {c.chinese: c for c in extract_terms(pairs, with_pinyin=False)}
    assert "piece of a name" in [r.name for r in found["海洋实验室"].reasons]
    # One free word short of the whole name: completed, and no piece any more.
    assert found["国家海洋实验室"].english == "China National Ocean Laboratory"
    assert "piece of a name" not in [r.name for r in found["国家海洋实验室"].reasons]
    assert _factor("piece of a name").value(Facts("海洋实验室", "x", name_piece=True)) == 1.0


def test_a_verb_form_is_a_predicate_only_where_english_uses_it_as_one() -> None:
    verb = _factor("verb phrase").value
    assert verb(Facts("质量监控", "quality control")) == 0.0  # the head noun
    assert verb(Facts("用途广泛", "widely used")) == 0.0  # an adjective
    assert verb(Facts("鲜花迎接", "flowers to welcome")) == 1.0
    assert verb(Facts("实验室发布", "Laboratory issued")) == 1.0


def test_a_verb_rendered_as_a_head_noun_the_dictionary_lacks_is_rendered() -> None:
    verb = _factor("verb phrase").value
    assert verb(Facts("湿地丧失", "wetland loss")) == 0.0
    assert verb(Facts("教育投入", "education spending")) == 0.0
    assert verb(Facts("全球网络基础设施加快", "Internet infrastructure around the globe")) == 1.0


def test_names_joined_by_a_hyphen_render_a_coordination() -> None:
    coordination = _factor("coordination unrendered").value
    assert coordination(Facts("欧洲和地中海地区", "Euro-Mediterranean region")) == 0.0
    assert coordination(Facts("和平与安全", "peace-loving security")) == 1.0


def test_an_everyday_thing_with_a_specific_english_name_is_no_everyday_word() -> None:
    everyday = _factor("everyday word").value
    assert everyday(Facts("茶壶", "teapots", words=1)) == 0.0
    assert everyday(Facts("扁担", "poles", words=1)) == 0.0  # a kind of carrying pole
    assert everyday(Facts("窗户", "windows", words=1)) == 1.0  # many words render "window"
    assert everyday(Facts("理念", "idea", words=1)) == 1.0  # not a thing one counts
    assert everyday(Facts("茶壶", "kettles", words=1)) == 1.0  # not a sense it has


def test_an_everyday_thing_named_specifically_is_shown_and_a_window_not() -> None:
    pairs = (
        SegmentPair(
            "paragraph", "她把茶壶放在窗户旁边。", "She put the teapots next to the window.", 1.0
        ),
    )
    shown = {
        (c.chinese, c.english)
        for c in extract_terms(pairs, with_pinyin=False)
        if c.confidence >= DEFAULT_THRESHOLD and c.chinese in ("茶壶", "窗户")
    }
    assert shown == {("茶壶", "teapots")}


def test_an_everyday_word_kept_by_its_sound_is_no_everyday_word() -> None:
    everyday = _factor("everyday word").value
    assert everyday(Facts("拜年", "Bainian", words=1)) == 0.0
    assert everyday(Facts("拜年", "Bai-nian", words=1)) == 0.0
    assert everyday(Facts("拜年", "new year call", words=1)) == 1.0


@pytest.mark.parametrize(
    "facts",
    [
        Facts("数字鸿沟", "digital divide", evidence=0.4, agreement=0.5, frequency=1),
        Facts("挑战", "the challenge", words=1, marked=True, headless=True, name_piece=True),
        Facts("扩大", "expand", predicate_cut=True, verb_object=True),
        Facts("和平与安全", "national economic", frequency=9),
    ],
)
def test_each_factor_moves_the_confidence_only_the_way_it_says(facts: Facts) -> None:
    # The fit keeps each weight to its factor's direction, and the tooltip lists a factor
    # under "Marked up" or "Marked down" by the sign of its effect.
    for factor in confidence.FACTORS:
        effect = factor.value(facts) * factor.weight
        assert (effect >= 0) if factor.marks_up else (effect <= 0), factor.name


def test_the_weights_name_every_factor_once() -> None:
    assert [f.name for f in confidence.FACTORS] == list(confidence.WEIGHTS)
    assert [f.weight for f in confidence.FACTORS] == list(confidence.WEIGHTS.values())


def test_a_set_phrase_naming_a_quality_is_whole_as_adjectives() -> None:
    ends = _factor("ends with an adjective").value
    assert ends(Facts("美味可口", "tasty and delicious")) == 0.0
    assert ends(Facts("国民经济", "national economic")) == 1.0
    pairs = (
        SegmentPair(
            "paragraph",
            "庙会上的小吃美味可口，游客络绎不绝。",
            "The snacks at the temple fair are tasty and delicious, and visitors keep coming.",
            1.0,
        ),
    )
    shown = {
        (c.chinese, c.english)
        for c in extract_terms(pairs, with_pinyin=False)
        if c.confidence >= DEFAULT_THRESHOLD
    }
    assert ("美味可口", "tasty and delicious") in shown


def test_one_common_english_word_is_marked_down_and_names_and_compounds_not() -> None:
    single = _factor("single English word").value
    assert single(Facts("愿景", "vision", words=1)) == 1.0
    assert single(Facts("方方面面", "the aspects", words=1)) == 1.0  # "the" is no content word
    assert single(Facts("网络安全", "cybersecurity", words=2)) == 0.0  # two words fused in one
    assert single(Facts("厦门", "Xiamen", words=1)) == 0.0  # a name
    assert single(Facts("拜年", "bainian", words=1)) == 0.0  # its sound
    assert single(Facts("茶壶", "teapots", words=1)) == 0.0  # a specific sense
    assert single(Facts("共同愿景", "common vision", words=2)) == 0.0


def test_a_pair_rendered_by_one_common_word_is_not_shown() -> None:
    pairs = (
        SegmentPair(
            "paragraph",
            "双方分享了对未来合作的愿景，并签署了海洋保护协定。",
            "The two sides shared their vision for future cooperation and signed a marine "
            "protection agreement.",
            1.0,
        ),
    )
    found = {c.chinese: c for c in extract_terms(pairs, with_pinyin=False)}
    assert found["愿景"].confidence < DEFAULT_THRESHOLD
    assert found["海洋保护协定"].confidence >= DEFAULT_THRESHOLD


def test_a_name_running_on_across_for_or_of_makes_its_start_a_piece() -> None:
    pairs = (
        SegmentPair(
            "paragraph",
            "国务院发布了海洋渔业发展规划。",
            "The State Council issued the Development Plan for Marine Fisheries.",
            1.0,
        ),
    )
    found = {c.chinese: c for c in extract_terms(pairs, with_pinyin=False)}
    assert found["发展规划"].english == "Development Plan"
    assert "piece of a name" in [r.name for r in found["发展规划"].reasons]
    assert "piece of a name" not in [r.name for r in found["海洋渔业发展规划"].reasons]


def test_names_listed_with_and_are_no_pieces_of_one_name() -> None:
    pairs = (
        SegmentPair(
            "paragraph",
            "游客常去桃坪和泰安。",
            "Tourists often visit Taoping and Tai'an.",
            1.0,
        ),
    )
    found = {c.chinese: c for c in extract_terms(pairs, with_pinyin=False)}
    assert "piece of a name" not in [r.name for r in found["桃坪"].reasons]


def _headed(chinese: str, english: str) -> dict[str, TermCandidate]:
    pairs = (SegmentPair("paragraph", chinese, english, 1.0),)
    return {c.chinese: c for c in extract_terms(pairs, with_pinyin=False)}


def test_a_capitalised_name_with_one_word_the_dictionary_lacks_per_part_is_shown() -> None:
    # A heading: "Schedule" stands for 活动, which the dictionary renders otherwise.
    heading = _headed("庙会活动", "Fair Schedule")["庙会活动"]
    assert "renders a name" in [r.name for r in heading.reasons]
    assert heading.confidence >= DEFAULT_THRESHOLD
    # The same words in lower case are no name.
    prose = _headed("庙会活动", "the fair schedule")["庙会活动"]
    assert "renders a name" not in [r.name for r in prose.reasons]
    # The dictionary explains it all: its evidence needs no help.
    known = _headed("庙会活动", "Fair Activities")["庙会活动"]
    assert "renders a name" not in [r.name for r in known.reasons]
    # A word to spare (every part rendered, "Time" explains nothing): no name's word.
    spare = _headed("庙会时长", "Fair Duration Time")["庙会时长"]
    assert "renders a name" not in [r.name for r in spare.reasons]
    # Capitalised words run on after it: a piece of a longer name.
    piece = _headed("展览时长", "Exhibition Time of Regional Museums")
    assert "renders a name" not in [r.name for r in piece["展览时长"].reasons]


def test_one_english_word_the_dictionary_ties_to_two_parts_is_a_phrase_written_as_one() -> None:
    found = _headed("该国在反殖民方面发挥作用。", "The country plays a role in anticolonialism.")
    # "anti" renders 反 and "colonialism" 殖民: a closed compound, not one common word.
    assert "single English word" not in [r.name for r in found["反殖民"].reasons]
    assert found["反殖民"].confidence >= DEFAULT_THRESHOLD
    single = _factor("single English word").value
    assert single(Facts("反殖民", "anticolonialism", compound=True)) == 0.0
    assert single(Facts("愿景", "vision")) == 1.0
