"""Starting the window: application, language, font, sign-in, main window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtWidgets import QApplication, QDialog

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

    login = LoginDialog(tasks, workstation_opener(args.home, args.db))
    if login.exec() != QDialog.DialogCode.Accepted or login.ws is None or login.actor is None:
        tasks.wait()
        if login.ws is not None:
            login.ws.close()
        return 1
    window = main_window(login)
    window.show()
    code = app.exec()
    tasks.wait()
    login.ws.close()
    return code


def workstation_opener(home: str | os.PathLike[str] | None, db: str | None) -> Callable[[], tuple[Workstation, bool]]:
    """What the sign-in dialog runs off the GUI thread: open the catalogue, finish interrupted disc builds, and say
    whether this is the first start."""

    def open_ws() -> tuple[Workstation, bool]:
        ws = open_workstation(home, db)
        recover_interrupted_builds(ws)
        return ws, users.needs_first_admin(ws)

    return open_ws


def main_window(login: LoginDialog) -> MainWindow:
    """The window of the user who has just signed in."""
    assert login.ws is not None and login.actor is not None
    return MainWindow(UiContext(login.ws, login.actor, login.tasks))


def _report_fault(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """An exception escaping a slot on the GUI thread: into the log, and a message saying where."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    show_error(QApplication.activeWindow(), exc)
