"""Building drills: seeded order and options, distractor rules as properties, even letters."""

from __future__ import annotations

from collections import Counter

import pytest
from drill_sample import SAMPLE, term
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from duiyi.drill.answers import are_twins, near_duplicates
from duiyi.drill.build import Drill, build_drill
from duiyi.drill.terms import Direction, DrillSettings, DrillTerm, Mode
from duiyi.errors import InvalidInput

# Few words, so generated terms often share a Chinese (in either script), an English (in either
# spelling, with or without an article or plural), or differ by a slip of the pen.
CHINESE = [
    "网络安全",
    "網絡安全",
    "数字经济",
    "数字经济体",
    "国防",
    "國防",
    "市中心",
    "标准化",
    "劳动力",
    "人才交流",
    "数据",
    "数据安全",
]
ENGLISH = [
    "cybersecurity",
    "network security",
    "digital economy",
    "the digital economies",
    "national defence",
    "national defense",
    "city centre",
    "city center",
    "standardisation",
    "standardization",
    "labour force",
    "labor force",
    "talent exchange",
    "data",
    "date",
    "data security",
    "environment",
    "enviroment",
    "people-to-people exchanges",
]


@st.composite
def term_lists(draw: st.DrawFn) -> list[DrillTerm]:
    count = draw(st.integers(min_value=2, max_value=12))
    terms = []
    for term_id in range(1, count + 1):
        english = draw(st.lists(st.sampled_from(ENGLISH), min_size=1, max_size=3, unique=True))
        terms.append(
            term(
                term_id,
                draw(st.sampled_from(CHINESE)),
                "",
                *english,
                document=draw(st.integers(1, 2)),
                lesson=draw(st.integers(1, 3)),
            )
        )
    return terms


def _right_texts(item_term: DrillTerm, known: list[DrillTerm], chinese: bool) -> list[str]:
    twins = [k for k in known if are_twins(item_term, k)]
    return [k.chinese for k in twins] if chinese else [e for k in twins for e in k.english]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    terms=term_lists(),
    released=st.sets(st.integers(1, 3), min_size=1),
    direction=st.sampled_from([Direction.ZH_EN, Direction.EN_ZH, Direction.MIXED]),
    seed=st.integers(-(10**9), 10**9),
)
def test_distractors_are_wrong_distinct_unalike_and_released(
    terms: list[DrillTerm], released: set[int], direction: Direction, seed: int
) -> None:
    pool = [t for t in terms if t.lesson_ids & released]
    drill_settings = DrillSettings(direction=direction, count=12, seed=seed)
    try:
        drill = build_drill(terms, drill_settings, pool=pool)
    except InvalidInput as error:
        # Only when some chosen term has no usable wrong option at all.
        assert "no wrong option" in str(error)
        return
    by_id = {t.term_id: t for t in terms}
    for item in drill.items:
        chinese = item.direction is Direction.EN_ZH
        item_term = by_id[item.term_id]
        rights = _right_texts(item_term, terms, chinese)
        assert item.options[item.right] == (item_term.chinese if chinese else item_term.preferred)
        wrong = [o for i, o in enumerate(item.options) if i != item.right]
        allowed = {t.chinese if chinese else t.preferred for t in pool}
        for option in wrong:
            assert option in allowed
            assert not any(near_duplicates(option, r, chinese=chinese) for r in rights)
        for i, a in enumerate(item.options):
            for b in item.options[i + 1 :]:
                assert not near_duplicates(a, b, chinese=chinese)


@settings(max_examples=200, deadline=None)
@given(count=st.integers(1, 16), seed=st.integers(-(10**6), 10**6))
def test_each_drill_spreads_the_right_letter_evenly(count: int, seed: int) -> None:
    drill = build_drill(SAMPLE, DrillSettings(count=count, seed=seed))
    letters = Counter(item.right_letter for item in drill.items)
    assert sorted(letters.values(), reverse=True) == _even_split(count, 4)


def _even_split(count: int, slots: int) -> list[int]:
    full, extra = divmod(count, slots)
    return [n for n in [full + 1] * extra + [full] * (slots - extra) if n]


def test_over_seeds_0_to_399_each_letter_is_right_exactly_as_often() -> None:
    letters: Counter[str] = Counter()
    for seed in range(400):
        drill = build_drill(SAMPLE, DrillSettings(count=10, seed=seed))
        letters.update(item.right_letter for item in drill.items)
    assert letters == {"A": 1000, "B": 1000, "C": 1000, "D": 1000}


def test_mixed_direction_asks_each_way_equally() -> None:
    drill = build_drill(SAMPLE, DrillSettings(direction=Direction.MIXED, count=9, seed=5))
    assert sorted(Counter(i.direction for i in drill.items).values()) == [4, 5]


def test_the_same_seed_gives_the_same_drill_and_another_seed_version_b() -> None:
    def make(seed: int) -> Drill:
        return build_drill(SAMPLE, DrillSettings(count=8, seed=seed))

    assert make(7) == make(7)
    a, b = make(7), make(8)
    assert [i.term_id for i in a.items] != [i.term_id for i in b.items]


def test_distractors_come_from_the_same_document_first() -> None:
    docs = {t.preferred: t.document_ids for t in SAMPLE}
    for seed in range(60):
        drill = build_drill(SAMPLE, DrillSettings(count=16, seed=seed))
        item = next(i for i in drill.items if i.prompt == "标准化")
        assert {d for o in item.options for d in docs[o]} == {2}


def test_distractors_share_characters_when_they_can() -> None:
    # 网络安全 shares 网络 with 网络空间 and 安全 with 数据安全, from its document: always options.
    for seed in range(40):
        drill = build_drill(SAMPLE, DrillSettings(direction=Direction.EN_ZH, count=16, seed=seed))
        item = next(i for i in drill.items if i.prompt == "cybersecurity")
        assert {"网络空间", "数据安全"} <= set(item.options)


def test_unreleased_terms_never_become_options() -> None:
    lesson_one = [t for t in SAMPLE if 1 in t.lesson_ids]
    unreleased = {t.preferred for t in SAMPLE if 2 in t.lesson_ids}
    for seed in range(30):
        drill = build_drill(lesson_one, DrillSettings(count=10, seed=seed), pool=lesson_one)
        options = {o for item in drill.items for o in item.options}
        assert options & unreleased == set()
        assert len(options) == len({t.preferred for t in lesson_one})


def test_twins_are_never_two_items_and_other_renderings_are_accepted() -> None:
    terms = [*SAMPLE, term(20, "网络安全", "wǎngluò ānquán", "cyber security")]
    drill = build_drill(terms, DrillSettings(count=17, seed=2, mode=Mode.TYPING))
    assert len(drill.items) == 16 and drill.requested == 17
    item = next(i for i in drill.items if i.prompt == "网络安全")
    assert [a.text for a in item.accepted] == [
        "cybersecurity",
        "network security",
        "cyber security",
    ]


def test_a_term_with_nothing_to_confuse_it_with_is_refused_with_its_name() -> None:
    only = [term(1, "国防", "guófáng", "national defence")]
    with pytest.raises(InvalidInput, match="no wrong option for 国防 / national defence"):
        build_drill(only, DrillSettings(count=1))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"count": 0}, "at least one item, not 0"),
        ({"seconds": 0}, "at least 1, not 0"),
        ({"options": 9}, "2 to 8 options, not 9"),
    ],
)
def test_settings_out_of_range_are_refused_by_name(changes: dict[str, int], message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        build_drill(SAMPLE, DrillSettings(**changes))  # type: ignore[arg-type]


def test_matching_groups_hold_eight_pairs_with_a_shuffled_column() -> None:
    drill = build_drill(SAMPLE, DrillSettings(count=12, seed=1, mode=Mode.MATCHING))
    assert [len(g.items) for g in drill.groups] == [8, 4]
    for group in drill.groups:
        assert sorted(group.column) == sorted(i.answer for i in group.items)
        assert [group.column[ord(group.letter_of(i)) - 65] for i in group.items] == [
            i.answer for i in group.items
        ]
    assert [i.answer for i in drill.groups[0].items] != list(drill.groups[0].column)
