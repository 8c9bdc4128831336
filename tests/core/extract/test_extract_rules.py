"""Rules the extractor follows on any text: fillers, negations, descriptions, co-occurrence."""

from __future__ import annotations

from duiyi.document import SegmentPair
from duiyi.extract import DEFAULT_THRESHOLD, extract_terms
from duiyi.extract.chinese import candidate_spans
from duiyi.extract.cooccur import Cooccurrence
from duiyi.extract.english import words
from duiyi.extract.extractor import _drop_fragments
from duiyi.extract.types import Occurrence, TermCandidate


def _pair(zh: str, en: str) -> SegmentPair:
    return SegmentPair("paragraph", zh, en, 1.0)


def test_a_word_after_a_negation_is_no_candidate_alone() -> None:
    spans = {s.text for s in candidate_spans("支持不发达国家网络建设。")}
    assert "不发达国家" in spans
    assert "发达国家" not in spans


def test_a_number_never_fills_a_missing_word() -> None:
    pairs = (
        _pair(
            "为2030年议程有效落实提供助力。",
            "It helps realise the 2030 Agenda for everyone.",
        ),
    )
    for cand in extract_terms(pairs, with_pinyin=False):
        if cand.chinese.endswith("有效"):
            assert "2030" not in cand.english


def test_a_rendering_with_the_inside_is_a_description() -> None:
    pairs = (
        _pair("推动文化健康发展。", "Promote healthy development of the culture."),
        _pair("推动技术健康发展。", "Promote healthy development of technology."),
    )
    by_zh = {c.chinese: c for c in extract_terms(pairs, with_pinyin=False)}
    described = by_zh["文化健康发展"]
    named = by_zh["技术健康发展"]
    assert " the " in described.english
    assert described.confidence < named.confidence


def test_cooccurrence_is_dice_over_sentence_pairs() -> None:
    texts = [
        ("消除数字鸿沟", "bridge the digital divide"),
        ("数字鸿沟扩大", "the divide widens"),
        ("经济增长", "growth divides opinion"),
    ]
    cooc = Cooccurrence([(zh, words(en)) for zh, en in texts])
    divide = words("divide")[0].stem
    assert cooc.dice("鸿沟", divide) == 2 * 2 / (2 + 3)
    assert cooc.dice("经济", divide) == 2 * 1 / (1 + 3)
    assert cooc.dice("鸿沟", words("growth")[0].stem) == 0.0


def test_a_filler_the_document_ties_to_the_term_earns_trust() -> None:
    alone = (_pair("我们要消除数字鸿沟。", "We must bridge the digital divide."),)
    elsewhere = (
        *alone,
        _pair("意见分歧很大。", "Opinions divide sharply."),
        _pair("城乡差距扩大。", "Town and country divide further."),
    )
    trusted = {c.chinese: c for c in extract_terms(alone, with_pinyin=False)}["数字鸿沟"]
    doubted = {c.chinese: c for c in extract_terms(elsewhere, with_pinyin=False)}["数字鸿沟"]
    assert trusted.english == "digital divide"
    assert trusted.confidence >= DEFAULT_THRESHOLD
    assert doubted.confidence < trusted.confidence


def test_a_lone_character_after_a_word_belongs_to_it() -> None:
    spans = {s.text for s in candidate_spans("建立用水权交易市场。")}
    assert "用水权交易市场" in spans
    assert not any(s.startswith("权") for s in spans)
    assert "可再生能源" in {s.text for s in candidate_spans("大力发展可再生能源。")}


def test_a_rendering_ending_in_an_adverb_is_a_phrase() -> None:
    pairs = (_pair("严格生态环境执法。", "It enforces environmental laws strictly."),)
    for cand in extract_terms(pairs, with_pinyin=False):
        if cand.english.endswith("strictly"):
            assert cand.confidence < DEFAULT_THRESHOLD
    # Only the adverb at its edge tells the whole clause from a term here.
    pairs = (_pair("工厂严格控制噪声污染。", "The factory controls noise pollution strictly."),)
    found = {c.chinese: c for c in extract_terms(pairs, with_pinyin=False)}
    clause = found["工厂严格控制噪声污染"]
    assert clause.english == "factory controls noise pollution strictly"
    assert clause.confidence < DEFAULT_THRESHOLD
    kept = [(c.chinese, c.english) for c in found.values() if c.confidence >= DEFAULT_THRESHOLD]
    assert kept == [("噪声污染", "noise pollution")]


def test_a_second_translation_of_one_word_explains_nothing_new() -> None:
    pairs = (
        _pair(
            "我们实施乡村建设行动,建设和美乡村。",
            "We carry out the rural development initiative to build a harmonious countryside.",
        ),
    )
    found = {c.chinese: c for c in extract_terms(pairs, with_pinyin=False)}
    assert found["乡村建设行动"].english == "rural development initiative"


def test_verbs_in_ize_share_a_stem_with_their_nouns() -> None:
    revitalize, revitalization = words("revitalize revitalization")
    assert revitalize.stem == revitalization.stem


def test_coordinations_inside_a_nominal_phrase_are_candidates() -> None:
    spans = {s.text for s in candidate_spans("维护网络空间和平与安全。")}
    assert {"和平与安全", "网络空间和平与安全"} <= spans
    # Standing alone, two nouns joined by 与 are two terms.
    assert "沟通与合作" not in {s.text for s in candidate_spans("加强沟通与合作。")}
    pairs = (_pair("维护网络空间和平与安全。", "Uphold peace and security in cyberspace."),)
    found = {c.chinese: c for c in extract_terms(pairs, with_pinyin=False)}
    assert found["和平与安全"].english == "peace and security"
    assert found["网络空间和平与安全"].english == "peace and security in cyberspace"


def test_a_coordination_rendered_without_and_is_no_term() -> None:
    pairs = (
        _pair(
            "促进科技与人文交汇交融。",
            "Promote the integration of technology with cultural progress.",
        ),
    )
    for cand in extract_terms(pairs, with_pinyin=False):
        if "与" in cand.chinese:
            assert cand.confidence < DEFAULT_THRESHOLD


def test_a_gap_of_two_characters_may_take_two_words() -> None:
    pairs = (
        _pair(
            "构建命运共同体需要各方参与。",
            "Building a community with a shared future requires the participation of all.",
        ),
    )
    found = {c.chinese: c for c in extract_terms(pairs, with_pinyin=False)}
    assert found["命运共同体"].english == "community with a shared future"


def test_a_verb_rendered_by_a_guess_is_a_predicate() -> None:
    pairs = (_pair("各国应打击网络恐怖主义。", "Countries should combat cyberterrorism."),)
    for cand in extract_terms(pairs, with_pinyin=False):
        if cand.chinese.startswith("打击"):
            assert cand.confidence < DEFAULT_THRESHOLD


def test_a_verb_cut_off_from_its_object_is_a_predicate() -> None:
    pairs = (
        _pair(
            "中国坚定不移扩大对外开放。",
            "China remains firmly committed to expanding its opening up.",
        ),
        _pair("提升网络安全防护意识。", "Raise awareness of cybersecurity protection."),
    )
    found = {c.chinese: c for c in extract_terms(pairs, with_pinyin=False)}
    for chinese, cand in found.items():
        if chinese.endswith("扩大"):
            assert cand.confidence < DEFAULT_THRESHOLD
    # A verb before a noun that the English renders as a noun modifies it: no predicate.
    assert found["网络安全防护"].english == "cybersecurity protection"
    assert found["网络安全防护"].confidence >= DEFAULT_THRESHOLD


_FUTURE = (
    _pair("构建网络空间命运共同体。", "Build a community with a shared future in cyberspace."),
    _pair(
        "网络空间命运共同体需要各方参与。",
        "A community with a shared future in cyberspace needs everyone.",
    ),
)


def test_sentences_agreeing_on_a_filled_rendering_confirm_it() -> None:
    once = {c.chinese: c for c in extract_terms(_FUTURE[:1], with_pinyin=False)}
    twice = {c.chinese: c for c in extract_terms(_FUTURE, with_pinyin=False)}
    term = "网络空间命运共同体"
    assert twice[term].english == "community with a shared future in cyberspace"
    assert twice[term].confidence > once[term].confidence


def test_a_start_that_crosses_a_better_nested_term_is_a_fragment() -> None:
    found = {c.chinese: c for c in extract_terms(_FUTURE, with_pinyin=False)}
    assert "命运共同体" in found
    assert "网络空间命运" not in found


def test_the_last_part_of_an_explained_compound_is_no_loose_word() -> None:
    pairs = (
        _pair(
            "支持中小企业参与国际合作。",
            "Support small and medium-sized enterprises in international cooperation.",
        ),
    )
    found = {c.chinese: c for c in extract_terms(pairs, with_pinyin=False)}
    assert found["中小企业"].english == "small and medium-sized enterprises"


def test_a_start_whose_english_overlaps_the_longer_terms_is_a_fragment() -> None:
    def cand(chinese: str, english: str, en_start: int, en_end: int) -> TermCandidate:
        occurrence = Occurrence(0, 0, len(chinese), en_start, en_end)
        return TermCandidate(chinese, english, "", 0.7, 1, (occurrence,))

    longer = cand("人类命运共同体", "community with a shared future for mankind", 10, 52)
    nested = cand("命运共同体", "community with a shared future", 10, 40)
    start = cand("人类命运", "mankind free", 45, 57)
    kept = {c.chinese for c in _drop_fragments([longer, nested, start])}
    assert kept == {"人类命运共同体", "命运共同体"}
    # Without a nested term crossing it, the start stands.
    assert {c.chinese for c in _drop_fragments([longer, start])} == {"人类命运共同体", "人类命运"}


def test_a_verb_phrase_as_the_subject_of_shi_is_a_candidate() -> None:
    spans = {s.text: s for s in candidate_spans("女士们:消除贫困是人类的共同使命。")}
    assert spans["消除贫困"].verb_object
    assert not any(s.verb_object for s in candidate_spans("我们认为消除贫困是共同使命。"))
    named = (_pair("消除贫困是共同使命。", "Eradicating poverty is a common mission."),)
    stated = (_pair("消除贫困是共同使命。", "Eradicate poverty, our common mission."),)
    found = {c.chinese: c for c in extract_terms(named, with_pinyin=False)}
    assert found["消除贫困"].english.lower() == "eradicating poverty"
    assert found["消除贫困"].confidence >= DEFAULT_THRESHOLD
    plain = {c.chinese: c for c in extract_terms(stated, with_pinyin=False)}
    assert plain["消除贫困"].confidence < DEFAULT_THRESHOLD


def test_a_plural_noun_first_is_no_verb() -> None:
    pairs = (
        _pair("促进交流互鉴。", "Promote exchanges and mutual learning."),
        _pair("严格生态环境执法。", "It enforces ecological and environmental laws."),
    )
    found = {c.chinese: c for c in extract_terms(pairs, with_pinyin=False)}
    assert found["交流互鉴"].english == "exchanges and mutual learning"
    assert found["交流互鉴"].confidence >= DEFAULT_THRESHOLD
    for chinese, cand in found.items():
        if cand.english.startswith("enforces"):
            assert cand.confidence < DEFAULT_THRESHOLD, chinese


def test_a_hyphenated_compound_is_one_word() -> None:
    pairs = (
        _pair("推动人才交流。", "Promote people-to-people exchanges."),
        _pair("促进人才流动。", "Promote the flow of talent."),
    )
    found = {c.chinese: c for c in extract_terms(pairs, with_pinyin=False)}
    assert found["人才交流"].english == "people-to-people exchanges"


def test_and_before_an_article_joins_two_phrases() -> None:
    pairs = (
        _pair(
            "服务贸易试验区和海南自由贸易港建设取得进展。",
            "Progress has been made in building pilot service trade zones and the Hainan Free "
            "Trade Port.",
        ),
    )
    candidates = extract_terms(pairs, with_pinyin=False)
    found = {c.chinese: c.english for c in candidates}
    # Each side of the "and" is a term of its own, and no rendering spans the "and the".
    assert found["服务贸易试验区"] == "pilot service trade zones"
    assert found["海南自由贸易港"] == "Hainan Free Trade Port"
    assert [c.english for c in candidates if " and the " in c.english] == []


def test_a_filler_before_the_rendered_words_fills_a_modifier_when_the_head_has_one_after() -> None:
    pairs = (
        _pair("建设服务贸易试验区。", "We build pilot service trade zones."),
        _pair("推动形成绿色生活方式。", "It fosters green lifestyles."),
    )
    found = {c.chinese: c for c in extract_terms(pairs, with_pinyin=False)}
    assert found["服务贸易试验区"].english == "pilot service trade zones"
    assert found["绿色生活方式"].english == "green lifestyles"


def test_english_a_surer_term_of_the_same_sentence_takes_renders_no_other_chinese() -> None:
    pairs = (
        SegmentPair(
            "paragraph",
            "中国坚持土壤修复优先。",
            "China puts soil remediation first.",
            1.0,
        ),
        SegmentPair(
            "paragraph",
            "中国推进土壤修复，应对土壤挑战。",
            "China advances soil remediation.",
            1.0,
        ),
        SegmentPair(
            "paragraph",
            "土壤修复需要全社会参与。",
            "Soil remediation needs everyone.",
            1.0,
        ),
    )
    found = [(c.chinese, c.english) for c in extract_terms(pairs, with_pinyin=False)]
    assert [zh for zh, en in found if en == "soil remediation"] == ["土壤修复"]
