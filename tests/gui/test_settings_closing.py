"""Closing Settings before it has loaded: the answers still on their way reach nothing."""

from __future__ import annotations

from typing import Any


def test_settings_closed_before_it_loaded(qtbot: Any, window: Any, idle: Any) -> None:
    window.open_settings()
    dialog = window.settings_dialog
    assert not window.service.idle  # its decks, backups and deck settings are still loading
    dialog.reject()  # Esc at once
    idle()
    qtbot.wait(50)  # the deletion and the late answers both delivered
    window.open_settings()  # and Settings opens again as usual
    again = window.settings_dialog
    idle()
    assert again.retention.value() == 0.9
    again.reject()
