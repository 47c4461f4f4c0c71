"""The archivist's whole day in the real window, by key presses and clicks only: sign in, create a case, register
documents with a scanned PDF, import the case-handling system's JSON export, ingest a dock folder, link the clips to
checklist items with the case picker, set the end of the action, file the volume and build and register its disc.

Screenshots of every step (1366×768, in Chinese) are written when ARCHIVE_WS_SHOTS names a folder:
    ARCHIVE_WS_SHOTS=docs/screenshots QT_QPA_PLATFORM=offscreen python -m pytest tests/shell/test_journey_archivist.py
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
    QWizard,
)
from sqlalchemy import select

from archive_core.av import settings
from archive_core.equipment import devices
from archive_core.spine import clock, users
from models.archiving import ArchiveVolume, DiscCopy, VolumeItem
from tests.av.conftest import clip_name
from tests.conftest import PASSWORD
from tests.journeys import click, click_row, click_tab, type_chinese
from tests.media_factory import make_mp4
from tests.pdf_checks import scanned_pdf
from ui.kit.context import UiContext
from ui.shell.i18n import install_font
from ui.shell.login import LoginDialog
from ui.shell.main_window import MainWindow

WAIT = 30000
UNIT = "石家庄市市场监督管理局"
CASE_NO = "石市监罚〔2026〕88号"
TITLE = "销售过期食品案"
SHOTS = os.environ.get("ARCHIVE_WS_SHOTS", "")
# The offscreen platform's complaints about popups (the case picker's list) and the wizard's window hints.
POPUP_WARNINGS = ("propagateSizeHints", "support raise", "grabbing the keyboard", "QWindowsWindow")


# --- driving the window (the rest comes from tests.journeys) ---------------------------------------------------
def type_date(qtbot, window: QWidget, edit: QWidget, day) -> None:
    """Focus lands on the date field's first section (the year) in the active window; the digits fill the rest."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(edit, day.strftime("%Y%m%d"))


def choose(qtbot, combo, data: object) -> None:
    """Down-arrow through a drop-down until it shows the wanted entry."""
    combo.setFocus()
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data


def row_of(view: QAbstractItemView, column: int, text: str) -> int:
    model = view.model()
    return next(r for r in range(model.rowCount()) if text in str(model.index(r, column).data()))


def when_modal(kind: type[QWidget], act: Callable[[QWidget], object]) -> list[object]:
    """Acts on the next modal window of ``kind`` once it shows (static dialogs block in their own event loop); an
    act that leaves the window open is tried again a moment later. Keep the returned list: it holds the timer."""
    seen: list[object] = []
    timer = QTimer()
    timer.setInterval(150)

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            if widget not in seen:
                seen.append(widget)
            timer.stop()  # the act may wait for the window itself
            act(widget)
            if widget.isVisible():
                timer.start()

    timer.timeout.connect(poll)
    timer.start()
    seen.append(timer)
    return seen


def answer_file_dialog(qtbot, path: Path) -> list[object]:
    """The file dialog answered as a person does: the path typed into its file-name field, then Open."""
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        field = dialog.findChild(QLineEdit, "fileNameEdit")
        field.setFocus()
        field.selectAll()
        type_chinese(field, str(path))  # the whole path at once, as pasted: no completion list to dismiss
        qtbot.keyClick(field, Qt.Key.Key_Return)

    return when_modal(QFileDialog, act)


def message_box_ok(qtbot, texts: list[str], answer: QMessageBox.StandardButton | None = None) -> list[object]:
    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        button = box.button(answer) if answer is not None else box.buttons()[0]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    return when_modal(QMessageBox, act)


class Shots:
    """Numbered screenshots of the window or a dialog, when ARCHIVE_WS_SHOTS names a folder."""

    def __init__(self) -> None:
        self.n = 0
        self.folder = Path(SHOTS) if SHOTS else None
        if self.folder:
            self.folder.mkdir(parents=True, exist_ok=True)

    def __call__(self, widget: QWidget, name: str) -> None:
        self.n += 1
        if self.folder is not None:
            QApplication.processEvents()
            widget.grab().save(str(self.folder / f"journey-archivist-{self.n:02d}-{name}.png"))


# --- set-up: users, the device, the dock folder, the files the archivist receives -----------------------------
@pytest.fixture
def chinese_font(qapp):
    before = qapp.font()
    install_font(qapp)
    yield
    qapp.setFont(before)


@pytest.fixture
def office(ws, security_admin, make_actor, tmp_path):
    """The archivist's account, the body-worn camera she ingests from, and what lies on her desk."""
    users.create_user(ws, security_admin, "lina", "李娜", PASSWORD, {"archivist"})
    clerk = make_actor("equipment_clerk")
    devices.add_device(ws, clerk, "ZF-0001", "body_worn_camera", device_code="DSJ-A1B2C3", model="DSJ-V9")
    admin = make_actor("system_admin")
    settings.change_setting(ws, admin, "settle_s", 0.2)
    desk = tmp_path / "desk"
    desk.mkdir()
    scanned_pdf(desk / "source.pdf", pages=1)
    scanned_pdf(desk / "inspection.pdf", pages=2)
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=3)
    dock = tmp_path / "dock"
    dock.mkdir()
    for n, colour in ((1, (200, 40, 40)), (2, (40, 80, 200))):
        make_mp4(dock / clip_name(start + timedelta(minutes=20 * n), officer="13010001", seq=n), seconds=1, fps=5,
                 size=(160, 120), colour=colour, pattern="solid")
    return desk, dock


def case_export(desk: Path, opened) -> Path:
    """The case-handling system's export of the same case: the approvals, decision, service and compliance."""
    day = lambda n: (opened + timedelta(days=n)).isoformat()  # noqa: E731
    signed = lambda n: {"handler_opinion": "建议立案", "handler_reasons": "涉嫌销售过期食品",  # noqa: E731
                        "handler_signed_on": day(n), "reviewer_opinion": "同意", "reviewer_signed_on": day(n),
                        "approver_opinion": "批准", "approver_signed_on": day(n)}
    case = {"case_no": CASE_NO, "title": TITLE, "enforcement_type": "penalty", "initiation": "ex_officio",
            "opened_on": opened.isoformat(), "documents": [
                {"doc_type": "filing_approval", "doc_no": "石市监立审〔2026〕88号", "approval": signed(0)},
                {"doc_type": "rights_notice", "doc_no": "石市监告〔2026〕88号", "issued_on": day(2), "sealed": True},
                {"doc_type": "investigation_report", "doc_no": "石市监终〔2026〕88号",
                 "approval": {k: v for k, v in signed(3).items() if k.startswith("handler")}},
                {"doc_type": "legal_review", "doc_no": "石市监法审〔2026〕88号",
                 "approval": {"reviewer_opinion": "事实清楚，程序合法", "reviewer_signed_on": day(3)}},
                {"doc_type": "handling_approval", "doc_no": "石市监批〔2026〕88号", "approval": signed(4)},
                {"doc_type": "penalty_decision", "doc_no": "石市监罚决〔2026〕88号", "issued_on": day(4),
                 "sealed": True},
                {"doc_type": "service_receipt", "doc_no": "石市监送〔2026〕88号", "service": {
                    "method": "direct", "served_document": "行政处罚决定书", "recipient": "石家庄恒达食品有限公司",
                    "served_at": f"{day(5)}T10:00:00+08:00", "place": "当事人经营场所", "server_name": "王建国",
                    "server_signed": True, "recipient_signed": True}},
                {"doc_type": "compliance_record", "doc_no": "石市监缴〔2026〕88号", "title": "罚款缴纳凭证"},
            ]}
    path = desk / "case-export.json"
    path.write_text(json.dumps({"format": "archive-ws-cases/1", "cases": [case]}, ensure_ascii=False, indent=1),
                    encoding="utf-8")
    return path


def sign_in(qtbot, tasks, ws, shots: Shots) -> MainWindow:
    """As at start (ui/shell/app.py): the sign-in dialog, then the main window for whoever signed in."""
    login = LoginDialog(tasks, lambda: (ws, users.needs_first_admin(ws)))
    qtbot.addWidget(login)
    login.show()
    qtbot.waitUntil(lambda: login.username.isEnabled(), timeout=WAIT)
    qtbot.keyClicks(login.username, "lina")
    qtbot.keyClick(login.username, Qt.Key.Key_Return)
    qtbot.keyClicks(login.password, PASSWORD)
    shots(login, "sign-in")
    with qtbot.waitSignal(login.accepted, timeout=WAIT):
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert login.result() == QDialog.DialogCode.Accepted and login.actor is not None
    window = MainWindow(UiContext(login.ws, login.actor, tasks))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert any("当前用户：李娜（档案管理员）" in label.text() for label in window.statusBar().findChildren(QLabel))
    return window


def open_page(qtbot, window: MainWindow, cls_name: str):
    row = next(n for n, page in enumerate(window.pages) if type(page).__name__ == cls_name)
    item = window.nav.item(row)
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=window.nav.visualItemRect(item).center())
    assert window.stack.currentWidget() is window.pages[row]
    return window.pages[row]


@pytest.mark.timeout(180)  # a dialog nobody answers would otherwise hold the run for the suite's whole limit
@pytest.mark.qt_log_ignore(*POPUP_WARNINGS)
def test_the_archivist_takes_a_case_from_sign_in_to_a_registered_disc(qtbot, tasks, ws, office, zh_ui,
                                                                       chinese_font, tmp_path):
    desk, dock = office
    shots = Shots()
    today = clock.today()
    opened = today - timedelta(days=6)
    window = sign_in(qtbot, tasks, ws, shots)

    # 1. A new case, typed into the new-case form.
    cases = open_page(qtbot, window, "CasesPage")
    qtbot.waitUntil(lambda: cases.count.text() == "共 0 件案件", timeout=WAIT)
    shots(window, "empty-case-list")
    click(qtbot, cases.new_button)
    from ui.cases.case_forms import CaseDialog, RecordDialog
    form = next(w for w in cases.findChildren(CaseDialog) if w.isVisible())
    type_chinese(form.case_no, CASE_NO)
    type_chinese(form.title_edit, TITLE)
    type_date(qtbot, form, form.opened, opened)
    type_chinese(form.source, "日常检查发现")
    type_chinese(form.agency, UNIT)
    type_chinese(form.parties, "石家庄恒达食品有限公司;单位;91130100MA0A1B2C3D")
    type_chinese(form.officers, "王建国;13010001")
    qtbot.keyClick(form.officers, Qt.Key.Key_Return)
    type_chinese(form.officers, "李明;13010002")
    shots(form, "new-case")
    assert form.opened.date().toPython() == opened
    detail = cases.detail
    with qtbot.waitSignal(form.saved, timeout=WAIT):
        click(qtbot, form.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: detail.detail is not None and cases.stack.currentWidget() is detail, timeout=WAIT)
    assert detail.title.text() == f"{CASE_NO}　{TITLE}"
    assert detail.badge.text().endswith("项待记录")
    shots(window, "case-opened")

    # 2. Two documents registered in the window, each with its scan chosen in the file dialog.
    def register(stage_tab: int, doc_type: str, doc_no: str, title: str, issued, pages: str, scan: str,
                 ticks: tuple[str, ...], name: str) -> None:
        click_tab(qtbot, detail.tabs, stage_tab)
        click(qtbot, detail.add_button)
        dialog = next(w for w in detail.findChildren(RecordDialog) if w.isVisible())
        qtbot.waitUntil(dialog.save_button.isEnabled, timeout=WAIT)
        choose(qtbot, dialog.type_box, doc_type)
        type_chinese(dialog.doc_no, doc_no)
        type_chinese(dialog.title_edit, title)
        type_chinese(dialog.issued, clock.fmt_day(issued))
        dialog.pages.selectAll()
        qtbot.keyClicks(dialog.pages, pages)
        for tick in ticks:
            click(qtbot, getattr(dialog, tick))
            assert getattr(dialog, tick).isChecked()
        keep = answer_file_dialog(qtbot, desk / scan)
        click(qtbot, next(b for b in dialog.findChildren(QPushButton) if b.text() == "选择扫描件…"))
        assert len(keep) == 2 and dialog.file_label.text() == scan
        shots(dialog, name)
        with qtbot.waitSignal(dialog.saved, timeout=WAIT):
            click(qtbot, dialog.save_button)

    register(0, "case_source_record", "石市监源〔2026〕88号", "案件来源登记表", opened, "1", "source.pdf", (),
             "register-source-record")
    qtbot.waitUntil(lambda: detail.stage_tabs[0].records.rowCount() == 1, timeout=WAIT)
    tab = detail.stage_tabs[0]
    assert tab.checklist_view.model().index(0, 2).data() == "已记录"
    register(1, "inspection_record", "石市监检〔2026〕88号", "现场检查笔录", opened + timedelta(days=1), "2",
             "inspection.pdf", ("party_signed", "cross_page"), "register-inspection-record")
    qtbot.waitUntil(lambda: detail.stage_tabs[1].records.rowCount() == 1, timeout=WAIT)
    tab = detail.stage_tabs[1]
    assert tab.records_view.model().index(0, 0).data() == "现场检查笔录"
    assert tab.checklist_view.model().index(row_of(tab.checklist_view, 0, "（三）"), 2).data() == "已记录"
    shots(window, "documents-registered")

    # 3. The rest of the file from the case-handling system: the case list's import, a JSON file.
    export = case_export(desk, opened)
    click(qtbot, detail.back_button)
    assert cases.stack.currentWidget() is cases.list_page
    texts: list[str] = []
    keep = answer_file_dialog(qtbot, export)
    keep += message_box_ok(qtbot, texts)
    click(qtbot, cases.import_button)
    qtbot.waitUntil(lambda: bool(texts), timeout=WAIT)
    assert texts == ["共 1 行：新建案件 0 件、文书 8 份，0 行无变化，0 行被拒绝。"]
    qtbot.waitUntil(lambda: cases.model.rowCount() == 1, timeout=WAIT)
    shots(window, "imported")
    click_row(qtbot, cases.table, 0, double=True)
    qtbot.waitUntil(lambda: detail.detail is not None and len(detail.detail.records) == 10, timeout=WAIT)
    assert detail.tabs.tabText(2).startswith("审查决定")
    shots(window, "case-after-import")

    # 4. The dock folder of the body-worn cameras, watched until both clips are stored.
    ingest = open_page(qtbot, window, "IngestPage")
    keep = answer_file_dialog(qtbot, dock)
    click(qtbot, ingest.add_button)
    qtbot.waitUntil(lambda: ingest.docks.count() == 1, timeout=WAIT)
    assert ingest.docks.item(0).text() == str(dock)
    click(qtbot, ingest.watch_button)
    qtbot.waitUntil(lambda: ingest.model.rowCount() == 2 and all(
        ingest.model.index(r, 1).data() == "已存储" for r in range(2)), timeout=WAIT)
    assert ingest.status.text().startswith("已存储 2 ·")
    shots(window, "ingested")
    click(qtbot, ingest.watch_button)
    assert ingest.watcher is None and ingest.watch_button.text() == "开始监视"

    # 5. Each clip linked to the case, found with the picker by part of its title, and to a checklist item.
    evidence = open_page(qtbot, window, "EvidencePage")
    qtbot.waitUntil(lambda: evidence.model.rowCount() == 2 and evidence.model.row_value(1) is not None,
                    timeout=WAIT)
    from ui.av.records_dialogs import DetailsDialog, LinkDialog

    for row, item in ((0, "9.1"), (1, "9.2")):
        click_row(qtbot, evidence.table, row, 1)
        media_id = evidence.model.id_at(row)
        qtbot.waitUntil(lambda media_id=media_id: evidence.detail is not None and evidence.detail.row.id == media_id
                        and evidence.link_button.isEnabled(), timeout=WAIT)

        def link(dialog: QWidget, item: str = item, first: bool = row == 0) -> None:
            assert isinstance(dialog, LinkDialog)
            picker = dialog.case_no
            type_chinese(picker, "过期食品")
            popup = picker.completer_.popup()
            qtbot.waitUntil(popup.isVisible, timeout=WAIT)
            assert picker.choices.item(0).text() == f"{CASE_NO}　{TITLE}（石家庄恒达食品有限公司）"
            qtbot.keyClick(popup, Qt.Key.Key_Down)
            qtbot.keyClick(popup, Qt.Key.Key_Return)
            assert picker.text() == CASE_NO
            choose(qtbot, dialog.stage, "investigation")
            qtbot.waitUntil(lambda: dialog.item.findData(item) > 0, timeout=WAIT)
            assert dialog.item.itemText(dialog.item.findData(item)).endswith("（缺失）")
            choose(qtbot, dialog.item, item)
            if first:
                shots(dialog, "link-clip")
            qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                             Qt.MouseButton.LeftButton)

        keep = when_modal(LinkDialog, link)
        click(qtbot, evidence.link_button)
        qtbot.waitUntil(lambda media_id=media_id: evidence.detail.row.id == media_id
                        and evidence.detail.row.case_no == CASE_NO, timeout=WAIT)
        click(qtbot, evidence.evidence_button)
        qtbot.waitUntil(lambda: evidence.detail.row.is_evidence, timeout=WAIT)
        if row == 0:  # what the disc says of the first clip (Art. 26); the second is left for later
            click(qtbot, evidence.details_button)
            qtbot.waitUntil(lambda: isinstance(evidence.dialog, DetailsDialog), timeout=WAIT)
            details = evidence.dialog
            type_chinese(details.matter, "现场检查：后厨过期食品")
            type_chinese(details.place, "石家庄市长安区中山东路18号")
            shots(details, "clip-details")
            with qtbot.waitSignal(details.saved, timeout=WAIT):
                click(qtbot, details.save_button)
            qtbot.waitUntil(lambda: evidence.detail.matter == "现场检查：后厨过期食品", timeout=WAIT)
    qtbot.waitUntil(lambda: [evidence.model.index(r, 4).data() for r in range(2)] == [CASE_NO, CASE_NO],
                    timeout=WAIT)
    shots(window, "clips-linked")

    # 6. The end of the action (执法终结日期), in the case's edit form.
    from ui.cases.case_edit import CaseEditDialog

    open_page(qtbot, window, "CasesPage")
    assert cases.stack.currentWidget() is detail
    click(qtbot, detail.edit_button)
    edit = detail.dialog
    assert isinstance(edit, CaseEditDialog)
    qtbot.waitExposed(edit)
    choose(qtbot, edit.stage, "service_execution")
    click(qtbot, edit.ended)
    type_date(qtbot, edit, edit.ended_on, today)
    shots(edit, "end-of-action")
    with qtbot.waitSignal(edit.saved, timeout=WAIT):
        click(qtbot, edit.save_button)
    qtbot.waitUntil(lambda: detail.detail.case.action_ended_at == today, timeout=WAIT)
    facts = [w.text() for w in detail.findChildren(QLabel)]
    assert "执法终结日期：" in facts and clock.fmt_day(today) in facts
    shots(window, "case-ended")

    # 7. Filing (归档): the schedule's retention period, and the reason asked for the finding that remains.
    from ui.archiving.archiving_page import FileVolumeDialog

    archiving = open_page(qtbot, window, "ArchivingPage")
    qtbot.waitUntil(lambda: archiving.model.rowCount() == 1, timeout=WAIT)
    assert archiving.model.index(0, 0).data() == CASE_NO and archiving.model.index(0, 5).data() == "待归档"
    click_row(qtbot, archiving.table, 0)
    asked: dict[str, str] = {}

    def file_it(dialog: QWidget) -> None:
        """Tried again while the dialog stays open: first the finding's reason and 归档; then, when the
        four-properties check refuses (the second clip has no matter recorded yet), the reason to file anyway."""
        assert isinstance(dialog, FileVolumeDialog)
        if dialog.busy:
            return  # filing is under way
        if "findings" not in asked:
            asked["retention"] = dialog.retention_source.text()
            asked["findings"] = dialog.findings_note.text()
            assert dialog.findings_box.isVisible() and not dialog.ok_button.isEnabled()
            type_chinese(dialog.findings_reason, "当事人未提出陈述申辩，已在告知书回执中载明")
            shots(dialog, "file-volume")
        elif dialog.checks_box.isVisible() and "checks" not in asked:
            asked["checks"] = dialog.checks_note.text()
            assert not dialog.ok_button.isEnabled()  # no filing past a failed check without a reason
            type_chinese(dialog.checks_reason, "音像记录的记录事项待补录，先行归档")
            shots(dialog, "file-despite-checks")
        else:
            return
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    filed: list[str] = []
    keep = when_modal(FileVolumeDialog, file_it)
    keep += message_box_ok(qtbot, filed)
    click(qtbot, archiving.file_button)
    qtbot.waitUntil(lambda: bool(filed), timeout=WAIT)
    assert asked["retention"].startswith("按保管期限表") and "9.9b" in asked["findings"]
    assert asked["checks"].startswith("四性检测发现问题，案件未归档。")
    assert asked["checks"].count(".MP4：缺少元数据项 题名（title）") == 1, asked["checks"]
    [message] = filed
    assert message.startswith(f"案件 {CASE_NO} 已立卷归档，档号 ") and message.endswith("件。")
    code = message.split("档号 ")[1].split("，")[0]
    choose(qtbot, archiving.filter, "filed")
    qtbot.waitUntil(lambda: archiving.model.rowCount() == 1 and archiving.model.index(0, 6).data() == code,
                    timeout=WAIT)
    shots(window, "filed")

    # 8. The evidence disc: plan, build, verify, keep the image, register where the copies are kept.
    from ui.archiving.disc_wizard import DiscWizard

    click_row(qtbot, archiving.table, 0)
    click(qtbot, archiving.disc_button)
    wizard = next(w for w in archiving.findChildren(DiscWizard) if w.isVisible())
    plan = wizard.plan_page
    assert plan.cases.case_nos() == [CASE_NO]
    click(qtbot, plan.plan_button)
    qtbot.waitUntil(plan.isComplete, timeout=WAIT)
    assert plan.tree.topLevelItem(0).childCount() == 2 and not plan.problems.text()
    shots(wizard, "disc-plan")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    build = wizard.build_page
    qtbot.keyClicks(build.folder, str(tmp_path / "images"))
    click(qtbot, build.build_button)
    qtbot.waitUntil(build.isComplete, timeout=60000)
    assert build.step.text() == "完成。"
    shots(wizard, "disc-built")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.verify_page.table.item(0, 2).text() == "校验通过"
    shots(wizard, "disc-verified")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.burn_page.drive.currentData() in ("image-only", wizard.burn_page.drive.itemData(0))
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    register_page = wizard.register_page
    for _disc, copy, location, _months in register_page.rows:
        type_chinese(location, f"档案室 3 号柜 {copy} 层")
    shots(wizard, "disc-register")
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text() == "登记"
    click(qtbot, finish)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=WAIT)

    register = open_page(qtbot, window, "DiscsPage")
    qtbot.waitUntil(lambda: register.model.rowCount() == 1, timeout=WAIT)
    assert register.model.index(0, 1).data() == code
    copies = register.model.index(0, 5).data()
    assert "A：" in copies and "（档案室 3 号柜 A 层）" in copies and "（档案室 3 号柜 B 层）" in copies
    shots(window, "disc-registered")

    # The catalogue holds what the window said: the volume with its documents and clips, the disc's copies.
    with ws.unit(window.ctx.actor, write=False) as uow:
        volume = uow.session.execute(select(ArchiveVolume).where(ArchiveVolume.archive_code == code)).scalar_one()
        kinds = sorted(uow.session.execute(select(VolumeItem.kind).where(VolumeItem.volume_id == volume.id))
                       .scalars())
        copies_ = uow.session.execute(select(DiscCopy.copy, DiscCopy.location)).all()
    assert volume.filed_on == today and volume.action_ended_at == today
    assert kinds == ["document"] * 10 + ["media"] * 2
    assert sorted(copies_) == [("A", "档案室 3 号柜 A 层"), ("B", "档案室 3 号柜 B 层")]
