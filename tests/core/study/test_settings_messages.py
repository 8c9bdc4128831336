"""Every study setting out of range is refused in one plain sentence; edges are accepted."""

from __future__ import annotations

from typing import Any

import pytest

from duiyi.errors import InvalidInput
from duiyi.study.settings import DeckSettings


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"desired_retention": 0.69}, "Desired retention must be between 0.70 and 0.99, not 0.69."),
        ({"learning_steps": [1, 0]}, "Every learning step must be longer than zero."),
        ({"relearning_steps": [-1]}, "Every relearning step must be longer than zero."),
        ({"learning_steps": [True]}, "The setting 'learning_steps' must be a list of minutes."),
        ({"learning_steps": 5}, "The setting 'learning_steps' must be a list of minutes."),
        ({"maximum_interval": 0}, "The maximum interval must be between 1 and 36500 days."),
        ({"maximum_interval": 36501}, "The maximum interval must be between 1 and 36500 days."),
        ({"backlog_cap": -1}, "Daily limits cannot be negative."),
        (
            {"new_order": "alphabet"},
            "New cards can be shown in document, frequency, random order only.",
        ),
        ({"leech_threshold": 0}, "The leech threshold must be at least 1 lapse."),
        ({"leech_action": "delete"}, "A leech can be tagged or suspended only."),
        ({"rollover_hour": 24}, "The day rollover hour must be between 0 and 23."),
        ({"parameters": [0.1] * 20}, "Personal FSRS parameters must be 21 numbers."),
        ({"parameters": ["a"] * 21}, "The setting 'parameters' must be a list of numbers."),
        ({"recognition": False, "production": False}, "Turn on at least one card type."),
        ({"fuzz": "yes"}, "The setting 'fuzz' must be true or false."),
        ({"new_per_day": "ten"}, "The setting 'new_per_day' must be a whole number."),
        ({"desired_retention": "high"}, "The setting 'desired_retention' must be a number."),
        ({"new_order": 3}, "The setting 'new_order' must be text."),
        ({"colour": "red"}, "Unknown study setting 'colour'."),
    ],
)
def test_a_setting_out_of_range_is_named(values: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        DeckSettings.from_dict(values)
    assert str(caught.value) == message


def test_the_edges_of_each_range_are_accepted() -> None:
    edges = DeckSettings.from_dict(
        {
            "desired_retention": 0.7,
            "maximum_interval": 36500,
            "leech_threshold": 1,
            "rollover_hour": 0,
            "new_per_day": "12",
            "reviews_per_day": 300.0,
            "learning_steps": ["30s", 10, 1.5],
            "cloze": True,
            "recognition": False,
            "production": False,
        }
    )
    assert (edges.desired_retention, edges.maximum_interval, edges.leech_threshold) == (
        0.7,
        36500,
        1,
    )
    assert (edges.rollover_hour, edges.new_per_day, edges.reviews_per_day) == (0, 12, 300)
    assert edges.learning_steps == (0.5, 10.0, 1.5)
    assert edges.directions == ("cloze_zh", "cloze_en")
