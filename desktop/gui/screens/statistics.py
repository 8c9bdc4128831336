"""Statistics screen."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.gui.service import CollectionService
from desktop.gui.widgets import EmptyState, Screen, title_label


class StatisticsScreen(Screen):
    """Statistics (being built)."""

    def __init__(self, service: CollectionService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self.outer.addWidget(title_label(self.tr("Statistics")))
        self.outer.addWidget(EmptyState(self.tr("Nothing here yet.")), 1)
