"""The volume catalogue dates each document as people read it: a service receipt by its service (Art. 18), not by
the day it was registered or imported."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from archive_core.archiving import volumes
from archive_core.cases import records
from archive_core.cases.records import RecordInput, ServiceInput

CST = timezone(timedelta(hours=8))


def test_a_service_receipt_is_dated_by_its_service(ws, archivist, ended_case):
    case = ended_case()
    # 00:30 in Beijing on 28 March is still 27 March in UTC: the agency's day counts.
    served = datetime(2024, 3, 28, 0, 30, tzinfo=CST)
    records.add_record(ws, archivist, case.case_no, RecordInput(
        "service_receipt", doc_no="送达回证-1", title="送达回证", service=ServiceInput(
            "direct", served_document="行政处罚决定书", recipient="张三", served_at=served, server_name="王建国")))
    view = volumes.file_volume(ws, archivist, case.case_no, filed_on=date(2024, 4, 10), findings_reason="按现状归档")
    [receipt] = [i for i in view.items if i.title == "送达回证"]
    assert receipt.item_date == date(2024, 3, 28)
