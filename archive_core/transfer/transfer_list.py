"""The transfer list (移交清单): what a package hands over, as XML and as a Chinese PDF to sign on paper."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from xml.etree import ElementTree as ET

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from archive_core.archiving.archive_codes import retention_zh
from archive_core.archiving.volume_catalogue import duration_text
from archive_core.spine import clock, pdf

TITLE = "档案移交清单"


@dataclass(frozen=True)
class Listing:
    package_id: str
    year: int
    agency: str
    workstation: str
    recipient: str
    at: datetime
    by: str
    volumes: tuple[dict[str, Any], ...]


def _counts(vol: dict[str, Any]) -> tuple[int, int]:
    docs = sum(i["kind"] == "document" for i in vol["items"])
    return docs, len(vol["items"]) - docs


def to_xml(listing: Listing) -> bytes:
    root = ET.Element("移交清单", {"包标识": listing.package_id})
    for tag, value in (("移交单位", listing.agency), ("移交工作站", listing.workstation),
                       ("接收单位", listing.recipient), ("年度", listing.year),
                       ("移交时间", clock.local(listing.at).isoformat(timespec="seconds")), ("移交人", listing.by),
                       ("案卷数", len(listing.volumes)),
                       ("件数", sum(len(v["items"]) for v in listing.volumes))):
        ET.SubElement(root, tag).text = str(value)
    for n, vol in enumerate(listing.volumes, start=1):
        el = ET.SubElement(root, "案卷", {"序号": str(n)})
        docs, media = _counts(vol)
        for tag, value in (("档号", vol["archive_code"]), ("题名", vol["title"]), ("案号", vol["case_no"]),
                           ("保管期限", vol["retention"]), ("归档日期", vol["filed_on"]), ("文书件数", docs),
                           ("音像件数", media), ("页数", vol["total_pages"]),
                           ("时长", duration_text(vol["total_seconds"])), ("存储位置", vol["folder"])):
            ET.SubElement(el, tag).text = str(value)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def to_pdf(listing: Listing) -> bytes:
    st = pdf.styles()
    story: list[Any] = [
        pdf.para(TITLE, st["title"]),
        pdf.para(f"{listing.year} 年度　包标识 {listing.package_id}", st["subtitle"]),
        pdf.key_value([("移交单位", listing.agency or "—"), ("接收单位", listing.recipient),
                       ("移交时间", clock.fmt(listing.at, clock.READ_MINUTE)), ("移交人", listing.by),
                       ("案卷数", f"{len(listing.volumes)} 卷"),
                       ("件数", f"{sum(len(v['items']) for v in listing.volumes)} 件")]),
        Spacer(1, 4 * mm),
    ]
    rows: list[list[Any]] = [["序号", "档号", "案卷题名", "案号", "保管期限", "文书", "音像", "页数", "时长"]]
    for n, vol in enumerate(listing.volumes, start=1):
        docs, media = _counts(vol)
        rows.append([n, vol["archive_code"], vol["title"], vol["case_no"], retention_zh(vol["retention"]),
                     f"{docs} 件", f"{media} 件", vol["total_pages"], duration_text(vol["total_seconds"])])
    story.append(pdf.table(rows, [0.06, 0.17, 0.22, 0.17, 0.08, 0.07, 0.07, 0.07, 0.09]))
    story += [Spacer(1, 10 * mm),
              pdf.key_value([("移交人（签名）", ""), ("接收人（签名）", ""), ("日期", ""), ("日期", "")])]
    data = pdf.render(story, title=f"{TITLE} {listing.year}", footer=f"包标识 {listing.package_id}")
    return pdf.archival(data, title=f"{TITLE} {listing.year}")
