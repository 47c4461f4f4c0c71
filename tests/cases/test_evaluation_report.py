"""The case-file evaluation report (Art. 30) is a Chinese PDF/A-2b with every font embedded, written whole or not at
all, and its export is audited."""

from __future__ import annotations

import errno

import pytest
from sqlalchemy import select

from archive_core.cases.evaluation_report import write_case_evaluation
from models.audit import AuditEvent
from tests.pdf_checks import assert_pdfa


def test_evaluation_report_is_pdfa_with_fonts_embedded(ws, archivist, new_case, tmp_path):
    case = new_case()
    target = tmp_path / "报告" / "评查报告.pdf"
    assert write_case_evaluation(ws, archivist, case.case_no, target) == target
    text = assert_pdfa(target, text=case.case_no)
    assert "评查" in text and "第" in text  # Chinese title and article numbers
    assert [p.name for p in target.parent.iterdir()] == ["评查报告.pdf"]  # no temporary file left
    with ws.unit(archivist, write=False) as uow:
        assert uow.session.execute(select(AuditEvent.action).where(
            AuditEvent.action == "report.case_evaluation")).scalars().all() == ["report.case_evaluation"]


def test_a_full_disk_keeps_the_earlier_report_whole(ws, archivist, new_case, tmp_path, monkeypatch):
    case = new_case()
    target = tmp_path / "报告" / "评查报告.pdf"
    write_case_evaluation(ws, archivist, case.case_no, target)
    before = target.read_bytes()

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("archive_core.spine.pdf.os.fsync", full)
    with pytest.raises(OSError):
        write_case_evaluation(ws, archivist, case.case_no, target)
    assert target.read_bytes() == before  # the earlier report, whole
    assert [p.name for p in target.parent.iterdir()] == ["评查报告.pdf"]
