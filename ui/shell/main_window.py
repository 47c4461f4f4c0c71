"""The main window: navigation between the workstation's areas, the signed-in user and workstation in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from ui.kit.context import UiContext
from ui.kit.page import Page
from ui.shell.navigation import page_classes
from ui.spine.roles import role_names


class MainWindow(QMainWindow):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("Enforcement Record Archive Workstation"))
        self.resize(1366, 768)
        self.pages: list[Page] = []

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(188)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setSpacing(2)
        self.nav.setStyleSheet(
            "QListWidget#navigation { background: #f3f5f8; border: none; border-right: 1px solid #d6dbe3;"
            " padding-top: 8px; font-size: 11pt; }"
            "QListWidget#navigation::item { padding: 9px 10px; border-radius: 4px; margin: 0 6px; }"
            "QListWidget#navigation::item:selected { background: #1f5aa6; color: white; }"
        )
        self.stack = QStackedWidget()
        for cls in page_classes():
            if not cls.visible_to(ctx.actor):
                continue
            page = cls(ctx)
            self.pages.append(page)
            self.stack.addWidget(page)
            item = QListWidgetItem(self.style().standardIcon(cls.icon), cls.title())
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._show_page)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        if not self.pages:
            empty = QLabel(self.tr("Your roles give access to no area of this workstation. "
                                   "Ask the security administrator."))
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stack.addWidget(empty)

        self._build_menu()
        db_kind = self.tr("PostgreSQL") if ctx.ws.db.dialect == "postgresql" else self.tr("embedded SQLite")
        status = QLabel(self.tr("User: {name} ({roles})   |   Workstation: {ws}   |   Catalogue: {db}").format(
            name=ctx.actor.display_name, roles=role_names(ctx.actor.roles), ws=ctx.ws.name, db=db_kind))
        self.statusBar().addPermanentWidget(status)
        if self.pages:
            self.nav.setCurrentRow(0)

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # the standard Quit key is empty on Windows
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About"), self.tr(
            "Enforcement Record Archive Workstation\n\nKeeps the text and audio-visual records that the Hebei "
            "Measures on Whole-Process Recording of Administrative Enforcement require, with a write-once "
            "evidence vault and a tamper-evident audit trail."))

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.stack.setCurrentWidget(self.pages[row])
            self.pages[row].activate()

    def show_page(self, cls_name: str) -> Page | None:
        for row, page in enumerate(self.pages):
            if type(page).__name__ == cls_name:
                self.nav.setCurrentRow(row)
                return page
        return None

    def closeEvent(self, event) -> None:
        self.ctx.tasks.wait(60000)
        super().closeEvent(event)
