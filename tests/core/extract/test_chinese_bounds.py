"""Where Chinese candidates may start and end: on word boundaries, never across a clause;
which candidates give way to others."""

from __future__ import annotations

from duiyi.extract.chinese import candidate_spans, tokens
from duiyi.extract.extractor import _drop_contested, _drop_dominated
from duiyi.extract.types import Occurrence, TermCandidate


def _spans(text: str) -> set[str]:
    return {span.text for span in candidate_spans(text)}


def test_the_first_half_of_a_word_is_no_candidate_alone() -> None:
    spans = _spans("保护热带雨林生态。")
    assert "热带雨林" in spans
    assert "热带" not in spans


def test_a_lone_adjective_before_the_next_word_ends_no_candidate() -> None:
    spans = _spans("应对新情况新问题。")
    assert "情况新问题" in spans
    assert "情况新" not in spans


def test_a_lone_adjective_that_starts_the_next_word_ends_no_candidate() -> None:
    # rjieba cuts 大流行 after 大; the span may not stop there
    spans = _spans("这是一场区域性大流行。")
    assert "区域性大流行" in spans
    assert "区域性大" not in spans


def test_two_lone_characters_that_make_a_dictionary_word_are_joined() -> None:
    assert [t.text for t in tokens("每天的通话时长有限。")][2:4] == ["通话", "时长"]
    spans = _spans("每天的通话时长有限。")
    assert "通话时长" in spans
    assert "通话时" not in spans


def test_a_noun_and_a_place_word_stay_apart() -> None:
    # the dictionary lists 发展中 ("developing"), but after 在 it is "in development"
    assert "发展中" not in _spans("我们在发展中解决问题。")


def test_a_preposition_noun_and_place_word_rjieba_keeps_whole_are_cut() -> None:
    assert [t.text for t in tokens("他们在实践中不断探索新方法。")][1:4] == ["在", "实践", "中"]
    assert not any(span.startswith("在") for span in _spans("他们在实践中不断探索新方法。"))


def test_a_place_word_closes_an_adverbial_inside_a_run() -> None:
    spans = _spans("这一做法在改革中逐步完善。")
    assert "逐步完善" in spans
    assert "改革中逐步完善" not in spans


def test_a_place_name_and_its_predicate_are_no_term() -> None:
    # Kept with the development text's 分布广泛: with an idiom as the predicate (闻名中外, 历史悠久,
    # 风光秀丽, 景色优美) the name and its predicate come out as one span.
    assert _spans("桂林山水分布广泛。") == {"桂林山水", "分布广泛"}
    assert _spans("杭州盛产龙井茶。") == {"杭州", "龙井茶"}
    assert "西湖看上去" not in _spans("西湖看上去格外美丽。")


def test_a_place_name_before_a_noun_stays_one_name() -> None:
    assert "泉州港口建设" in _spans("推进泉州港口建设。")


def test_a_one_character_verb_makes_a_clause() -> None:
    assert _spans("员工有空闲时间。") == {"空闲", "空闲时间"}
    # unless it begins a word with what follows (可 再生能源: 可再生)
    assert "可再生能源" in _spans("推广可再生能源。")


def test_a_bound_prefix_joins_the_noun_after_it() -> None:
    # rjieba leaves 反 ("anti-") apart as a morpheme; the dictionary marks it a prefix
    spans = _spans("开展反殖民主义运动。")
    assert "反殖民主义运动" in spans
    assert "殖民主义运动" not in spans


def test_a_verb_before_an_aspect_particle_ends_no_candidate() -> None:
    spans = _spans("政府部门有力推动了经济增长。")
    assert "政府部门" in spans
    assert "有力推动" not in spans


def test_a_name_a_number_and_a_designation_are_one_name() -> None:
    spans = _spans("天宫2号顺利升空。")
    assert "天宫2号" in spans
    assert "天宫" not in spans
    assert "共有5个" not in _spans("这次共有5个项目。")


def test_a_place_name_before_a_verb_read_as_a_noun_stays_one_name() -> None:
    # rjieba tags 协定 a verb; the dictionary reads it mostly as "agreement"
    assert "东京协定" in _spans("各国签署东京协定。")


def test_a_span_may_end_inside_a_word_only_before_its_predicate() -> None:
    assert _spans("支持山区特色产业。") == {"山区特色产业", "山区", "特色产业"}
    assert "全球数字经济" in _spans("推动全球数字经济繁荣发展。")


def test_a_set_phrase_of_a_modifier_and_a_verb_stays_a_candidate() -> None:
    # 开放 is mostly glossed "to open", yet 对外开放 names a policy
    assert "对外开放" in _spans("我们继续扩大对外开放，欢迎外资。")


def test_a_verb_after_a_verbal_word_it_follows_is_no_term() -> None:
    # 有关 ("concerning") governs 转让, a verb with its own object after it
    assert "有关转让" not in _spans("政府修订有关转让土地的条例。")
    # two verbs that end the clause pair up
    assert "升级改造" in _spans("主要网站完成升级改造，服务稳定。")


def test_a_verb_before_yu_ends_no_candidate_a_noun_may() -> None:
    assert "广泛应用" not in _spans("该技术已被广泛应用于农业。")
    assert "港珠澳大桥" in _spans("港珠澳大桥于2018年通车。")


def test_a_lone_character_after_a_set_phrase_starts_the_next_word() -> None:
    assert "林资源" in _spans("综合利用林资源。")


def test_a_number_straight_before_a_noun_starts_a_name() -> None:
    assert "1267委员会" in _spans("安理会1267委员会发布报告。")
    assert _spans("我们完成了3个项目。") == set()


def test_a_verb_before_a_quoted_object_ends_no_candidate() -> None:
    assert "学者发现" not in _spans("后来，学者发现“龙”并不存在。")
    # a noun before a quotation mark modifies what is quoted
    assert "低碳发展" in _spans("我们进入低碳发展“新阶段”。")


def test_a_verb_before_a_place_name_starts_no_candidate() -> None:
    assert _spans("各地合力保护长江生态。") == {"长江生态"}


def _candidate(chinese: str, confidence: float, zh: tuple[int, int]) -> TermCandidate:
    occurrence = Occurrence(0, zh[0], zh[1], 10, 40)
    return TermCandidate(chinese, "fair and open trade", "", confidence, 1, (occurrence,))


def test_two_candidates_claiming_one_english_phrase_equally_are_both_dropped() -> None:
    left, right = _candidate("公平贸易", 0.5, (0, 4)), _candidate("开放市场", 0.5, (6, 10))
    assert _drop_contested([left, right]) == []
    surer = _candidate("开放市场", 0.6, (6, 10))
    assert _drop_contested([left, surer]) == [surer]
    # one candidate's own occurrences never contest each other
    twice = TermCandidate(
        "公平贸易",
        "fair trade",
        "",
        0.5,
        2,
        (Occurrence(0, 0, 4, 10, 20), Occurrence(0, 8, 12, 10, 20)),
    )
    assert _drop_contested([twice]) == [twice]


def test_a_shorter_candidate_a_longer_one_renders_clearly_better_gives_way() -> None:
    def scored(chinese: str, quality: float) -> tuple[TermCandidate, float]:
        occurrence = Occurrence(0, 0, len(chinese), 0, 14)
        return TermCandidate(chinese, "trade partners", "", 0.6, 1, (occurrence,)), quality

    longer, shorter = scored("主要贸易伙伴", 0.9), scored("贸易伙伴", 0.7)
    assert [c.chinese for c in _drop_dominated([longer, shorter])] == ["主要贸易伙伴"]
    # about as well rendered, the shorter one stands and the longer gives way
    close = scored("贸易伙伴", 0.88)
    assert [c.chinese for c in _drop_dominated([longer, close])] == ["贸易伙伴"]


def test_a_common_noun_tagged_as_a_place_still_heads_a_name() -> None:
    spans = [s.text for s in candidate_spans("双方签署了海洋保护协定。")]
    assert spans == ["海洋保护", "海洋保护协定", "保护协定"]


def test_a_word_that_only_modifies_ends_no_candidate_before_its_noun() -> None:
    spans = _spans("全省县级医院设备更新完成。")
    assert "全省县级医院" in spans
    assert not {"县级", "全省县级"} & spans


def test_a_verb_before_a_place_name_is_no_part_of_the_name() -> None:
    assert [s.text for s in candidate_spans("我们访问青藏高原生态")] == ["青藏高原", "青藏高原生态"]
