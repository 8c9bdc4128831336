"""Spaced-repetition study over `fsrs`: settings, scheduling, queue rules, answers, statistics."""
