"""Screenshots of finishing a case in the window, in Chinese at 1366×768: a new case with items still to record, the
edit dialog (stage, end of the action), parties and officers, linking a record to an item, and the case picker in
the clip link dialog and the disc wizard.

Run: QT_QPA_PLATFORM=offscreen python tests/cases/case_window_screenshots.py OUT_DIR
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QInputMethodEvent, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from archive_core.cases import case_files, records  # noqa: E402
from archive_core.cases.case_files import CaseInput, OfficerInput, PartyInput  # noqa: E402
from archive_core.cases.records import RecordInput  # noqa: E402
from tests.av.evidence_screenshots import shot, wait_for  # noqa: E402
from tests.av.screenshots import pump, start_app  # noqa: E402
from ui.archiving.disc_wizard import DiscWizard  # noqa: E402
from ui.av.records_dialogs import LinkDialog  # noqa: E402
from ui.cases.cases_page import CasesPage  # noqa: E402
from ui.kit.case_picker import CasePicker  # noqa: E402
from ui.kit.context import UiContext  # noqa: E402
from ui.kit.tasks import TaskRunner  # noqa: E402

UNIT = "石家庄市市场监督管理局"
LONG_PARTY = "石家庄恒达食品有限公司长安区中山东路第十八号分店（原石家庄市长安区恒达副食品批发部）"


def type_into(app: QApplication, picker: CasePicker, text: str) -> None:
    picker.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(picker, event)
    wait_for(app, lambda: picker.completer_.popup().isVisible())


def with_popup(dialog: QWidget, picker: CasePicker, path: Path) -> None:
    """The dialog with the picker's list drawn where it opens (a popup is a window of its own)."""
    image = dialog.grab()
    popup = picker.completer_.popup()
    painter = QPainter(image)
    origin = picker.mapTo(dialog, picker.rect().bottomLeft())
    painter.drawPixmap(origin, popup.grab())
    painter.end()
    image.save(str(path))
    print(path)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="case-window-shots-"))
    app, ws, actor = start_app(work)
    officers = (OfficerInput("王建国", "13010001", UNIT), OfficerInput("李明", "13010002", UNIT))
    case_files.create_case(ws, actor, CaseInput(
        case_no="石市监罚〔2026〕87号", title="销售过期食品案", enforcement_type="penalty", initiation="ex_officio",
        opened_on=date(2026, 10, 9), agency=UNIT, parties=(PartyInput(LONG_PARTY, "organisation"),),
        officers=officers))
    case_files.create_case(ws, actor, CaseInput(
        case_no="石市监检〔2026〕12号", title="烟花爆竹经营场所安全检查", enforcement_type="inspection",
        initiation="ex_officio", opened_on=date(2026, 11, 2), agency=UNIT, officers=officers))
    case = case_files.create_case(ws, actor, CaseInput(
        case_no="石市监罚〔2026〕88号", title="无证经营烟花爆竹案", enforcement_type="penalty",
        initiation="ex_officio", opened_on=date(2026, 11, 20), agency=UNIT, source="群众举报",
        parties=(PartyInput("张三", "person", "130102198001011234"),), officers=officers))

    tasks = TaskRunner()
    ctx = UiContext(ws, actor, tasks)
    page = CasesPage(ctx)
    page.resize(1366, 768)
    page.show()
    page.activate()
    page.open_case(case.id)
    detail = page.detail
    wait_for(app, lambda: detail.detail is not None)
    shot(page, out / "cases-new-case-to-record.png")
    records.add_record(ws, actor, case.case_no, RecordInput(
        "filing_approval", stage="initiation", doc_no="石市监立审〔2026〕88号", title="立案审批表"))
    detail.detail = None
    detail.open_case(case.id)
    wait_for(app, lambda: detail.detail is not None)

    detail.edit_case()
    dialog = detail.dialog
    wait_for(app, lambda: dialog.isVisible())
    dialog.stage.setCurrentIndex(1)
    dialog.ended.setChecked(True)
    pump(app, 0.2)
    shot(dialog, out / "cases-edit.png")
    dialog.reject()

    detail.edit_people()
    people = detail.dialog
    wait_for(app, lambda: people.isVisible())
    people.officer_name.setText("赵强")
    people.officer_cert.setText("13010003")
    people.add_officer_button.click()
    pump(app, 0.2)
    shot(people, out / "cases-people.png")
    people.reject()

    tab = detail.stage_tabs[1]
    detail.tabs.setCurrentWidget(tab)
    tab.checklist_view.selectRow(0)
    detail.link(tab.selected_item())
    link = detail.dialog
    wait_for(app, lambda: link.isVisible())
    shot(link, out / "cases-link-record.png")
    link.reject()

    clip = LinkDialog(ctx, "", "investigation")
    clip.show()
    type_into(app, clip.case_no, "烟花")
    with_popup(clip, clip.case_no, out / "evidence-link-case-picker.png")
    clip.reject()

    wizard = DiscWizard(ctx, ["石市监罚〔2026〕87号"])
    wizard.show()
    pump(app, 0.3)
    picker = wizard.plan_page.cases
    picker.setText(picker.text() + "、")
    type_into(app, picker, "烟花")
    with_popup(wizard, picker, out / "discs-case-picker.png")
    wizard.reject()
    tasks.wait()
    ws.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
