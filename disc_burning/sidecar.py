"""Per-item metadata sidecars in JSON and XML: Art. 26's five elements first, then case, stage, device, digests."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from typing import Any

from disc_burning import written_dates
from disc_burning.items import DiscItem

ELEMENT_LABELS = {
    "matter": "记录事项",
    "time": "记录时间",
    "place": "记录地点",
    "method": "记录方式",
    "officers": "执法人员",
    "case": "案件",
    "stage": "执法环节",
    "device_id": "记录设备",
    "confidentiality": "密级",
    "file": "文件",
    "damage": "损坏情况",
}


def format_period(item: DiscItem) -> str:
    """The recording period as people read it; a time that is only the file's own says so."""
    start, end = item.recorded_start, item.recorded_end
    warning = "" if item.time_verified else f"【{item.time_source or '录制时间未经核实'}】"
    if item.damage:  # a damaged file's end cannot be read from it
        return f"{written_dates.second(start)} 起，结束时间不明（文件已损坏）{warning}"
    tail = end.strftime("%H:%M:%S") if end.date() == start.date() else written_dates.second(end)
    zone = start.strftime("%z")
    return f"{written_dates.second(start)} 至 {tail}（UTC{zone[:3]}:{zone[3:]}）{warning}"


def item_record(item: DiscItem, disc_path: str) -> dict[str, Any]:
    damage = {"damage": item.damage} if item.damage else {}
    return {
        "matter": item.matter,
        "time": {"start": item.recorded_start.isoformat(),
                 "end": "" if item.damage else item.recorded_end.isoformat(),
                 "source": item.time_source, "verified": item.time_verified},
        "place": item.place,
        "method": item.method,
        "officers": [{"name": o.name, "certificate_no": o.certificate_no} for o in item.officers],
        "case": {"number": item.case_number, "title": item.case_title},
        "stage": {"code": item.stage.value, "label": item.stage.label},
        "device_id": item.device_id,
        "confidentiality": item.confidentiality,
        "file": {
            "original_name": item.original_name,
            "path": disc_path,
            "size": item.size,
            "sha256": item.sha256,
            "sm3": item.sm3,
        },
    } | damage


def to_json(record: dict[str, Any]) -> bytes:
    return (json.dumps({"labels": ELEMENT_LABELS, **record}, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def to_xml(record: dict[str, Any]) -> bytes:
    root = ET.Element("record", {"schema": "art26-item/1"})
    for key, value in record.items():
        el = ET.SubElement(root, key, {"label": ELEMENT_LABELS[key]})
        if key == "officers":
            for officer in value:
                ET.SubElement(el, "officer", {"certificate_no": officer["certificate_no"]}).text = officer["name"]
        elif isinstance(value, dict):
            for sub_key, sub_value in value.items():
                ET.SubElement(el, sub_key).text = (str(sub_value).lower() if isinstance(sub_value, bool)
                                                   else str(sub_value))
        else:
            el.text = str(value)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
