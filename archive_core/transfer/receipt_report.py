"""The receipt check report (接收检测登记表): each check with its property and outcome, as JSON and Chinese PDF."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from archive_core.spine import clock, pdf
from archive_core.spine.auth import Actor
from archive_core.transfer import package as pkg
from archive_core.transfer.checks import PROPERTY_ZH

TITLE = "档案接收检测登记表"
OUTCOME_ZH = {"pass": "通过", "fail": "不通过", "not_checked": "未检测", "not_applicable": "不适用"}


def render(manifest: pkg.SignedManifest, results: list[dict[str, Any]], actor: Actor,
           at: datetime) -> tuple[bytes, bytes]:
    """(JSON, PDF) of the report."""
    doc = manifest.doc
    sender = doc.get("sender") or {}
    algorithm, key = manifest.key
    facts = {"package": manifest.package_id, "sender": sender.get("agency", ""),
             "sender_workstation": sender.get("workstation", ""), "recipient": doc.get("recipient", ""),
             "year": doc.get("year"), "volumes": [v.get("archive_code") for v in manifest.volumes],
             "files": len(manifest.files), "key_fingerprint": pkg.fingerprint(algorithm, key),
             "checked_at": at.isoformat(), "checked_by": actor.username,
             "ok": all(r["outcome"] != "fail" for r in results), "results": results}
    data = json.dumps(facts, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"
    st = pdf.styles()
    story: list[Any] = [
        pdf.para(TITLE, st["title"]),
        pdf.para(f"包标识 {manifest.package_id}", st["subtitle"]),
        pdf.key_value([("移交单位", facts["sender"] or "—"), ("接收单位", facts["recipient"] or "—"),
                       ("年度", facts["year"]), ("案卷", f"{len(facts['volumes'])} 卷，{facts['files']} 个文件"),
                       ("签名密钥指纹", facts["key_fingerprint"]), ("检测时间", clock.fmt(at, clock.READ_MINUTE)),
                       ("检测人", actor.display_name), ("结论", "通过，准予接收" if facts["ok"] else "不通过，拒收")]),
        Spacer(1, 4 * mm),
    ]
    rows: list[list[Any]] = [["代码", "性质", "检测项目", "案卷", "结果", "说明"]]
    for r in results:
        notes = "；".join(p["message"] for p in r["problems"][:5]) or r.get("reason") or "未发现问题"
        rows.append([r["code"], PROPERTY_ZH[r["property"]], r["title"], r["volume"] or "全包",
                     OUTCOME_ZH[r["outcome"]], notes])
    story.append(pdf.table(rows, [0.09, 0.08, 0.25, 0.17, 0.08, 0.33]))
    story += [Spacer(1, 4 * mm), pdf.para("卷号：" + "、".join(str(c) for c in facts["volumes"]), st["small"])]
    title = f"{TITLE} {manifest.package_id[:8]}"
    return data, pdf.archival(pdf.render(story, title=title, footer=f"包标识 {manifest.package_id}"), title=title)
