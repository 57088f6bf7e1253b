"""Render resources/icons/tiket-gui.svg to the PNG sizes desktops ask for."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 32, 48, 64, 128, 256, 512)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(sys.argv[:1])
    folder = Path(__file__).resolve().parents[1] / "resources" / "icons"
    renderer = QSvgRenderer(str(folder / "tiket-gui.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(folder / f"tiket-gui-{size}.png"))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
