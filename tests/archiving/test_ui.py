"""The archiving page, the disc wizard (plan → build → verify → burn to stdio: → register) and the disc register."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QMessageBox

from archive_core.archiving import disc_register, discs, filing_basis, volumes
from archive_core.av import av_records
from archive_core.spine import clock
from disc_burning.plan import MEDIA
from resources import I18N
from tests.archiving.test_discs import TINY
from ui.archiving.archiving_page import ArchivingPage, FileVolumeDialog
from ui.archiving.disc_wizard import STDIO, DiscWizard
from ui.archiving.discs_page import DiscsPage
from ui.kit.context import UiContext
from ui.kit.tasks import TaskRunner


def recording(fn, calls, pick=lambda args: args):
    """``fn``, noting (a part of) the arguments of every call in ``calls``."""
    def wrapper(*args, **kwargs):
        calls.append(pick(args))
        return fn(*args, **kwargs)
    return wrapper


@pytest.fixture(scope="module")
def chinese(qapp, tmp_path_factory):
    """The archiving catalogue compiled from its .ts and installed, as the window does at start."""
    qm = tmp_path_factory.mktemp("qm") / "archiving.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(I18N / "zh_CN" / "archiving.ts"), "-qm", str(qm)], check=True)
    translator = QTranslator(qapp)
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def ui_ctx(ws, archivist, qapp, chinese):
    runner = TaskRunner()
    yield UiContext(ws, archivist, runner)
    runner.wait(60000)


def test_archiving_page_highlights_deadlines(qtbot, qtmodeltester, ui_ctx, ws, archivist, ended_case, evidence):
    overdue = ended_case(ended=date(2024, 3, 1))
    soon = ended_case(ended=date(2024, 4, 5))
    filed = ended_case(ended=date(2024, 4, 1))
    evidence.add_mp4(soon)
    volumes.file_volume(ws, archivist, filed.case_no, filed_on=date(2024, 4, 20), findings_reason="按现状归档")
    page = ArchivingPage(ui_ctx)
    qtbot.addWidget(page)
    page.today = date(2024, 5, 1)
    page.filter.setCurrentIndex(page.filter.findData("all"))
    page.activate()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    qtmodeltester.check(page.model)
    m = page.model
    cases_ = [m.index(r, 0).data() for r in range(3)]
    assert cases_ == [overdue.case_no, soon.case_no, filed.case_no]
    assert m.index(0, 5).data() == "已逾期" and m.index(0, 4).data() == "逾期 31 天"
    assert m.index(1, 5).data() == "即将到期" and m.index(1, 7).data() == "1"
    assert m.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color().name() == "#f8d7da"
    assert m.index(2, 6).data() == "0001-WS-2024-D30-0001"
    assert "已逾期 1" in page.summary.text()
    assert not page.show_filtered(compliance="error")
    assert page.show_filtered(deadline="overdue")  # as the dashboard's "overdue" figure asks
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    assert page.file_button.isEnabled() and not page.catalogue_button.isEnabled()

    dialog = FileVolumeDialog(page.current(), volumes.archive_codes.get_scheme(ws, archivist),
                              filing_basis.preview(ws, archivist, overdue.case_no), page)
    qtbot.addWidget(dialog)
    dialog.filed_on.setDate(date(2024, 5, 1))
    assert "31" in dialog.deadline.text() and dialog.late_reason.isEnabled()
    dialog.late_reason.setText("案件复议")
    dialog.findings_reason.setText("按现状归档")
    done = []
    ui_ctx.tasks.run(page._file, overdue.case_no, dialog.values(), write=True, owner=page, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done))
    assert done[0].late_days == 31 and done[0].late_reason == "案件复议"


@pytest.mark.skipif(shutil.which("xorriso") is None, reason="needs xorriso")
def test_disc_wizard_shows_why_a_privacy_clip_is_refused(qtbot, monkeypatch, ui_ctx, ws, archivist, ended_case,
                                                         evidence):
    monkeypatch.setitem(MEDIA, TINY.key, TINY)
    case = ended_case()
    clip = evidence.add_mp4(case, "隐私.mp4")
    av_records.set_details(ws, archivist, clip.id, confidentiality="personal_privacy")
    volumes.file_volume(ws, archivist, case.case_no, filed_on=date(2024, 4, 10), findings_reason="按现状归档")
    wizard = DiscWizard(ui_ctx, [case.case_no])
    qtbot.addWidget(wizard)
    plan_page = wizard.plan_page
    plan_page.medium.setCurrentIndex(plan_page.medium.findData("tiny"))
    plan_page.make_plan()
    qtbot.waitUntil(lambda: wizard.plan is not None)
    assert "隐私.mp4" in plan_page.problems.text() and "may not copy" in plan_page.problems.text()
    assert not plan_page.isComplete()


@pytest.mark.skipif(shutil.which("xorriso") is None, reason="needs xorriso")
def test_disc_wizard_end_to_end(qtbot, monkeypatch, ui_ctx, ws, archivist, ended_case, evidence, tmp_path):
    monkeypatch.setitem(MEDIA, TINY.key, TINY)
    case = ended_case()
    for n in (1, 2, 3):
        evidence.add_mp4(case, f"现场{n}.mp4")
    volumes.file_volume(ws, archivist, case.case_no, filed_on=date(2024, 4, 10), findings_reason="按现状归档")
    plans, built_from = [], []
    monkeypatch.setattr(discs, "plan_for_cases", recording(discs.plan_for_cases, plans))
    monkeypatch.setattr(discs, "build_set", recording(discs.build_set, built_from, lambda args: args[2]))
    wizard = DiscWizard(ui_ctx, [case.case_no])
    qtbot.addWidget(wizard)
    wizard.show()
    plan_page = wizard.plan_page
    plan_page.medium.setCurrentIndex(plan_page.medium.findData("tiny"))
    plan_page.make_plan()
    qtbot.waitUntil(plan_page.isComplete)
    assert plan_page.tree.topLevelItemCount() == 2 and plan_page.tree.topLevelItem(0).childCount() == 2
    assert plan_page.tree.topLevelItem(0).child(0).text(0) == wizard.plan.discs[0].items[0].item.original_name
    wizard.next()
    build = wizard.build_page
    build.folder.setText(str(tmp_path / "images"))
    steps = []
    build.build_button.click()
    build.job.relay.progressed.connect(lambda d, t, s: steps.append(s))
    qtbot.waitUntil(build.isComplete, timeout=60000)
    assert wizard.built.ok and len(list((tmp_path / "images").glob("*.iso"))) == 2
    assert build.bar.value() == 1000 and "校验通过" in build.log.toPlainText()
    # planned once; the build took the plan shown and made exactly its discs
    assert len(plans) == 1 and built_from == [wizard.plan]
    for shown, disc in zip(wizard.plan.discs, wizard.built.discs, strict=True):
        contents = disc_register.disc_detail(ws, archivist, disc.id).contents
        assert sorted(c.media_record_id for c in contents) == sorted(i.media_record_id for i in shown.items)
    wizard.next()
    assert wizard.verify_page.isComplete() and wizard.verify_page.table.item(0, 2).text() == "校验通过"
    wizard.next()
    burn = wizard.burn_page
    burn.drive.setCurrentIndex(burn.drive.findData(STDIO))
    burn.target.setText(str(tmp_path / "burned"))
    burn.table.selectRow(0)
    burn.burn_selected()
    qtbot.waitUntil(lambda: burn.table.item(0, 2).text() == "已刻录并回读一致", timeout=60000)
    wizard.next()
    reg = wizard.register_page
    assert len(reg.rows) == 4
    reg.rows[0][2].setText("档案室 3 号柜 A 层")
    wizard.accept()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=20000)
    first = wizard.built.discs[0].id
    a = next(c for c in disc_register.disc_detail(ws, archivist, first).disc.copies if c.copy == "A")
    assert a.status == "burned" and a.location == "档案室 3 号柜 A 层"


@pytest.mark.skipif(shutil.which("xorriso") is None, reason="needs xorriso")
def test_disc_wizard_refuses_to_build_changed_evidence(qtbot, monkeypatch, ui_ctx, ws, archivist, ended_case,
                                                       evidence, tmp_path):
    monkeypatch.setitem(MEDIA, TINY.key, TINY)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: shown.append(text))
    case = ended_case()
    clip = evidence.add_mp4(case, "现场1.mp4")
    evidence.add_mp4(case, "现场2.mp4")
    volumes.file_volume(ws, archivist, case.case_no, filed_on=date(2024, 4, 10), findings_reason="按现状归档")
    wizard = DiscWizard(ui_ctx, [case.case_no])
    qtbot.addWidget(wizard)
    wizard.show()
    plan_page = wizard.plan_page
    plan_page.medium.setCurrentIndex(plan_page.medium.findData("tiny"))
    plan_page.make_plan()
    qtbot.waitUntil(plan_page.isComplete)
    wizard.next()
    av_records.set_evidence(ws, archivist, clip.id, False)  # while the plan is on screen
    build = wizard.build_page
    build.folder.setText(str(tmp_path / "images"))
    build.build_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=60000)
    assert shown[0].startswith(f"案件 {case.case_no} 的证据在显示规划后已变化：现场1.mp4 已不再是本案证据")
    assert "重新规划" in shown[0] and shown[0] in build.log.toPlainText()
    assert not build.build_button.isEnabled() and not build.isComplete() and wizard.built is None
    assert not plan_page.isComplete() and plan_page.tree.topLevelItemCount() == 0
    assert not (tmp_path / "images").exists() and disc_register.list_discs(ws, archivist) == []


@pytest.mark.skipif(shutil.which("xorriso") is None, reason="needs xorriso")
def test_disc_register_page(qtbot, qtmodeltester, monkeypatch, ui_ctx, ws, archivist, ended_case, evidence,
                            tmp_path):
    monkeypatch.setitem(MEDIA, TINY.key, TINY)
    case = ended_case()
    evidence.add_mp4(case)
    volumes.file_volume(ws, archivist, case.case_no, filed_on=date(2024, 4, 10), findings_reason="按现状归档")
    built = discs.build_set(ws, archivist, discs.plan_for_cases(ws, archivist, [case.case_no], medium="tiny"),
                            tmp_path / "images")
    disc = built.discs[0]
    disc_register.burn_copy(ws, archivist, disc.id, "A", f"stdio:{tmp_path / 'a.bin'}")
    page = DiscsPage(ui_ctx)
    qtbot.addWidget(page)
    page.activate()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtmodeltester.check(page.model)
    assert page.model.index(0, 5).data() == "A：良好　B：未刻录"
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: "SHA-256" in page.details.toPlainText())
    assert disc.image_sha256 in page.details.toPlainText() and page.recheck_button.isEnabled()
    assert page.show_filtered(attention=True)  # as the dashboard's "re-check overdue" figure asks
    assert page.attention.isChecked() and not page.show_filtered(compliance="error")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    page.today = clock.add_months(clock.today(), 13)
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, 7).data() == "复检逾期"
