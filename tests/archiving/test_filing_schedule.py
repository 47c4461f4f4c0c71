"""Filing takes the retention period from the schedule (Art. 25) and says which row it came from; a case with
compliance findings is filed only with a reason, kept in the audit trail."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from archive_core.archiving import archive_codes, filing_basis, volumes
from archive_core.spine.i18n import Translator
from models.archiving import ArchiveVolume
from models.audit import AuditEvent
from ui.archiving.archiving_page import ArchivingPage, FileVolumeDialog
from ui.kit.context import UiContext

REASON = "复议期间需先行归档保存"


def _audit(ws, action):
    with ws.db.reader() as s:
        return [(e.object_id, json.loads(e.details)) for e in
                s.execute(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.seq)).scalars()]


@pytest.mark.parametrize(("overrides", "code", "rule"), [
    ({"av_reasons": ("personal_freedom",)}, "Y", "case.penalty.high"),
    ({}, "D30", "case.penalty"),
    ({"enforcement_type": "inspection"}, "D10", "case.inspection"),
])
def test_the_schedule_sets_the_retention_period(ws, archivist, ended_case, overrides, code, rule):
    case = ended_case(**overrides)
    preview = filing_basis.preview(ws, archivist, case.case_no)
    assert (preview.retention.code, preview.retention.rule_code) == (code, rule)
    view = volumes.file_volume(ws, archivist, case.case_no, filed_on=date(2024, 4, 10), findings_reason=REASON)
    assert view.retention == code and f"-{code}-" in view.archive_code
    [(_code, details)] = _audit(ws, "volume.file")
    assert details["retention"] == code and details["retention_rule"] == rule


def test_findings_need_a_reason_and_the_reason_is_audited(ws, archivist, ended_case):
    case = ended_case()
    findings = filing_basis.preview(ws, archivist, case.case_no).findings
    assert findings and all(f.rule not in filing_basis.SETTLED_BY_FILING for f in findings)
    with pytest.raises(filing_basis.FindingsReasonMissingError) as err:
        volumes.file_volume(ws, archivist, case.case_no, filed_on=date(2024, 4, 10), findings_reason="无")
    assert err.value.render(Translator("zh_CN").error).startswith(
        f"案件 {case.case_no} 仍有 {len(findings)} 项合规问题。")
    with ws.db.reader() as s:  # nothing filed, no archive code used up
        assert s.execute(select(ArchiveVolume)).first() is None
    view = volumes.file_volume(ws, archivist, case.case_no, filed_on=date(2024, 4, 10), findings_reason=REASON)
    assert view.retention == "D30"
    [(case_no, details)] = _audit(ws, "case.filing_with_findings")
    assert case_no == case.case_no and details["reason"] == REASON and len(details["findings"]) == len(findings)


def _type_chinese(widget, text: str) -> None:
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_the_filing_dialog_shows_the_schedule_row_and_asks_for_a_reason(qtbot, ws, archivist, ended_case, tasks,
                                                                        zh_ui):
    case = ended_case(av_reasons=("life_health",))
    page = ArchivingPage(UiContext(ws, archivist, tasks))
    qtbot.addWidget(page)
    page.filter.setCurrentIndex(page.filter.findData("all"))
    page.activate()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    preview = filing_basis.preview(ws, archivist, case.case_no)
    dialog = FileVolumeDialog(page.current(), archive_codes.get_scheme(ws, archivist), preview, page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.retention.currentData() == "Y"
    assert dialog.retention_source.text() == (
        "按保管期限表（第二十五条）：行政处罚（涉及人身自由、生命健康、重大财产权益）（case.penalty.high）")
    assert dialog.findings_note.isVisible()
    assert dialog.findings_note.text().startswith(f"此案仍有 {len(preview.findings)} 项合规问题")
    assert not dialog.ok_button.isEnabled()
    _type_chinese(dialog.findings_reason, REASON)
    assert dialog.ok_button.isEnabled()
    values = dialog.values()
    assert values["retention"] is None and values["findings_reason"] == REASON
    with qtbot.waitSignal(dialog.submitted, timeout=1000):  # the page files, and closes the dialog once filed
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
