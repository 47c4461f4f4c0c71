"""Starting the window: application, language, font, sign-in, main window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from archive_core.archiving.disc_recovery import recover_interrupted_builds
from archive_core.spine import bug_log, users
from archive_core.spine.errors import ArchiveError
from archive_core.spine.paths import AppPaths
from archive_core.spine.workstation import Workstation, open_workstation
from ui.kit.context import UiContext
from ui.kit.errors import show_error
from ui.kit.tasks import TaskRunner
from ui.shell.i18n import choose_language, install_font, install_translators
from ui.shell.login import LoginDialog
from ui.shell.main_window import MainWindow


def run_gui(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("archive-ws")
    app.setApplicationDisplayName("执法全过程记录归档工作站")
    install_translators(app, choose_language(args.lang))
    install_font(app)
    try:
        bug_log.setup(AppPaths.resolve(args.home).home)
    except (OSError, ArchiveError):
        pass  # the sign-in dialog says why the data home cannot be opened
    sys.excepthook = _report_fault
    tasks = TaskRunner(app)

    shell = Shell(tasks, workstation_opener(args.home, args.db))
    shell.start()
    code = app.exec()
    tasks.wait()
    if shell.ws is not None:
        shell.ws.close()
    return code


def workstation_opener(home: str | os.PathLike[str] | None, db: str | None) -> Callable[[], tuple[Workstation, bool]]:
    """What the sign-in dialog runs off the GUI thread: open the catalogue, finish interrupted disc builds, and say
    whether this is the first start."""

    def open_ws() -> tuple[Workstation, bool]:
        ws = open_workstation(home, db)
        recover_interrupted_builds(ws)
        return ws, users.needs_first_admin(ws)

    return open_ws


class Shell(QObject):
    """Sign-in, then the main window; after a sign-out the sign-in dialog again, for the same user or another, on
    the workstation already open. Giving up the first sign-in ends the program with 1."""

    def __init__(self, tasks: TaskRunner, open_ws: Callable[[], tuple[Workstation, bool]]) -> None:
        super().__init__()
        self.tasks, self.open_ws = tasks, open_ws
        self.ws: Workstation | None = None
        self.login: LoginDialog | None = None
        self.window: MainWindow | None = None

    def start(self) -> LoginDialog:
        ws = self.ws
        opener = self.open_ws if ws is None else (lambda: (ws, users.needs_first_admin(ws)))
        login = self.login = LoginDialog(self.tasks, opener)
        login.accepted.connect(self._signed_in)
        login.rejected.connect(self._gave_up)
        login.show()
        return login

    def _signed_in(self) -> None:
        login = self.login
        assert login is not None and login.ws is not None and login.actor is not None
        self.ws = login.ws
        window = self.window = MainWindow(UiContext(login.ws, login.actor, self.tasks))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.signed_out.connect(self.start)  # shown before the window closes: the program goes on
        window.show()

    def _gave_up(self) -> None:
        if self.ws is None and self.login is not None:
            self.ws = self.login.ws  # opened, but nobody signed in: still closed at the end
        QApplication.exit(1 if self.window is None else 0)


def _report_fault(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """An exception escaping a slot on the GUI thread: into the log, and a message saying where."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    show_error(QApplication.activeWindow(), exc)
