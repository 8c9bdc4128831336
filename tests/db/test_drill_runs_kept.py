"""`col.drills.keep_run`: the same drill printed or exported again keeps its run; another class,
title or seed is another run; an unknown class stores nothing."""

from __future__ import annotations

from typing import Any

import pytest

from duiyi.drill.build import build_drill
from duiyi.drill.terms import DrillSettings
from duiyi.errors import NotFound

TERMS = [
    ("网络空间", "cyberspace"),
    ("数字鸿沟", "digital divide"),
    ("绿色出行", "green travel"),
    ("供给侧改革", "supply-side reform"),
    ("高质量发展", "high-quality development"),
]


def test_keep_run_reuses_the_same_drill_for_the_same_class(col: Any) -> None:
    for zh, en in TERMS:
        col.terms.add(chinese=zh, english=en)
    col.drills.add_class(name="Class 3")
    terms = col.drills.terms()
    drill = build_drill(terms, DrillSettings(count=4, seed=1))
    first = col.drills.keep_run(drill=drill, class_name="Class 3").value
    again = col.drills.keep_run(drill=drill, class_name="Class 3").value
    no_class = col.drills.keep_run(drill=drill).value
    no_class_again = col.drills.keep_run(drill=drill).value
    titled = build_drill(terms, DrillSettings(count=4, seed=1, title="Week 3"))
    other_title = col.drills.keep_run(drill=titled, class_name="Class 3").value
    seed_2 = build_drill(terms, DrillSettings(count=4, seed=2))
    other_seed = col.drills.keep_run(drill=seed_2, class_name="Class 3").value
    assert (first, again, no_class, no_class_again, other_title, other_seed) == (1, 1, 2, 2, 3, 4)
    assert [r.id for r in col.drills.runs()] == [4, 3, 2, 1]
    with pytest.raises(NotFound, match=r"^There is no class named 'Class 9'\.$"):
        col.drills.keep_run(drill=drill, class_name="Class 9")
    assert [r.id for r in col.drills.runs()] == [4, 3, 2, 1]
