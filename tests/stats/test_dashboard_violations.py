"""Dashboard tiles and the Art. 31 register against the hand count of the fixture (see conftest.py)."""

from __future__ import annotations

import json
import os

import pytest
from sqlalchemy import select, update

from archive_core.av import av_records
from archive_core.spine.audit import service
from archive_core.spine.errors import PermissionDeniedError
from archive_core.spine.vault import fixity
from archive_core.stats import dashboard, findings, violations
from models.audit import AuditEvent
from models.av import MediaRecord


def test_tiles_and_their_lists(ws, archivist, supervisor, clerk, world):
    d = {t.key: t for t in dashboard.dashboard(ws, archivist, today=world.today, now=world.now).tiles}
    # The archivist ingests, files and reads retention: every tile.
    assert set(d) == {"ingest_queue", "av_clock", "filing", "findings", "devices", "discs", "retention"}
    assert d["ingest_queue"].figures == {"waiting": 0, "overdue": 0, "due_soon": 0, "failed": 0}
    assert d["av_clock"].figures == {"stored_30": 4, "late_30": 2, "unlinked": 2}
    assert sum(d["av_clock"].chart["stored"].values()) == 4
    assert d["filing"].figures == {"awaiting": 2, "due_soon": 1, "overdue": 1, "filed_late_month": 0}
    assert d["devices"].figures == {"loans_overdue": 1, "maintenance_overdue": 1, "maintenance_due": 0,
                                    "checked_out": 1, "in_maintenance": 0}
    assert d["discs"].figures == {"recheck_overdue": 0, "recheck_due": 0, "failed": 0, "not_burned": 0}
    assert d["retention"].figures == {"ends_this_month": 1, "due_now": 1, "requested": 0, "holds": 0}  # K4
    # Findings: no snapshot yet, so every case (six, C5 included) is evaluated live.
    f = d["findings"]
    assert f.figures["cases_error"] == 5  # C1 C3 C4 C5 C6
    assert f.chart["error"]["9"] == 11 + 1  # the pack's eleven plus C5's 9.1
    assert f.as_of == world.now and f.stale == 0  # evaluated just now, not "not yet counted"

    items = dashboard.tile_items(ws, archivist, "filing", "overdue", today=world.today, now=world.now)
    assert [i.ref for i in items] == [world.nos["C5"]]
    items = dashboard.tile_items(ws, archivist, "devices", "loans_overdue", now=world.now)
    assert [i.ref for i in items] == ["ZF-0002"]
    items = dashboard.tile_items(ws, archivist, "av_clock", "late_30", today=world.today, now=world.now)
    assert len(items) == 2

    # Roles decide the tiles: the equipment clerk sees devices and the ingest queue only.
    assert [t.key for t in dashboard.dashboard(ws, clerk).tiles] == ["ingest_queue", "devices"]
    with pytest.raises(PermissionDeniedError):
        dashboard.tile(ws, clerk, "filing")


def test_findings_snapshot_then_live_changes(ws, archivist, world):
    counts = findings.refresh_snapshot(ws, archivist, today=world.today)
    assert counts.by_article["9"]["error"] == 12 and counts.stale_cases == 0
    with ws.unit(archivist, write=False) as uow:
        again = findings.current_counts(uow.session, world.today)
    assert again.by_article == counts.by_article and again.snapshot_at is not None
    # Marking an item N/A re-checks C3: one Art. 9 finding fewer, counted live on top of the snapshot.
    from archive_core.cases import records

    records.mark_not_applicable(ws, archivist, world.nos["C3"], "9.3", "现场检查不涉及")
    with ws.unit(archivist, write=False) as uow:
        live = findings.current_counts(uow.session, world.today)
    assert live.by_article["9"]["error"] == 11


def test_register_of_the_five_liabilities(ws, archivist, supervisor, auditor, world):
    # (4) a stored clip is altered on disk, another object disappears, and an audit event is rewritten.
    with ws.unit(archivist, write=False) as uow:
        k3, k4_thumb = uow.session.execute(select(MediaRecord.sha256, MediaRecord.thumbnail_sha256).where(
            MediaRecord.id.in_([world.media["K3"], world.media["K4"]])).order_by(MediaRecord.id)).all()
    k3_sha, k4_thumb_sha = k3[0], k4_thumb[1]
    k3_path = ws.vault.path_of(k3_sha)
    os.chmod(k3_path, 0o644)
    k3_path.write_bytes(b"altered" + k3_path.read_bytes())
    fixity.verify_vault(ws, auditor)
    thumb = ws.vault.path_of(k4_thumb_sha)
    os.chmod(thumb.parent, 0o755)
    thumb.unlink()
    with ws.unit(archivist) as uow:
        uow.session.execute(update(AuditEvent).where(AuditEvent.seq == 5).values(details='{"rewritten": true}'))
    assert not service.verify(ws, auditor).ok
    # (5) a use without a reason by a supervisor who may not export, and a refused export.
    with ws.unit(supervisor) as uow:
        uow.audit("media.export", "media", world.media["K1"], {"name": "K1.MP4", "sha256": "ab" * 32})
    with pytest.raises(PermissionDeniedError):
        av_records.export_clip(ws, supervisor, world.media["K1"], str(ws.paths.home), "外借")
    av_records.open_for_playback(ws, archivist, world.media["K1"], "案件审核")  # with a reason: no item

    reg = violations.register(ws, supervisor, today=world.today)
    kinds = {}
    for v in reg.items:
        kinds.setdefault((v.liability, v.kind), []).append(v)
    # (1) unit B (C3, C4) holds no text or A/V record; devices exist.
    assert [v.subject for v in kinds[(1, "unit_without_records")]] == ["保定市生态环境局"]
    assert (1, "no_devices") not in kinds
    # (2) errors under Art. 8–24: C1 (9, 24), C3, C4 (8, 20), C5, C6; not C2.
    assert sorted(v.subject for v in kinds[(2, "findings")]) == sorted(world.nos[k] for k in
                                                                      ("C1", "C3", "C4", "C5", "C6"))
    c1 = next(v for v in kinds[(2, "findings")] if v.subject == world.nos["C1"])
    assert {e.value: e.note for e in c1.evidence if e.kind == "article"} == {"9": "3", "24": "1"}
    # (3) C3 filed 50 days after the end; C5 not filed 250 days after.
    assert [(v.subject, v.params["days"]) for v in kinds[(3, "filed_late")]] == [(world.nos["C3"], 50)]
    assert [(v.subject, v.params["days"]) for v in kinds[(3, "not_filed")]] == [(world.nos["C5"], 250)]
    # (4) the altered clip (from the verify event), the vanished thumbnail, the broken chain.
    assert [v.subject for v in kinds[(4, "vault_mismatch")]] == [k3_sha]
    assert any(e.kind == "event" for e in kinds[(4, "vault_mismatch")][0].evidence)
    assert [v.subject for v in kinds[(4, "vault_missing")]] == [k4_thumb_sha]
    assert kinds[(4, "audit_chain")][0].params["first_bad"] == 5
    # (5) the export without a reason and without the right; the refused attempt.
    assert [v.subject for v in kinds[(5, "use_without_reason")]] == [supervisor.username]
    assert [v.params["right"] for v in kinds[(5, "export_without_right")]] == ["export audio-visual records"]
    assert [v.subject for v in kinds[(5, "export_refused")]] == [supervisor.username]
    assert reg.by_liability() == {1: 1, 2: 5, 3: 2, 4: 3, 5: 3}
    json.dumps(reg.as_dict())
    with pytest.raises(PermissionDeniedError):
        violations.register(ws, archivist)  # statistics yes, audit trail no
