"""Tab order that follows what the eye sees.

Qt's default order is the order widgets were made in; widgets made later (a step's
starter buttons, rebuilt for each question) land at the end of the chain, after the
buttons drawn below them. Screens give their order explicitly with ``set_tab_chain``.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtWidgets import QWidget


def set_tab_chain(widgets: Sequence[QWidget | None]) -> None:
    """Tab goes through ``widgets`` in this order (None entries are left out)."""
    present = [w for w in widgets if w is not None]
    for before, after in pairwise(present):
        QWidget.setTabOrder(before, after)
