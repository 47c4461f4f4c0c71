"""Screenshots, in Chinese at 1366×768: the filing dialog with the retention period taken from the schedule (and the
row it came from) and the warning about open compliance findings; the same dialog after the four-properties checks
refused the volume, asking for the reason to file it anyway; the audit trail with dates as people write them and
people's names.

Run: QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" python tests/archiving/filing_screenshots.py OUT_DIR
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QInputMethodEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from archive_core.archiving import archive_codes, filing_basis  # noqa: E402
from archive_core.cases import case_files, records  # noqa: E402
from archive_core.cases.case_files import CaseInput, OfficerInput, PartyInput  # noqa: E402
from archive_core.cases.records import RecordInput  # noqa: E402
from archive_core.spine import users  # noqa: E402
from archive_core.spine.auth import Actor  # noqa: E402
from archive_core.spine.vault.fixity import store_file  # noqa: E402
from archive_core.spine.workstation import Workstation  # noqa: E402
from tests.av.evidence_screenshots import shot, wait_for  # noqa: E402
from tests.av.screenshots import start_app  # noqa: E402
from tests.pdf_checks import scanned_pdf  # noqa: E402
from ui.archiving.archiving_page import ArchivingPage, FileVolumeDialog  # noqa: E402
from ui.kit.context import UiContext  # noqa: E402
from ui.kit.tasks import TaskRunner  # noqa: E402
from ui.spine.audit_page import AuditPage  # noqa: E402

UNIT = "石家庄市市场监督管理局"


def type_into(app: QApplication, widget: QWidget, text: str) -> None:
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def checks_reason(app: QApplication, ws: Workstation, actor: Actor, page: ArchivingPage, work: Path,
                  out: Path) -> None:
    """A case whose scanned decision is an encrypted PDF: filing is refused by KY-03 and the dialog asks why."""
    case = case_files.create_case(ws, actor, CaseInput(
        case_no="石市监罚〔2026〕95号", title="销售过期食品案", enforcement_type="penalty", initiation="ex_officio",
        opened_on=date(2026, 11, 2), agency=UNIT, officers=(OfficerInput("王建国", "13010001", UNIT),
                                                             OfficerInput("李明", "13010002", UNIT)),
        parties=(PartyInput("李四", "person", "130102198502021234"),), action_ended_at=date(2026, 11, 25)))
    stored = store_file(ws, actor, scanned_pdf(work / "行政处罚决定书（加密）.pdf", pages=2, password="secret"))
    records.add_record(ws, actor, case.case_no, RecordInput(
        "penalty_decision", doc_no="决定-95", title="行政处罚决定书", issued_on=date(2026, 11, 24), pages=2,
        sealed=True, file_sha256=stored.sha256, file_name="行政处罚决定书（加密）.pdf"))
    page.reload()
    wait_for(app, lambda: page.model.rowCount() == 2)
    row = next(r for r in range(page.model.rowCount()) if page.model.index(r, 0).data() == case.case_no)
    page.table.selectRow(row)
    page.file_volume()
    wait_for(app, lambda: getattr(page, "file_dialog", None) is not None and page.file_dialog.isVisible())
    dialog = page.file_dialog
    if not dialog.findings_box.isHidden():
        type_into(app, dialog.findings_reason, "当事人已申请复议，案卷先行归档")
    dialog.ok_button.click()
    wait_for(app, lambda: dialog.checks_box.isVisible(), timeout=60)
    type_into(app, dialog.checks_reason, "决定书原件即为加密文件，纸质件已附卷")
    wait_for(app, lambda: dialog.ok_button.isEnabled())
    shot(dialog, out / "filing-checks-reason.png")
    dialog.reject()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="filing-shots-"))
    app, ws, actor = start_app(work)
    officers = (OfficerInput("王建国", "13010001", UNIT), OfficerInput("李明", "13010002", UNIT))
    case = case_files.create_case(ws, actor, CaseInput(
        case_no="石市监罚〔2026〕91号", title="非法储存烟花爆竹致人受伤案", enforcement_type="penalty",
        initiation="ex_officio", opened_on=date(2026, 10, 12), agency=UNIT, av_reasons=("life_health",),
        parties=(PartyInput("张三", "person", "130102198001011234"),), officers=officers,
        action_ended_at=date(2026, 11, 20)))
    for doc_type, title, day in (("filing_approval", "立案审批表", date(2026, 10, 12)),
                                 ("inspection_record", "现场检查笔录", date(2026, 10, 13)),
                                 ("penalty_decision", "行政处罚决定书", date(2026, 11, 18))):
        records.add_record(ws, actor, case.case_no, RecordInput(doc_type, doc_no=f"{doc_type[:4]}-91", title=title,
                                                               issued_on=day, sealed=True))
    tasks = TaskRunner()
    page = ArchivingPage(UiContext(ws, actor, tasks))
    page.resize(1366, 768)
    page.show()
    page.activate()
    wait_for(app, lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    dialog = FileVolumeDialog(page.current(), archive_codes.get_scheme(ws, actor),
                              filing_basis.preview(ws, actor, case.case_no), page)
    dialog.adjustSize()
    dialog.show()
    dialog.findings_reason.setFocus()
    event = QInputMethodEvent()
    event.setCommitString("当事人已申请复议，案卷先行归档，复议结果另行补充")
    QApplication.sendEvent(dialog.findings_reason, event)
    wait_for(app, lambda: dialog.ok_button.isEnabled())
    shot(dialog, out / "archiving-filing-schedule.png")
    dialog.reject()
    checks_reason(app, ws, actor, page, work, out)

    admin = users.login(ws, "secadmin", "Passw0rd!")
    users.create_user(ws, admin, "zhaoshen", "赵审计", "Passw0rd!", {"auditor"})
    auditor = users.login(ws, "zhaoshen", "Passw0rd!")
    audit = AuditPage(UiContext(ws, auditor, tasks))
    audit.resize(1366, 768)
    audit.show()
    audit.activate()
    wait_for(app, lambda: audit.model.rowCount() > 0 and audit.model.row_object(0) is not None)
    audit.table.selectRow(0)
    wait_for(app, lambda: bool(audit.details.toPlainText()))
    shot(audit, out / "audit-names-dates.png")
    tasks.wait(30000)
    ws.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
