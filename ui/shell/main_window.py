"""The main window: navigation between the workstation's areas, the signed-in user and workstation in the status bar,
the File menu (sign out, print the list shown, quit) and the shortcuts every page answers (Ctrl+F, Ctrl+N, F5)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from archive_core.spine import users
from ui.kit.context import UiContext
from ui.kit.errors import show_error
from ui.kit.page import Page
from ui.kit.printing import print_list
from ui.shell.navigation import page_classes
from ui.spine.roles import role_names


class MainWindow(QMainWindow):
    signed_out = Signal()  # the user signed out: the sign-in dialog comes again

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.printer: QPrinter | None = None  # kept, so the next print starts from the last choices
        self.print_dialog: QPrintDialog | None = None
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
        self.status_label = QLabel(self.tr("User: {name} ({roles})   |   Workstation: {ws}   |   Catalogue: {db}")
                                   .format(name=ctx.actor.display_name, roles=role_names(ctx.actor.roles),
                                           ws=ctx.ws.name, db=db_kind))
        self.statusBar().addPermanentWidget(self.status_label)
        if self.pages:
            self.nav.setCurrentRow(0)

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        # New, find and refresh ask the page shown (ui.kit.page); the menu names their keys.
        self.new_action = self._action(menu, self.tr("&New…"), self._create_new, QKeySequence.StandardKey.New)
        self.search_action = self._action(menu, self.tr("&Find"), self._focus_search, QKeySequence.StandardKey.Find)
        self.refresh_action = self._action(menu, self.tr("&Refresh"), self._refresh, QKeySequence(Qt.Key.Key_F5))
        menu.addSeparator()
        self.print_action = self._action(menu, self.tr("&Print…"), self.print_page, QKeySequence.StandardKey.Print)
        menu.addSeparator()
        self.sign_out_action = self._action(menu, self.tr("&Switch user / sign out"), self.sign_out,
                                            QKeySequence("Ctrl+Shift+L"))
        self.quit_action = self._action(menu, self.tr("&Quit"), self.close, QKeySequence("Ctrl+Q"))
        self.menu_file = menu
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _action(self, where: QWidget, text: str, slot: object, key: QKeySequence | QKeySequence.StandardKey
                ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        where.addAction(action)
        return action

    def current_page(self) -> Page | None:
        page = self.stack.currentWidget()
        return page if isinstance(page, Page) else None

    def _focus_search(self) -> None:
        page = self.current_page()
        if page is not None:
            page.focus_search()

    def _create_new(self) -> None:
        page = self.current_page()
        if page is not None:
            page.create_new()

    def _refresh(self) -> None:
        page = self.current_page()
        if page is not None:
            page.refresh()

    def sign_out(self) -> None:
        """Record the sign-out and close; the sign-in dialog comes again, for this user or another."""
        self.ctx.tasks.run(users.logout, self.ctx.ws, self.ctx.actor, write=True, owner=self,
                           on_done=lambda _r: self._signed_out(), on_error=lambda exc: show_error(self, exc))

    def _signed_out(self) -> None:
        self.signed_out.emit()
        self.close()

    def print_page(self) -> None:
        """Print the list the page shows, after the print dialog (printer, pages, or a PDF file)."""
        page = self.current_page()
        view = page.print_view() if page is not None else None
        if page is None or view is None:
            QMessageBox.information(self, self.tr("Print"), self.tr(
                "This page shows no list to print. Open a list (the case list, the device register…) first."))
            return
        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = self.print_dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle(self.tr("Print — {page}").format(page=type(page).title()))
        dialog.accepted.connect(lambda: self.print_to(self.printer, page, view))  # type: ignore[arg-type]
        QDialog.open(dialog)  # QPrintDialog's own open() wants a slot to call

    def print_to(self, printer: QPrinter, page: Page, view: object) -> None:
        by = self.tr("Printed by {name}").format(name=self.ctx.actor.display_name)
        print_list(printer, view, type(page).title(), by, self.tr("{count} rows"))  # type: ignore[arg-type]
        self.statusBar().showMessage(self.tr("Printed: {page}").format(page=type(page).title()), 8000)

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
        for page in self.pages:  # a dock watch or the player must not outlive the user who started it
            page.shutdown()
        self.ctx.tasks.wait(60000)
        super().closeEvent(event)
