"""Screenshots of the device form (register and edit), the counter, the reports dialog and the Art. 31 register.

Run: xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb python tests/equipment/screenshots.py OUT_DIR
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from archive_core.cases import case_files  # noqa: E402
from archive_core.cases.case_files import CaseInput, OfficerInput  # noqa: E402
from archive_core.equipment import devices  # noqa: E402
from archive_core.spine import clock, users  # noqa: E402
from archive_core.spine.workstation import open_workstation  # noqa: E402
from ui.equipment.checkout_dialog import CheckoutDialog  # noqa: E402
from ui.equipment.device_dialog import DeviceDialog  # noqa: E402
from ui.equipment.device_reports_dialog import DeviceReportsDialog  # noqa: E402
from ui.kit.context import UiContext  # noqa: E402
from ui.kit.tasks import TaskRunner  # noqa: E402
from ui.shell.i18n import install_font, install_translators  # noqa: E402
from ui.stats.dashboard_dialogs import ViolationsDialog  # noqa: E402


def pump(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main(out: Path) -> None:
    app = QApplication(["shots"])
    install_translators(app, "zh_CN")
    install_font(app)
    ws = open_workstation(Path(tempfile.mkdtemp()) / "home")
    users.create_first_admin(ws, "secadmin", "安全管理员", "Passw0rd!")
    admin = users.login(ws, "secadmin", "Passw0rd!")
    for name, shown, role in (("clerk", "赵装备", "equipment_clerk"), ("sup", "张科长", "supervisor"),
                              ("arc", "李娜", "archivist")):
        users.create_user(ws, admin, name, shown, "Passw0rd!", {role})
    clerk, sup, arc = (users.login(ws, n, "Passw0rd!") for n in ("clerk", "sup", "arc"))
    today = clock.today()
    case_files.create_case(ws, arc, CaseInput(
        case_no="冀市监罚〔2026〕31号", title="石家庄恒达食品有限公司超范围经营案", enforcement_type="penalty",
        initiation="ex_officio", opened_on=today - timedelta(days=60), agency="石家庄市市场监督管理局",
        current_stage="service_execution", action_ended_at=today - timedelta(days=40),
        officers=(OfficerInput("王建国", "13010001", "市场监管局"),)))
    view = devices.add_device(ws, clerk, "ZF-0001", "body_worn_camera", device_code="DSJ-A1B2C3", serial_no="SN1001",
                              model="DSJ-V9", manufacturer="某某科技", location="装备室 A 柜", night_vision=True)
    tasks = TaskRunner()
    shots = {
        "equipment-device-register": DeviceDialog(UiContext(ws, clerk, tasks)),
        "equipment-device-edit": DeviceDialog(UiContext(ws, clerk, tasks), device=view),
        "equipment-counter": CheckoutDialog(UiContext(ws, clerk, tasks)),
        "equipment-reports-overdue": DeviceReportsDialog(UiContext(ws, clerk, tasks), kind="overdue"),
        "stats-art31-register": ViolationsDialog(UiContext(ws, sup, tasks)),
    }
    shots["equipment-device-register"].tag.setText("ZF-0900")
    for name, widget in shots.items():
        widget.show()
        pump(app, 1.0)
        widget.grab().save(str(out / f"{name}.png"))
        widget.close()
    tasks.wait()
    ws.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
