"""Screenshots of the main window at 1366×768 in Chinese: every page (business user, security and system
administrators, auditor), the File menu open, and a 200-character party name and title cut in the case list (with
its tooltip) and on the case page. Prints each page's minimum size and fails if one does not fit.

Run: QT_QPA_PLATFORM=offscreen python tests/shell/shell_screenshots.py OUT_DIR
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QPoint  # noqa: E402
from PySide6.QtGui import QHelpEvent, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QToolTip  # noqa: E402

from archive_core.cases import case_files  # noqa: E402
from archive_core.cases.case_files import CaseInput, OfficerInput, PartyInput  # noqa: E402
from archive_core.equipment import devices  # noqa: E402
from archive_core.spine import users  # noqa: E402
from archive_core.spine.auth import Actor  # noqa: E402
from archive_core.spine.workstation import Workstation  # noqa: E402
from tests.av.evidence_screenshots import shot, wait_for  # noqa: E402
from tests.av.screenshots import pump, start_app  # noqa: E402
from ui.cases.cases_page import CasesPage  # noqa: E402
from ui.kit.context import UiContext  # noqa: E402
from ui.kit.tasks import TaskRunner  # noqa: E402
from ui.shell.main_window import MainWindow  # noqa: E402

UNIT = "石家庄市市场监督管理局"
PARTY = ("石家庄恒达食品有限公司长安区中山东路第十八号分店" * 9)[:200]
TITLE = ("涉嫌销售超过保质期的预包装食品及未按规定查验供货者许可证案" * 8)[:200]
SCREEN = (1366, 768)


def window_for(app: QApplication, ws: Workstation, actor: Actor, tasks: TaskRunner) -> MainWindow:
    window = MainWindow(UiContext(ws, actor, tasks))
    window.resize(*SCREEN)
    window.show()
    pump(app, 0.5)
    return window


def every_page(app: QApplication, window: MainWindow, out: Path, seen: set[str]) -> list[str]:
    """Each page not ``seen`` yet shot; the problems of those that do not fit the screen with the status bar in
    view."""
    problems = []
    for row, page in enumerate(window.pages):
        name = type(page).__name__.removesuffix("Page").lower()
        if name in seen:
            continue
        seen.add(name)
        window.nav.setCurrentRow(row)
        pump(app, 1.5)
        shot(window, out / f"shell-page-{name}.png")
        need = window.minimumSizeHint()
        bar = window.statusBar().geometry()
        print(f"  {type(page).__name__}: window {window.width()}×{window.height()}, needs {need.width()}×"
              f"{need.height()}, status bar at {bar.top()}–{bar.bottom()}")
        if window.width() > SCREEN[0] or need.width() > SCREEN[0] or need.height() > SCREEN[1] - 60 or \
                not window.statusBar().isVisible() or bar.bottom() >= window.height():
            problems.append(type(page).__name__)
    return problems


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="shell-shots-"))
    app, ws, _archivist = start_app(work)
    admin = users.login(ws, "secadmin", "Passw0rd!")
    users.create_user(ws, admin, "zhaoyun", "赵云", "Passw0rd!", {"archivist", "equipment_clerk", "supervisor"})
    users.create_user(ws, admin, "sysadmin", "系统管理员", "Passw0rd!", {"system_admin"})
    users.create_user(ws, admin, "shenji", "审计员", "Passw0rd!", {"auditor"})
    actor = users.login(ws, "zhaoyun", "Passw0rd!")
    officers = (OfficerInput("王建国", "13010001", UNIT), OfficerInput("李明", "13010002", UNIT))
    case = case_files.create_case(ws, actor, CaseInput(
        case_no="石市监罚〔2026〕200号", title=TITLE, enforcement_type="penalty", initiation="ex_officio",
        opened_on=date(2026, 10, 9), agency=UNIT, source="群众举报", parties=(PartyInput(PARTY, "organisation"),),
        officers=officers))
    case_files.create_case(ws, actor, CaseInput(
        case_no="石市监检〔2026〕12号", title="烟花爆竹经营场所安全检查", enforcement_type="inspection",
        initiation="ex_officio", opened_on=date(2026, 11, 2), agency=UNIT, officers=officers))
    devices.add_device(ws, actor, "ZF-0001", "body_worn_camera", device_code="DSJ-A1B2C3",
                       model="DSJ-V9 高清防爆型执法记录仪（含夜视、定位、四千毫安时可拆卸电池及专用充电底座）" * 2,
                       location="二楼装备室三号柜" * 6)
    tasks = TaskRunner()
    problems: list[str] = []
    seen: set[str] = set()

    window = window_for(app, ws, actor, tasks)
    problems += every_page(app, window, out, seen)
    cases = window.show_page("CasesPage")
    assert isinstance(cases, CasesPage)
    cases.refresh()
    wait_for(app, lambda: cases.model.rowCount() == 2 and cases.model.is_loaded(0))
    row = next(r for r in range(2) if cases.model.id_at(r) == case.id)
    cases.table.selectRow(row)
    point = cases.table.visualRect(cases.model.index(row, 3)).center()
    viewport = cases.table.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point)))
    pump(app, 0.5)
    image = window.grab()
    painter = QPainter(image)
    painter.drawPixmap(viewport.mapTo(window, point) + QPoint(8, 16), _tip().grab())
    painter.end()
    image.save(str(out / "shell-long-name-list.png"))
    print(out / "shell-long-name-list.png")
    QToolTip.hideText()

    cases.open_case(case.id)
    wait_for(app, lambda: cases.detail.detail is not None)
    shot(window, out / "shell-long-name-detail.png")
    print(f"  case page with the long names: window {window.width()}×{window.height()}")
    if window.width() > SCREEN[0]:
        problems.append("case page")

    cases.detail.edit_case()
    edit = cases.detail.dialog
    wait_for(app, lambda: edit is not None and edit.isVisible())
    edit.title_edit.setText(TITLE + "（涉及长安区中山东路第十八号分店）" * 4)  # cut at the limit: the hint shows
    pump(app, 0.3)
    shot(edit, out / "shell-length-hint.png")
    edit.reject()

    window.menu_file.popup(window.menuBar().mapToGlobal(window.menuBar().actionGeometry(
        window.menu_file.menuAction()).bottomLeft()))
    pump(app, 0.5)
    image = window.grab()
    painter = QPainter(image)
    painter.drawPixmap(window.menuBar().actionGeometry(window.menu_file.menuAction()).bottomLeft(),
                       window.menu_file.grab())
    painter.end()
    image.save(str(out / "shell-file-menu.png"))
    print(out / "shell-file-menu.png")
    window.menu_file.hide()
    window.close()

    for username in ("secadmin", "sysadmin", "shenji"):
        other = window_for(app, ws, users.login(ws, username, "Passw0rd!"), tasks)
        problems += every_page(app, other, out, seen)
        other.close()
    tasks.wait()
    ws.close()
    if problems:
        raise SystemExit(f"pages that do not fit {SCREEN[0]}×{SCREEN[1]}: {', '.join(problems)}")


def _tip():  # type: ignore[no-untyped-def]
    """The tooltip window on show (a label of Qt's own)."""
    return next(w for w in QApplication.topLevelWidgets() if w.inherits("QTipLabel") and w.isVisible())


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
