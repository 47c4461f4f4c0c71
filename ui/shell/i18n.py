"""Interface language: Qt translators for every compiled catalogue, and the bundled CJK font."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from archive_core.spine.i18n import DEFAULT_LANGUAGE
from resources import CJK_FONT, I18N


def choose_language(requested: str | None) -> str:
    return requested or os.environ.get("ARCHIVE_WS_LANG") or DEFAULT_LANGUAGE


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load every .qm of the language (one per area); Qt's own strings come from its qtbase catalogue."""
    installed = []
    folder = I18N / language
    for qm in sorted(folder.glob("*.qm")) if folder.is_dir() else []:
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            installed.append(translator)
    if language != "en":
        from PySide6.QtCore import QLibraryInfo

        qt = QTranslator(app)
        if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            installed.append(qt)
    QLocale.setDefault(QLocale(language))
    return installed


def install_font(app: QApplication) -> None:
    """Chinese never falls back to boxes: the bundled WenQuanYi Micro Hei is the application font."""
    font_id = QFontDatabase.addApplicationFont(str(CJK_FONT))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        font = QFont(families[0], 10)
        app.setFont(font)
