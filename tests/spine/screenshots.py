"""Screenshots of the users page after a signing-key rotation and of the rotation dialog.

Run: xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb python tests/spine/screenshots.py OUT_DIR
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from archive_core.spine import key_rotation, users  # noqa: E402
from archive_core.spine.workstation import open_workstation  # noqa: E402
from ui.kit.context import UiContext  # noqa: E402
from ui.kit.tasks import TaskRunner  # noqa: E402
from ui.shell.i18n import install_font, install_translators  # noqa: E402
from ui.spine.users_page import RotateKeyDialog, UsersPage  # noqa: E402


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
    for name, shown, role in (("arc", "李娜", "archivist"), ("aud", "王审计", "auditor")):
        users.create_user(ws, admin, name, shown, "Passw0rd!", {role})
    tasks = TaskRunner()
    dialog = RotateKeyDialog(ws.signer.key_id)
    dialog.reason.setText("例行更换（满一年）")
    dialog.show()
    pump(app, 1.0)
    dialog.grab().save(str(out / "users-rotate-key.png"))
    dialog.close()
    page = UsersPage(UiContext(ws, admin, tasks))
    page.resize(1366, 768)
    page.show()
    page.activate()
    page._rotated(key_rotation.rotate(ws, admin, "例行更换（满一年）"))
    pump(app, 1.5)
    page.grab().save(str(out / "users-key-rotated.png"))
    tasks.wait()
    ws.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
