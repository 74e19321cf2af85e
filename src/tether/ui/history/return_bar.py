"""The quiet bar above the page that offers a new check-in to a reader coming back.

Shown when the reader opens an article they last read 7 days or more ago and have
ticked signs in before: not a dialog, nothing waits for it. It says what a new check-in
does ("your earlier answers are kept") and goes away when they start one, dismiss it,
or open another article.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from tether.i18n import QT_TRANSLATE_NOOP, translate

# Plurals: declared with a literal count, as lupdate needs (see QT_TRANSLATE_NOOP).
_AWAY_DAYS = QT_TRANSLATE_NOOP(
    "CheckIns",
    "Welcome back — it has been %n days. Start a new check-in to see how your "
    "answers have changed; your earlier answers are kept.",
    None,
    7,
)
_AWAY_MONTHS = QT_TRANSLATE_NOOP(
    "CheckIns",
    "Welcome back — it has been %n months. Start a new check-in to see how your "
    "answers have changed; your earlier answers are kept.",
    None,
    2,
)


class ReturnBar(QFrame):
    """ "Welcome back" with Start a New Check-in and a close button; hidden until offered."""

    start_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("return-bar")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAccessibleName(translate("CheckIns", "Check-in offer"))
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 6, 6, 6)
        row.setSpacing(10)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.start_button = QPushButton(translate("CheckIns", "&Start a New Check-in"), self)
        self.start_button.setToolTip(
            translate("CheckIns", "Tick the signs afresh; your earlier answers are kept")
        )
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(
            translate("CheckIns", "Not now (keep ticking in the check-in you have)")
        )
        self.close_button.setAccessibleName(translate("CheckIns", "Not now"))
        row.addWidget(self.label, 1)
        row.addWidget(self.start_button)
        row.addWidget(self.close_button)
        self.start_button.clicked.connect(self.start_requested)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def offer(self, days: float) -> None:
        """Show the bar for a reader away ``days`` days."""
        if days < 60:
            text = translate("CheckIns", _AWAY_DAYS, None, int(days))
        else:
            text = translate("CheckIns", _AWAY_MONTHS, None, int(days // 30))
        self.label.setText(text)
        self.show()

    @Slot()
    def withdraw(self) -> None:
        """Hide the bar (a check-in was started, or another article opened)."""
        self.hide()
