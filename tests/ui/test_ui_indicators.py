"""Radio buttons and check boxes can be seen, chosen or not, in every theme.

Fusion outlines them in a shade of the window colour: on High Contrast's black an
unselected radio button was not drawn at all. The Print dialog (radio buttons and a
check box) is rendered in Tether's own style and each theme's palette, and the
indicator's outline is measured against the background around it (WCAG's 3:1 for the
edges of controls).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QRadioButton, QStyle
from pytestqt.qtbot import QtBot
from test_ui_theme_contrast import NON_TEXT, contrast

from tether.look.theme import THEMES, Theme, palette_for
from tether.ui.export.dialog import ExportDialog, Purpose
from tether.ui.style import ReaderStyle


@pytest.fixture
def reader_style(qapp: QApplication) -> Iterator[None]:
    """Tether's application style (as the app sets it) for one test, then Qt's again."""
    style_name = qapp.style().name()
    palette = qapp.palette()
    qapp.setStyle(ReaderStyle())
    yield
    qapp.setStyle(style_name)
    qapp.setPalette(palette)


def indicator_area(button: QAbstractButton) -> QRect:
    """Where a button's round or square indicator is drawn (its left end)."""
    metric = (
        QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
        if isinstance(button, QRadioButton)
        else QStyle.PixelMetric.PM_IndicatorWidth
    )
    width = button.style().pixelMetric(metric, None, button) + 2
    return QRect(button.mapTo(button.window(), QPoint(0, 0)), button.size()).adjusted(
        0, 0, width - button.width(), 0
    )


def outline_contrast(image: QImage, area: QRect) -> float:
    """The strongest contrast of any pixel in ``area`` with the area's commonest colour
    (the background the indicator sits on)."""
    pixels = [
        image.pixelColor(x, y).name()
        for x in range(area.left(), area.right() + 1)
        for y in range(area.top(), area.bottom() + 1)
    ]
    background = Counter(pixels).most_common(1)[0][0]
    return max(contrast(QColor(pixel), QColor(background)) for pixel in set(pixels))


@pytest.mark.parametrize("theme", THEMES.values(), ids=list(THEMES))
def test_unselected_radio_buttons_and_check_boxes_stand_out_from_the_dialog(
    reader_style: None, qtbot: QtBot, theme: Theme
) -> None:
    QApplication.setPalette(palette_for(theme))
    dialog = ExportDialog(Purpose.PRINT, "An Article")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    image = dialog.grab().toImage()
    radios = dialog.findChildren(QRadioButton)
    unselected = [radio for radio in radios if not radio.isChecked()]
    selected = [radio for radio in radios if radio.isChecked()]
    assert unselected
    assert selected
    assert not dialog.with_article.isChecked()

    for button in [*unselected, *selected, dialog.with_article]:
        found = outline_contrast(image, indicator_area(button))
        assert found >= NON_TEXT, (button.text(), round(found, 2))
