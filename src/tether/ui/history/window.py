"""View › History: how the reader's answers changed from one check-in to the next.

A window beside the reader (not modal): for each sign group a small chart of the count
ticked at each check-in, then the same numbers as tables a screen reader can walk — a
row per check-in (its date, "n of m" per group, its note, which can be written here) and
a row per sign (ticked or not at each check-in). An earlier check-in can be deleted; a
bar offers Undo at once (and Ctrl+Z), and nothing leaves the data file.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tether.i18n import QT_TRANSLATE_NOOP, translate
from tether.models.history import CheckInHistory, CheckInsTable, SignsHistoryTable
from tether.ui.history.chart import GroupChart

# Charts side by side when the window is at least this wide.
_TWO_COLUMNS_WIDTH = 760
# A plural: declared with a literal count, as lupdate needs (see QT_TRANSLATE_NOOP).
_SUMMARY = QT_TRANSLATE_NOOP("History", "%n check-ins, from {first} to {last}.", None, 2)


class HistoryWindow(QDialog):
    """The History of one article's check-ins: charts, tables, notes, delete with undo."""

    def __init__(self, history: CheckInHistory, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history-window")
        self.setWindowTitle(translate("History", "History — {title}").format(title=title))
        self.setModal(False)
        self.history = history
        self.checkins_table = CheckInsTable(history)
        self.signs_table = SignsHistoryTable(history)
        self._charts: list[GroupChart] = []
        self._columns = 0

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        self.summary = QLabel(self)
        self.summary.setObjectName("history-summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)

        self._chart_box = QWidget(self)
        self._grid = QGridLayout(self._chart_box)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(18)
        self._grid.setVerticalSpacing(6)
        scroll = QScrollArea(self)
        scroll.setWidget(self._chart_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName(
            translate("History", "Charts: signs ticked at each check-in, one per group")
        )
        layout.addWidget(scroll, 3)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(translate("History", "The numbers as tables"))
        self.checkins_view = _table(
            self.checkins_table, translate("History", "Check-ins: date, signs ticked, note")
        )
        self.checkins_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.checkins_view.horizontalHeader().setStretchLastSection(True)
        self.checkins_view.setColumnWidth(0, 150)
        self.signs_view = _table(
            self.signs_table, translate("History", "Each sign: ticked or not at each check-in")
        )
        self.signs_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Interactive
        )
        self.signs_view.setColumnWidth(0, 320)
        self.tabs.addTab(self.checkins_view, translate("History", "Check-ins"))
        self.tabs.addTab(self.signs_view, translate("History", "Each sign"))
        layout.addWidget(self.tabs, 2)

        self.undo_bar = QFrame(self)
        self.undo_bar.setObjectName("history-undo-bar")
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.setContentsMargins(10, 4, 6, 4)
        self.undo_label = QLabel(self.undo_bar)
        self.undo_button = QPushButton(translate("History", "&Undo"), self.undo_bar)
        self.undo_button.clicked.connect(self.undo_delete)
        undo_row.addWidget(self.undo_label, 1)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.hide()
        layout.addWidget(self.undo_bar)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.delete_button = QPushButton(translate("History", "&Delete Check-in"), self)
        self.delete_button.setToolTip(
            translate("History", "Delete the selected earlier check-in (you can undo it)")
        )
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        self.delete_button.clicked.connect(self.delete_selected)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_delete)

        self.checkins_view.selectionModel().currentRowChanged.connect(self._on_row)
        history.changed.connect(self._refresh)
        self._refresh()
        # As large as is comfortable, never beyond the screen (a 1024×600 netbook too).
        screen = self.screen().availableGeometry()
        self.resize(min(900, int(screen.width() * 0.94)), min(720, int(screen.height() * 0.9)))

    # -- commands ----------------------------------------------------------------------------

    @Slot()
    def delete_selected(self) -> None:
        """Delete the earlier check-in selected in the table, and offer Undo."""
        row = self.checkins_view.currentIndex().row()
        label = self.history.label(row) if 0 <= row < len(self.history.checkins) else ""
        if self.history.delete(row) is None:
            return
        self.undo_label.setText(
            translate("History", "The check-in of {date} was deleted.").format(date=label)
        )
        self.undo_bar.show()
        self.undo_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def undo_delete(self) -> None:
        """Bring back the check-in deleted last."""
        if self.history.undo_delete():
            self.undo_bar.hide()

    # -- drawing -----------------------------------------------------------------------------

    @Slot()
    def _refresh(self) -> None:
        history = self.history
        count = len(history.checkins)
        labels = [history.label(row) for row in range(count)]
        if not history.groups:
            text = translate(
                "History",
                "This article has no checklist of signs, so there is nothing to check in on.",
            )
        elif count == 0:
            text = translate(
                "History",
                "No check-ins yet. Tick the signs that fit you; each time you come back, "
                "start a new check-in (Reflect › New Check-in, Ctrl+Shift+N) to see how "
                "your answers change.",
            )
        elif count == 1:
            text = translate(
                "History",
                "One check-in so far, on {date}, so each chart is a single point. "
                "When you come back, start a new check-in (Reflect › New Check-in, "
                "Ctrl+Shift+N): your answers then are drawn beside these.",
            ).format(date=labels[0])
        else:
            text = translate("History", _SUMMARY, None, count).format(
                first=labels[0], last=labels[-1]
            )

        self.summary.setText(text)
        self._show_charts(labels)
        self._on_row(self.checkins_view.currentIndex())

    def _show_charts(self, labels: list[str]) -> None:
        groups = self.history.groups
        while len(self._charts) < len(groups):
            self._charts.append(GroupChart(self._chart_box))
        for chart, series in zip(self._charts, groups, strict=False):
            chart.show_series(series, labels)
        for chart in self._charts[len(groups) :]:
            chart.hide()
        self._place_charts()

    def _place_charts(self) -> None:
        columns = 2 if self.width() >= _TWO_COLUMNS_WIDTH else 1
        for chart in self._charts[: len(self.history.groups)]:
            self._grid.removeWidget(chart)
        for n, chart in enumerate(self._charts[: len(self.history.groups)]):
            self._grid.addWidget(chart, n // columns, n % columns)
            chart.show()
        self._columns = columns

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt: one or two columns of charts, as the width allows."""
        super().resizeEvent(event)
        if (2 if self.width() >= _TWO_COLUMNS_WIDTH else 1) != self._columns:
            self._place_charts()

    @Slot(QModelIndex)
    def _on_row(self, index: QModelIndex) -> None:
        self.delete_button.setEnabled(self.history.can_delete(index.row()))


def _table(model: CheckInsTable | SignsHistoryTable, name: str) -> QTableView:
    """A plain, readable table over ``model``: rows selected whole, no grid clutter."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setDefaultSectionSize(110)
    header.setHighlightSections(False)
    header.setTextElideMode(Qt.TextElideMode.ElideRight)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    view.setTabKeyNavigation(False)
    return view
