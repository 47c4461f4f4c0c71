"""Impossible dates are refused with a Chinese message that names the field: a case opened or ended in the future, a
document approved before the opinion it approves (Art. 16), a device bought in the future, a date that does not
exist."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from archive_core.cases import case_files, records
from archive_core.cases.records import RecordInput
from archive_core.equipment import devices
from archive_core.spine import clock
from archive_core.spine.errors import ChoiceError, ValidationError
from archive_core.spine.i18n import Translator
from tests.cases.conftest import case_input
from ui.cases.case_forms import RecordDialog
from ui.kit.context import UiContext

ZH = Translator("zh_CN").error


def _zh(err: pytest.ExceptionInfo[ValidationError]) -> str:
    return err.value.render(ZH)


def test_a_case_cannot_open_or_end_in_the_future(ws, archivist) -> None:
    tomorrow = clock.today() + timedelta(days=1)
    with pytest.raises(clock.FutureDateError) as err:
        case_files.create_case(ws, archivist, case_input("F-1", opened_on=tomorrow))
    assert _zh(err).startswith("立案日期" + clock.fmt_day(tomorrow) + "晚于今天")
    case_files.create_case(ws, archivist, case_input("F-1"))
    with pytest.raises(clock.FutureDateError) as err:
        case_files.update_case(ws, archivist, "F-1", action_ended_at=tomorrow)
    assert _zh(err).startswith("执法行为结束日期")


def test_an_approval_is_not_signed_before_the_opinion_it_approves(ws, archivist, new_case) -> None:
    new_case("D-1")
    data = RecordInput(doc_type="handling_approval", issued_on=date(2024, 3, 9), handler_opinion="拟处罚",
                       handler_reasons="证据确凿", handler_signed_on=date(2024, 3, 10),
                       reviewer_opinion="同意", reviewer_signed_on=date(2024, 3, 9))
    with pytest.raises(records.SignedOutOfOrderError) as err:
        records.add_record(ws, archivist, "D-1", data)
    assert "审核人签署日期（2024年3月9日）早于承办人签署日期（2024年3月10日）" in _zh(err) and "第十六条" in _zh(err)
    future = clock.today() + timedelta(days=3)
    with pytest.raises(clock.FutureDateError) as err:
        records.add_record(ws, archivist, "D-1", RecordInput(doc_type="penalty_decision", issued_on=future))
    assert _zh(err).startswith("文书日期")
    records.add_record(ws, archivist, "D-1", RecordInput(doc_type="handling_approval", issued_on=date(2024, 3, 9),
                                                         handler_signed_on=date(2024, 3, 9),
                                                         approver_signed_on=date(2024, 3, 11)))


def test_a_device_is_not_bought_in_the_future(ws, make_actor) -> None:
    clerk = make_actor("equipment_clerk")
    with pytest.raises(clock.FutureDateError) as err:
        devices.add_device(ws, clerk, "ZF-0001", "body_worn_camera",
                           purchase_date=clock.today() + timedelta(days=1))
    assert _zh(err).startswith("购置日期")
    with pytest.raises(ChoiceError) as err:
        devices.add_device(ws, clerk, "ZF-0001", "drone")
    assert _zh(err) == ("输入无效：设备类别“drone”不在可选值之内，可选："
                        "body_worn_camera, camera, audio_recorder, camcorder, surveillance。")


def test_typed_dates_as_people_write_them() -> None:
    assert clock.parse_day("2026年12月2日", "x") == date(2026, 12, 2) == clock.parse_day(" 2026-12-02 ", "x")
    assert clock.parse_day("2026/12/2", "x") == date(2026, 12, 2)
    assert clock.parse_day("", "x") is None
    with pytest.raises(clock.DateInputError) as err:
        clock.parse_day("2026-13-01", records.DATE_LABELS["issued_on"])
    assert _zh(err) == "文书日期：“2026-13-01”不是有效的日期。 请写成 2026年12月2日 或 2026-12-02。"
    at = clock.parse_wall_time("2026年12月2日 09:30", "x")
    assert at is not None and clock.fmt(at, clock.READ_MINUTE) == "2026年12月2日 09:30"
    with pytest.raises(clock.TimeInputError):
        clock.parse_wall_time("2026-12-02 25:00", "x")


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_document_form_names_the_field_in_chinese(qtbot, zh_ui, tasks, ws, archivist, new_case) -> None:
    new_case("A-1")
    dialog = RecordDialog(UiContext(ws, archivist, tasks), "A-1", "decision")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.type_box.count() > 0, timeout=20000)
    dialog.type_box.setCurrentIndex(dialog.type_box.findData("penalty_decision"))
    qtbot.keyClicks(dialog.issued, "2026-13-01")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.message.isVisible()
    assert dialog.message.text() == "文书日期：“2026-13-01”不是有效的日期。 请写成 2026年12月2日 或 2026-12-02。"
    assert save.text() == "保存"  # Qt's own buttons speak Chinese too (qtbase catalogue)
