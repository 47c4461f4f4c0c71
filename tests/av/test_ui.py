"""The ingest monitor and the evidence page: real watcher, real catalogue, headless libvlc; models through
qtmodeltester; the embedded player under a real X server (xvfb); the page's Art. 23, 24 and 26 dialogs and the
audited export, driven through the real services; the A/V settings dialog of the ingest page."""

from __future__ import annotations

import errno
import hashlib
import json
from datetime import timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from sqlalchemy import func, select

from archive_core.av import av_records, ingest, interruptions
from archive_core.av import settings as media_settings
from archive_core.av.ingest_monitor import queue_rows
from archive_core.cases import case_files
from archive_core.spine.errors import PermissionDeniedError
from models.audit import AuditEvent
from models.av import GapExplanation
from tests.av.conftest import recent
from tests.media_factory import make_empty
from ui.av.ingest_models import QueueModel
from ui.av.ingest_page import IngestPage
from ui.av.interruption_dialogs import ExplainDialog
from ui.av.player_markers import Marker
from ui.av.records_dialogs import STATE_SECRET, DetailsDialog, ExceptionDialog, PurposeDialog
from ui.av.records_models import EvidenceModel
from ui.av.records_page import EvidencePage
from ui.av.settings_dialog import MediaSettingsDialog
from ui.kit.context import UiContext

WAIT = 20000


def _actions(ws, actor, action):
    with ws.unit(actor, write=False) as uow:
        return uow.session.execute(select(AuditEvent.details).where(AuditEvent.action == action)).scalars().all()


def test_queue_model_shows_reasons_and_clocks(qtmodeltester, ws, archivist, dock):
    ok = dock.clip(recent(2))
    empty = make_empty(dock.path / "DSJ-A1B2C3_012345_20261127_080000.MP4")
    ingest.ingest_paths(ws, archivist, [ok, empty], settle=0)
    model = QueueModel()
    model.set_rows(queue_rows(ws, archivist))
    qtmodeltester.check(model)
    texts = {model.data(model.index(r, 0)): [model.data(model.index(r, c)) for c in range(5)]
             for r in range(model.rowCount())}
    assert texts[ok.name][1] == "Stored" and texts[ok.name][2] == "100%" and texts[ok.name][3] == "On time"
    assert texts[empty.name][1] == "Refused" and "empty (0 bytes)" in texts[empty.name][4]


def test_evidence_model_is_lazy_and_has_thumbnails(qtbot, qtmodeltester, tasks, ws, archivist, dock):
    ids = [r.media_id for r in ingest.ingest_paths(ws, archivist, [dock.clip(recent(2), seq=i) for i in range(3)],
                                                   settle=0)]
    model = EvidenceModel(tasks, ws, archivist)
    with qtbot.waitSignal(model.loaded, timeout=WAIT):
        model.reload()
    assert model.rowCount() == 3
    qtbot.waitUntil(lambda: model.row_value(0) is not None, timeout=WAIT)
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is not None
    assert model.id_at(0) in ids


def test_evidence_model_fetches_only_the_pages_looked_at_of_a_large_list(qtbot, tasks, ws, archivist, monkeypatch):
    from datetime import UTC, datetime

    from models.av import MediaRecord
    from models.vault import VaultObject
    from ui.kit.lazy_model import PAGE

    total = 2 * PAGE + 50
    with ws.unit(archivist) as uow:  # catalogue rows only: the list reads no vault file
        now = datetime.now(UTC)
        for i in range(total):
            sha = f"{i + 1:064x}"
            uow.session.add(VaultObject(sha256=sha, sm3="0" * 64, size=1, original_name=f"clip{i}.mp4",
                                        stored_at=now, stored_by=archivist.username))
            uow.session.flush()
            uow.session.add(MediaRecord(sha256=sha, original_name=f"clip{i}.mp4", size=1,
                                        recorded_start=now - timedelta(minutes=i)))
    asked: list[list[int]] = []
    real = av_records.media_rows

    def spy(ws_, actor, ids):
        asked.append(list(ids))
        return real(ws_, actor, ids)

    monkeypatch.setattr(av_records, "media_rows", spy)
    model = EvidenceModel(tasks, ws, archivist)
    with qtbot.waitSignal(model.loaded, timeout=WAIT):
        model.reload()
    assert model.rowCount() == total and asked == []
    assert model.data(model.index(0, 0)) == "…"  # the GUI thread does not wait for the rows
    qtbot.waitUntil(lambda: model.row_value(0) is not None, timeout=WAIT)
    assert asked == [[model.id_at(r) for r in range(PAGE)]]
    assert model.row_value(PAGE - 1) is not None and len(asked) == 1
    qtbot.waitUntil(lambda: model.row_value(total - 1) is not None, timeout=WAIT)
    assert asked[1] == [model.id_at(r) for r in range(2 * PAGE, total)]
    assert sum(map(len, asked)) == PAGE + 50  # the middle page was never looked at, so never fetched


def test_ingest_page_watches_a_dock(qtbot, tasks, ws, archivist, dock):
    page = IngestPage(UiContext(ws, archivist, tasks))
    qtbot.addWidget(page)
    page.activate()
    page.add_folder(str(dock.path), False)
    qtbot.waitUntil(lambda: page.docks.count() == 1, timeout=WAIT)
    page.start_watching()
    try:
        clip = dock.clip(recent(1))
        qtbot.waitUntil(lambda: any(page.model.row_object(i) and page.model.row_object(i).state == "done"
                                    and page.model.row_object(i).name == clip.name
                                    for i in range(page.model.rowCount())), timeout=WAIT)
        assert "Stored 1" in page.status.text()
    finally:
        page.stop_watching()
        tasks.wait(WAIT)
        qtbot.wait(100)
    assert page.watcher is None
    page.close()
    qtbot.wait(50)


def test_evidence_page_plays_with_purpose_and_keeps_markers(qtbot, tasks, ws, archivist, dock, case_no):
    [result] = ingest.ingest_paths(ws, archivist, [dock.clip(recent(2), seconds=3)], case_no=case_no,
                                   stage="investigation", settle=0)
    page = EvidencePage(UiContext(ws, archivist, tasks))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.model.loaded, timeout=WAIT):
        page.activate()
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail is not None and page.play_button.isEnabled(), timeout=WAIT)
    page.play("案件审核")
    qtbot.waitUntil(lambda: page.player is not None and page.player.state() == "playing", timeout=WAIT)
    assert any("案件审核" in d for d in _actions(ws, archivist, "media.play"))
    page.player.set_markers([Marker(500, "出示执法证件")])
    page.player.markers_changed.emit(page.player.markers())
    qtbot.waitUntil(lambda: av_records.media_detail(ws, archivist, result.media_id).markers != (), timeout=WAIT)
    assert av_records.media_detail(ws, archivist, result.media_id).markers[0].note == "出示执法证件"
    page.shutdown()


@pytest.mark.xvfb
def test_player_embedded_in_the_evidence_page(qtbot, tasks, ws, archivist, dock, tmp_path):
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.platformName() != "xcb":
        pytest.skip("needs a real X server: make test runs this under xvfb-run")
    ingest.ingest_paths(ws, archivist, [dock.clip(recent(2) - timedelta(minutes=1), seconds=4)], settle=0)
    page = EvidencePage(UiContext(ws, archivist, tasks))
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    with qtbot.waitSignal(page.model.loaded, timeout=WAIT):
        page.activate()
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=WAIT)
    page.play("复核")
    qtbot.waitUntil(lambda: page.player is not None and page.player.state() == "playing", timeout=WAIT)
    qtbot.waitUntil(lambda: page.player.position_ms() > 300, timeout=WAIT)
    with qtbot.waitSignal(page.player.snapshot_taken, timeout=WAIT):
        page.player.take_snapshot()
    qtbot.waitUntil(lambda: av_records.media_detail(ws, archivist, page.detail.row.id).snapshots != (), timeout=WAIT)
    page.shutdown()


# --- the Art. 23, 24 and 26 actions and the export ---------------------------------------------------------------

def _page(qtbot, tasks, ws, actor):
    page = EvidencePage(UiContext(ws, actor, tasks))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.model.loaded, timeout=WAIT):
        page.activate()
    return page


def _select(qtbot, page, media_id):
    page.table.selectRow(page.model.row_of(media_id))
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == media_id, timeout=WAIT)


def _ingest(ws, actor, *paths, **kw):
    results = ingest.ingest_paths(ws, actor, list(paths), settle=0, **kw)
    by_name = {r.path.rsplit("/", 1)[-1]: r.media_id for r in results}
    return [by_name[p.name] for p in paths]


def _clock_column(page, media_id):
    return page.model.data(page.model.index(page.model.row_of(media_id), 8))


@pytest.fixture
def messages(monkeypatch):
    """Message boxes the page shows, recorded instead of opened: (title, text)."""
    shown = []

    def record(_parent, title, text, *_args):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "critical", record)
    return shown


def test_details_dialog_saves_the_art26_annotations_and_audits(qtbot, tasks, ws, archivist, dock, case_no):
    [mid] = _ingest(ws, archivist, dock.clip(recent(2)), case_no=case_no, stage="investigation")
    page = _page(qtbot, tasks, ws, archivist)
    _select(qtbot, page, mid)
    assert page.details_button.isEnabled()
    qtbot.mouseClick(page.details_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.dialog, DetailsDialog), timeout=WAIT)
    dialog = page.dialog
    assert dialog.confidentiality.currentData() == ""  # prefilled: it follows its case, whose level is named
    assert dialog.confidentiality.currentText() == "As its case (Internal)"
    dialog.matter.setText("现场检查无证经营烟花爆竹")
    dialog.place.setText("石家庄市长安区建设北大街12号")
    dialog.method.setCurrentText("执法记录仪录音录像")
    dialog.officers.check(["13010002", "13010003"])
    dialog.confidentiality.setCurrentIndex(dialog.confidentiality.findData("personal_privacy"))
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    d = av_records.media_detail(ws, archivist, mid)
    assert d.matter == "现场检查无证经营烟花爆竹" and d.place == "石家庄市长安区建设北大街12号"
    assert d.method == "执法记录仪录音录像"
    assert {o.certificate_no for o in d.row.officers} == {"13010002", "13010003"}
    assert d.row.confidentiality == "personal_privacy"
    [details] = _actions(ws, archivist, "media.details")
    assert "现场检查无证经营烟花爆竹" in details and "personal_privacy" in details
    qtbot.waitUntil(lambda: "现场检查无证经营烟花爆竹" in page.facts.text(), timeout=WAIT)
    assert page.detail.row.id == mid  # the changed clip stays the current one


def test_details_dialog_sets_a_clip_back_to_following_its_case(qtbot, tasks, ws, archivist, dock, case_no):
    [mid] = _ingest(ws, archivist, dock.clip(recent(2)), case_no=case_no, stage="investigation")
    av_records.set_details(ws, archivist, mid, confidentiality="commercial_secret")
    page = _page(qtbot, tasks, ws, archivist)
    _select(qtbot, page, mid)
    page.open_details()
    qtbot.waitUntil(lambda: isinstance(page.dialog, DetailsDialog), timeout=WAIT)
    dialog = page.dialog
    assert dialog.confidentiality.currentData() == "commercial_secret"
    dialog.confidentiality.setCurrentIndex(dialog.confidentiality.findData(""))
    assert dialog.changes() == {"confidentiality": ""}
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.save()
    d = av_records.media_detail(ws, archivist, mid)
    assert (d.own_confidentiality, d.row.confidentiality) == ("", "internal")
    case_files.update_case(ws, archivist, case_no, confidentiality="personal_privacy")
    assert av_records.media_detail(ws, archivist, mid).row.confidentiality == "personal_privacy"  # it follows again


def test_details_dialog_shows_the_state_secret_refusal_and_saves_nothing(qtbot, tasks, ws, archivist, dock, case_no):
    [mid] = _ingest(ws, archivist, dock.clip(recent(2)), case_no=case_no, stage="investigation")
    page = _page(qtbot, tasks, ws, archivist)
    _select(qtbot, page, mid)
    page.open_details()
    qtbot.waitUntil(lambda: isinstance(page.dialog, DetailsDialog), timeout=WAIT)
    dialog = page.dialog
    dialog.matter.setText("涉密事项")
    dialog.confidentiality.setCurrentIndex(dialog.confidentiality.findData(STATE_SECRET))
    with qtbot.waitSignal(dialog.failed, timeout=WAIT):
        dialog.save()
    assert dialog.message.isVisibleTo(dialog)
    assert "State secrets do not belong in this system (Art. 25)" in dialog.message.text()
    assert dialog.isVisible() and dialog.matter.text() == "涉密事项"  # what was typed is kept
    assert dialog.save_button.isEnabled()
    d = av_records.media_detail(ws, archivist, mid)
    assert d.matter == "" and d.row.confidentiality == "internal"
    assert _actions(ws, archivist, "media.details") == []


def test_deadline_exception_for_several_clips_changes_the_clock_shown(qtbot, tasks, ws, archivist, dock):
    ids = _ingest(ws, archivist, dock.clip(recent(40), seq=1), dock.clip(recent(39), seq=2))
    page = _page(qtbot, tasks, ws, archivist)
    qtbot.waitUntil(lambda: all(_clock_column(page, i) == "Late" for i in ids), timeout=WAIT)
    _select(qtbot, page, ids[0])
    page.table.selectionModel().select(page.model.index(page.model.row_of(ids[1]), 0),
                                       QItemSelectionModel.SelectionFlag.Select
                                       | QItemSelectionModel.SelectionFlag.Rows)
    assert sorted(page.selected_ids()) == sorted(ids)
    assert page.exception_button.isEnabled() and "(2)" in page.exception_button.text()
    qtbot.mouseClick(page.exception_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.dialog, ExceptionDialog), timeout=WAIT)
    dialog = page.dialog
    assert dialog.clips.count() == 2
    # A return before the end of recording is refused by the service; nothing changes.
    dialog.set_returned(recent(45))
    with qtbot.waitSignal(dialog.failed, timeout=WAIT):
        dialog.save()
    assert "the return cannot be before the end of the recording" in dialog.message.text()
    assert {r.clock_state for r in av_records.media_rows(ws, archivist, ids).values()} == {"late"}
    returned = recent(10)
    dialog.kind.setCurrentIndex(dialog.kind.findData("off_site"))
    dialog.set_returned(returned)
    dialog.note.setText("赴保定市异地执法，次日返回单位")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.save()
    qtbot.waitUntil(lambda: all(_clock_column(page, i) == "On time (exception)" for i in ids), timeout=WAIT)
    for i in ids:
        d = av_records.media_detail(ws, archivist, i)
        assert d.exception_kind == "off_site" and d.exception_note == "赴保定市异地执法，次日返回单位"
        # the local wall time shown, read in the workstation's zone: the same instant, to the minute
        assert d.returned_at.tzinfo is not None and d.returned_at == returned.replace(second=0)
    assert len(_actions(ws, archivist, "media.deadline_exception")) == 2


def _three_clips_with_two_gaps(ws, archivist, dock, case_no):
    t0 = recent(3)
    return _ingest(ws, archivist, dock.clip(t0, seconds=2, seq=1),
                   dock.clip(t0 + timedelta(minutes=10), seconds=2, seq=2),
                   dock.clip(t0 + timedelta(minutes=20), seconds=2, seq=3), case_no=case_no, stage="investigation")


def _open_gaps(qtbot, page, media_id, count):
    _select(qtbot, page, media_id)
    assert page.gaps_button.isEnabled()
    qtbot.mouseClick(page.gaps_button, Qt.MouseButton.LeftButton)
    gaps = page.interruptions
    qtbot.waitUntil(lambda: gaps.data is not None and gaps.model.rowCount() == count, timeout=WAIT)
    return gaps


def _open_explain(qtbot, gaps, row):
    gaps.table.selectRow(row)
    assert gaps.explain_button.isEnabled()
    qtbot.mouseClick(gaps.explain_button, Qt.MouseButton.LeftButton)
    assert isinstance(gaps.explain_dialog, ExplainDialog)
    return gaps.explain_dialog


def _explained(ws, actor):
    with ws.unit(actor, write=False) as uow:
        return uow.session.execute(select(func.count()).select_from(GapExplanation)).scalar()


@pytest.mark.qt_log_ignore("does not support raise")
def test_interruptions_written_explanation_needs_two_signers(qtbot, qtmodeltester, tasks, ws, archivist, dock, case_no):
    ids = _three_clips_with_two_gaps(ws, archivist, dock, case_no)
    page = _page(qtbot, tasks, ws, archivist)
    gaps = _open_gaps(qtbot, page, ids[0], 2)
    qtmodeltester.check(gaps.model)
    first = [gaps.model.data(gaps.model.index(0, c)) for c in range(8)]
    assert first[1] == "DSJ-A1B2C3" and first[2].endswith("_0001.MP4") and first[3].endswith("_0002.MP4")
    assert first[7] == "Unexplained"
    assert gaps.model.data(gaps.model.index(0, 7), Qt.ItemDataRole.BackgroundRole) is not None
    assert "2 interruptions, 2 unexplained" in gaps.summary.text()

    dialog = _open_explain(qtbot, gaps, 1)
    dialog.written.setChecked(True)
    assert not dialog.voice_at.isEnabled() and dialog.reason.isEnabled()
    dialog.reason.setPlainText("电池耗尽，更换备用电池期间无法继续录像")
    dialog.signers.check(["13010001"])
    with qtbot.waitSignal(dialog.failed, timeout=WAIT):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "signed by at least two officers (Art. 23)" in dialog.message.text()
    assert _explained(ws, archivist) == 0 and _actions(ws, archivist, "media.gap_explained") == []
    assert dialog.reason.toPlainText() == "电池耗尽，更换备用电池期间无法继续录像"

    dialog.signers.check(["13010002"])
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gaps.model.rows[1].explanation is not None, timeout=WAIT)
    text = gaps.model.data(gaps.model.index(1, 7))
    assert text == "Written: 电池耗尽，更换备用电池期间无法继续录像 — signed by 王建国（13010001）、李明（13010002）"
    assert gaps.model.data(gaps.model.index(1, 7), Qt.ItemDataRole.BackgroundRole) is None
    assert "2 interruptions, 1 unexplained" in gaps.summary.text()
    [saved] = [g for g in interruptions.case_gaps(ws, archivist, case_no) if g.explanation is not None]
    assert (saved.before_id, saved.after_id) == (ids[1], ids[2])
    assert saved.explanation.signers == ("13010001", "13010002")
    gaps.table.selectRow(1)
    assert not gaps.explain_button.isEnabled()  # explained once; no second explanation


@pytest.mark.qt_log_ignore("does not support raise")
def test_voice_explanation_outside_the_later_clip_is_refused(qtbot, tasks, ws, archivist, dock, case_no):
    ids = _three_clips_with_two_gaps(ws, archivist, dock, case_no)
    page = _page(qtbot, tasks, ws, archivist)
    gaps = _open_gaps(qtbot, page, ids[1], 2)
    dialog = _open_explain(qtbot, gaps, 0)
    assert dialog.voice.isChecked()
    dialog.voice_at.setText("1分")
    dialog.save()
    assert "minutes:seconds" in dialog.message.text() and _explained(ws, archivist) == 0
    dialog.voice_at.setText("05:00")  # the later clip runs 2 s
    with qtbot.waitSignal(dialog.failed, timeout=WAIT):
        dialog.save()
    assert "the voice note must lie within the clip after the interruption" in dialog.message.text()
    assert _explained(ws, archivist) == 0
    dialog.voice_at.setText("00:01")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.save()
    qtbot.waitUntil(lambda: gaps.model.rows[0].explanation is not None, timeout=WAIT)
    assert gaps.model.data(gaps.model.index(0, 7)) == "Voice note at 00:01 in the later clip"
    assert gaps.model.rows[0].explanation.voice_at_ms == 1000


def test_export_asks_the_purpose_and_copies_the_vault_bytes(qtbot, monkeypatch, tasks, ws, archivist, dock, tmp_path):
    [mid] = _ingest(ws, archivist, dock.clip(recent(2)))
    out = tmp_path / "移送"
    out.mkdir()

    def answer(dialog):
        dialog.purpose.setCurrentText("移送检察机关")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PurposeDialog, "exec", answer)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(out))
    page = _page(qtbot, tasks, ws, archivist)
    _select(qtbot, page, mid)
    assert page.export_button.isEnabled()
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.notice.text().startswith("Exported to"), timeout=WAIT)
    [copy] = list(out.iterdir())
    assert str(copy) in page.notice.text()
    sha = page.detail.row.sha256
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == sha
    assert hashlib.sha256(ws.vault.path_of(sha).read_bytes()).hexdigest() == sha
    [event] = _actions(ws, archivist, "media.export")
    assert "移送检察机关" in event


def test_refused_exports_write_nothing(qtbot, monkeypatch, tasks, ws, archivist, supervisor, dock, case_no, tmp_path,
                                       messages):
    [mid] = _ingest(ws, archivist, dock.clip(recent(2)), case_no=case_no, stage="investigation")
    out = tmp_path / "out"
    out.mkdir()

    def export_as(actor):
        page = _page(qtbot, tasks, ws, actor)
        _select(qtbot, page, mid)
        page.export("复核", str(out))
        qtbot.waitUntil(lambda: len(messages) == shown + 1, timeout=WAIT)
        assert page.notice.text() == "Not exported."
        return page

    # A role without the export permission: the button is off, and the service refuses anyway.
    shown = 0
    page = export_as(supervisor)
    assert not page.export_button.isEnabled()
    assert "may not export audio-visual records" in messages[-1][1]
    assert list(out.iterdir()) == []
    # A privacy clip for a role that may not open such clips (Art. 25).
    case_files.update_case(ws, archivist, case_no, confidentiality="personal_privacy")
    shown = 1
    export_as(archivist)
    assert "may not copy" in messages[-1][1] and "privacy or commercial-secret records" in messages[-1][1]
    assert list(out.iterdir()) == []
    case_files.update_case(ws, archivist, case_no, confidentiality="internal")
    # A full disk: the half-written copy is removed.

    def full_disk(_src, dst, _length=0):
        dst.write(b"\0" * 1024)
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(av_records.shutil, "copyfileobj", full_disk)
        shown = 2
        export_as(archivist)
    assert "the disk is full" in messages[-1][1] and "Nothing was left in the folder" in messages[-1][1]
    assert list(out.iterdir()) == []
    # The vault copy no longer matches its digest: an integrity alarm, nothing copied.
    sha = av_records.media_detail(ws, archivist, mid).row.sha256
    path = ws.vault.path_of(sha)
    path.chmod(0o644)
    with open(path, "r+b") as fh:
        fh.seek(100)
        fh.write(b"\0\0\0\0")
    shown = 3
    export_as(archivist)
    assert messages[-1][0] == "Integrity alarm" and "no longer matches" in messages[-1][1]
    assert list(out.iterdir()) == []


def test_dashboard_figures_open_the_list_narrowed(qtbot, tasks, ws, archivist, dock, case_no):
    from ui.stats.dashboard_tiles import TARGETS

    late, linked = _ingest(ws, archivist, dock.clip(recent(40), seq=1), dock.clip(recent(2), seq=2))
    av_records.link(ws, archivist, linked, case_no, "investigation")
    page = _page(qtbot, tasks, ws, archivist)
    target, figures = TARGETS["av_clock"]
    assert target == "EvidencePage"
    page.case_no.setText(case_no)  # whatever the archivist had typed is replaced by the figure's filter
    with qtbot.waitSignal(page.model.loaded, timeout=WAIT):
        assert page.show_filtered(**figures["unlinked"])
    assert page.unlinked.isChecked() and not page.case_no.text()
    assert page.model.rowCount() == 1 and page.model.row_of(late) == 0
    with qtbot.waitSignal(page.model.loaded, timeout=WAIT):
        assert page.show_filtered(**figures["late_30"])
    assert not page.unlinked.isChecked() and page.clock.currentData() == "late"
    assert page.model.rowCount() == 1 and page.model.row_of(late) == 0
    assert not page.show_filtered(compliance="error")
    assert not page.show_filtered(clock_state="melted")


# --- the A/V settings dialog of the ingest page --------------------------------------------------------------------

def _settings_dialog(qtbot, tasks, ws, actor):
    page = IngestPage(UiContext(ws, actor, tasks))
    qtbot.addWidget(page)
    page.activate()
    qtbot.mouseClick(page.settings_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, MediaSettingsDialog)
    qtbot.waitUntil(lambda: dialog.settings is not None, timeout=WAIT)
    return page, dialog


def test_settings_dialog_saves_what_was_changed_and_the_service_audits_it(qtbot, tasks, ws, make_actor):
    admin = make_actor("system_admin")
    assert IngestPage.visible_to(admin)  # the only role that may change the settings reaches them
    page, dialog = _settings_dialog(qtbot, tasks, ws, admin)
    assert not page.import_button.isEnabled() and not page.watch_button.isEnabled()  # no ingest permission
    assert dialog.zone.currentText() == "Asia/Shanghai" and dialog.gap_tolerance.value() == 60
    assert not dialog.delete_source.isChecked()
    assert all(w.isEnabled() for w in dialog.inputs) and dialog.save_button.isEnabled()
    dialog.gap_tolerance.setValue(90)
    dialog.delete_source.setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settings = media_settings.read_settings(ws)
    assert settings.gap_tolerance_s == 90 and settings.delete_source is True
    assert settings.camera_zone == "Asia/Shanghai" and settings.gap_max_s == 4 * 3600  # untouched
    changed = sorted(json.loads(d)["new"] for d in _actions(ws, admin, "media.setting_changed"))
    assert changed == [True, 90]
    with ws.unit(admin, write=False) as uow:
        keys = set(uow.session.execute(select(AuditEvent.object_id)
                                       .where(AuditEvent.action == "media.setting_changed")).scalars())
    assert keys == {"gap_tolerance_s", "delete_source"}


def test_settings_dialog_shows_a_bad_time_zone_and_changes_nothing(qtbot, tasks, ws, make_actor):
    admin = make_actor("system_admin")
    _page, dialog = _settings_dialog(qtbot, tasks, ws, admin)
    dialog.gap_tolerance.setValue(120)
    dialog.zone.setCurrentText("Asia/Atlantis")
    with qtbot.waitSignal(dialog.failed, timeout=WAIT):
        dialog.save()
    assert dialog.message.isVisibleTo(dialog)
    assert "unknown time zone 'Asia/Atlantis'" in dialog.message.text()
    assert dialog.isVisible() and dialog.zone.currentText() == "Asia/Atlantis"  # what was typed stays
    assert dialog.save_button.isEnabled()
    settings = media_settings.read_settings(ws)
    assert settings.camera_zone == "Asia/Shanghai" and settings.gap_tolerance_s == 60  # the good value neither
    assert _actions(ws, admin, "media.setting_changed") == []
    dialog.zone.setCurrentText("Asia/Urumqi")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.save()
    assert media_settings.read_settings(ws).camera_zone == "Asia/Urumqi"


def test_settings_dialog_is_read_only_without_the_permission(qtbot, tasks, ws, archivist):
    _page, dialog = _settings_dialog(qtbot, tasks, ws, archivist)
    assert dialog.zone.currentText() == "Asia/Shanghai"  # shown…
    assert not any(w.isEnabled() for w in dialog.inputs) and dialog.save_button is None  # …but not changeable
    assert "Read only" in dialog.note.text()
    with pytest.raises(PermissionDeniedError):  # and the service refuses anyway
        media_settings.change_setting(ws, archivist, "delete_source", True)
    assert media_settings.read_settings(ws).delete_source is False
