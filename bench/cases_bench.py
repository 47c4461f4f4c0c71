"""Scale benchmark of the case catalogue: 100,000 cases with 1,000,000 records in SQLite.

Run: python -m bench.cases_bench [--cases 100000] [--home DIR]. Generates the data with bulk inserts, then times
(through the same services the window uses) the first page of case-list searches by number prefix, party and
officer, by fragments of names and numbers (substring search on the trigram index, and 1–2 characters), opening
a case page, and evaluating compliance for every case. Prints the figures and their targets.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from archive_core.cases import case_files, compliance
from archive_core.cases.case_files import CaseQuery
from archive_core.cases.item_catalogue import ensure_defaults
from archive_core.spine import users
from archive_core.spine.auth import Actor
from archive_core.spine.workstation import Workstation, open_workstation
from bench import summary
from resources import CATALOGUES

PASSWORD = "Bench-passw0rd"
PAGE = 200
SURNAMES = "张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
GIVEN = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
         "秀兰", "霞", "平", "刚", "桂英", "建华", "志强", "海燕", "晓东", "春梅", "国庆", "红梅", "子涵", "浩然"]
COMPANY_PARTS = ["恒达", "清源", "众诚", "鑫源", "渤海", "安泰", "华信", "绿源", "康泰", "长城", "宏远", "海港", "天成",
                 "瑞丰", "金盛", "永兴", "博远", "盛世", "新华", "东方"]
COMPANY_KINDS = ["食品有限公司", "化工有限公司", "建设集团有限公司", "商贸有限公司", "物流有限公司", "置业有限公司",
                 "建材有限公司", "医药连锁有限公司", "机械制造有限公司", "餐饮管理有限公司"]
PREFIXES = {"penalty": ["石市监罚", "保环罚", "唐市监罚", "邯环罚"], "licensing": ["冀建许", "石行审许"],
            "coercion": ["邯城管强", "石城管强"], "inspection": ["沧应急检", "衡应急检"], "levy": ["廊自然资征"]}
TYPES = list(PREFIXES)
STAGES = ["initiation", "investigation", "decision", "service_execution"]
# (doc_type, stage, category) per stage, a realistic file of about ten documents.
DOCS = {
    "initiation": [("case_source_record", "approval")],
    "investigation": [("certificate_display", "investigation"), ("questioning_record", "investigation"),
                      ("inspection_record", "investigation"), ("evidence_list", "investigation"),
                      ("rights_notice", "issued")],
    "decision": [("investigation_report", "approval"), ("handling_approval", "approval"),
                 ("legal_review", "approval"), ("penalty_decision", "issued")],
    "service_execution": [("service_receipt", "service"), ("compliance_record", "other"),
                          ("closing_report", "approval")],
}
TS = "2025-01-01 00:00:00.000000"


def _p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[18] if len(samples) >= 20 else max(samples)


def generate(db_path: Path, n_cases: int, seed: int = 1) -> dict[str, int]:
    """Bulk-insert cases, people, checklists, records, signatures, services and links with executemany."""
    rng = random.Random(seed)
    checklist = json.loads((CATALOGUES / "checklist_items.json").read_text(encoding="utf-8"))["items"]
    catalogue = json.loads((CATALOGUES / "document_types.json").read_text(encoding="utf-8"))
    types = {t["code"]: t for t in catalogue["types"]}
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA journal_mode=WAL")
    n_officers, n_parties = max(20, n_cases // 50), max(100, n_cases * 4 // 5)
    officers = [(i, rng.choice(SURNAMES) + rng.choice(GIVEN), f"13{i:09d}", "执法局", "", 1, TS)
                for i in range(1, n_officers + 1)]
    con.executemany("INSERT INTO officers (id, name, certificate_no, unit, phone, active, created_at) "
                    "VALUES (?,?,?,?,?,?,?)", officers)
    parties = []
    for i in range(1, n_parties + 1):
        if rng.random() < 0.6:
            parties.append((i, "person", rng.choice(SURNAMES) + rng.choice(GIVEN), f"1301{i:014d}", "", "", TS))
        else:
            name = f"{rng.choice(['石家庄', '保定', '唐山', '邯郸', '沧州'])}{rng.choice(COMPANY_PARTS)}" \
                   f"{rng.choice(COMPANY_PARTS)}{rng.choice(COMPANY_KINDS)}"
            parties.append((i, "organisation", name, f"91130{i:013d}", "", "", TS))
    con.executemany("INSERT INTO parties (id, kind, name, id_number, address, phone, created_at) "
                    "VALUES (?,?,?,?,?,?,?)", parties)
    today = date(2026, 6, 1)
    case_rows: list[tuple] = []
    cp: list[tuple] = []
    co: list[tuple] = []
    items: list[list] = []
    recs: list[tuple] = []
    sigs: list[tuple] = []
    services: list[tuple] = []
    links: list[tuple] = []
    item_id = rec_id = 0
    counters: dict[str, int] = {}
    for cid in range(1, n_cases + 1):
        etype = TYPES[cid % len(TYPES)]
        prefix = rng.choice(PREFIXES[etype])
        year = rng.choice([2023, 2024, 2025, 2026])
        counters[f"{prefix}{year}"] = counters.get(f"{prefix}{year}", 0) + 1
        case_no = f"{prefix}〔{year}〕{counters[f'{prefix}{year}']}号"
        opened = date(year, 1, 1) + timedelta(days=rng.randrange(0, 330))
        opened = min(opened, today - timedelta(days=10))
        stage_i = rng.choices(range(5), weights=[5, 10, 10, 15, 60])[0]
        stage = STAGES[min(stage_i, 3)]
        ended = archived = None
        if stage_i == 4:
            ended_d = min(opened + timedelta(days=rng.randrange(20, 90)), today)
            ended = ended_d.isoformat()
            if rng.random() < 0.9:
                archived_d = ended_d + timedelta(days=rng.randrange(3, 28) if rng.random() < 0.95 else 45)
                archived = archived_d.isoformat() if archived_d <= today else None
        initiation = "application" if etype == "licensing" else "ex_officio"
        av = 1 if etype == "coercion" and rng.random() < 0.5 else 0
        case_rows.append((cid, case_no, f"案件{cid}号：{rng.choice(COMPANY_PARTS)}违法行为查处", etype, initiation,
                          "日常检查", "", "执法局", opened.isoformat(), ended, archived, stage, "internal", av,
                          "venue" if av else "", "", "unchecked", 0, None, TS, "bench"))
        cp.append((cid, rng.randrange(1, n_parties + 1), "party"))
        pair = rng.sample(range(1, n_officers + 1), 2 if rng.random() < 0.97 else 1)
        co.extend((cid, o, "handler") for o in pair)
        by_code = {}
        for t in checklist:
            if t.get("initiation") and t["initiation"] != initiation:
                continue
            item_id += 1
            by_code[t["code"]] = item_id
            items.append([item_id, cid, t["code"], t["stage"], "missing", "", TS, "bench"])
        reached = STAGES[:min(stage_i, 3) + 1]
        for st in reached:
            for doc_type, category in DOCS[st]:
                rec_id += 1
                defect = rng.random() < 0.02
                issued = (opened + timedelta(days=rng.randrange(0, 60))).isoformat()
                opinions = ("同意", issued, "同意", issued, "批准", None if defect else issued) \
                    if category == "approval" else ("", None, "", None, "", None)
                recs.append((rec_id, cid, st, doc_type, f"{prefix}{doc_type[:2]}〔{year}〕{rec_id}号", "",
                             None if defect and category == "issued" else issued, 1, rng.randrange(1, 6), None, "",
                             0 if defect and types[doc_type].get("party_signature") else 1, "", *opinions,
                             rec_id, 1, 1, "", None, TS, "bench"))
                if category == "service":
                    services.append((rec_id, "direct", "决定书", "当事人", TS, "当事人住所", "执法人员", 1,
                                     0 if defect else 1, "", 0, None, "", "", 0))
                for code in types[doc_type].get("checklist", [])[:1]:
                    if code in by_code:
                        links.append((by_code[code], rec_id, None, TS))
                        items[by_code[code] - 1][4] = "recorded"
        if stage_i >= 1 and rng.random() < 0.3:
            rec_id += 1
            recs.append((rec_id, cid, "investigation", "hearing_record", f"听〔{year}〕{rec_id}号", "", None, 1, 3,
                         None, "", 0, "", "", None, "", None, "", None, rec_id, 1, 1, "", None, TS, "bench"))
            sigs.extend([(rec_id, "participant", rng.choice(SURNAMES) + rng.choice(GIVEN), None, 1),
                         (rec_id, "participant", rng.choice(SURNAMES) + rng.choice(GIVEN), None,
                          0 if rng.random() < 0.05 else 1)])
        for code in ("9.5", "9.7", "11.3", "11.4"):
            if code in by_code and items[by_code[code] - 1][4] == "missing" and rng.random() < 0.8:
                items[by_code[code] - 1][4] = "not_applicable"
                items[by_code[code] - 1][5] = "本案不涉及"
    con.executemany("INSERT INTO cases (id, case_no, title, enforcement_type, initiation, source, entrusting_agency, "
                    "agency, opened_on, action_ended_at, archived_at, current_stage, confidentiality, av_mandatory, "
                    "av_reasons, summary, compliance_state, finding_count, checked_at, created_at, created_by) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", case_rows)
    con.executemany("INSERT OR IGNORE INTO case_parties (case_id, party_id, role) VALUES (?,?,?)", cp)
    con.executemany("INSERT OR IGNORE INTO case_officers (case_id, officer_id, role) VALUES (?,?,?)", co)
    con.executemany("INSERT INTO checklist_items (id, case_id, code, stage, status, na_reason, updated_at, updated_by) "
                    "VALUES (?,?,?,?,?,?,?,?)", items)
    con.executemany("INSERT INTO text_records (id, case_id, stage, doc_type, doc_no, title, issued_on, sealed, pages, "
                    "file_sha256, file_name, party_signed, refusal_note, handler_opinion, handler_signed_on, "
                    "reviewer_opinion, reviewer_signed_on, approver_opinion, approver_signed_on, lineage_id, version, "
                    "is_current, correction_reason, superseded_at, created_at, created_by) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", recs)
    con.executemany("INSERT INTO record_signatures (record_id, role, name, officer_id, signed) "
                    "VALUES (?,?,?,?,?)", sigs)
    con.executemany("INSERT INTO service_records (record_id, method, served_document, recipient, served_at, place, "
                    "server_name, server_signed, recipient_signed, entrust_reason, receipt_kept, receipt_sha256, "
                    "lien_circumstances, witness_name, witness_signed) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    services)
    con.executemany("INSERT INTO checklist_links (item_id, text_record_id, media_record_id, created_at) "
                    "VALUES (?,?,?,?)", links)
    con.commit()
    con.execute("ANALYZE")
    con.close()
    return {"cases": n_cases, "records": len(recs), "checklist_items": len(items), "links": len(links),
            "parties": n_parties, "officers": n_officers}


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


def first_page(ws: Workstation, actor: Actor, q: CaseQuery) -> int:
    ids = case_files.search_ids(ws, actor, q, "opened_on", True)
    case_files.rows(ws, actor, ids[:PAGE])
    return len(ids)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--home", type=Path)
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    home = args.home or Path(tempfile.mkdtemp(prefix="cases-bench-"))
    ws = open_workstation(home, name="bench")
    users.create_first_admin(ws, "secadmin", "", PASSWORD)
    admin = users.login(ws, "secadmin", PASSWORD)
    users.create_user(ws, admin, "archivist", "", PASSWORD, {"archivist"})
    actor = users.login(ws, "archivist", PASSWORD)
    with ws.unit(actor) as uow:
        ensure_defaults(uow.session)
    started = time.perf_counter()
    counts = generate(ws.paths.database_file, args.cases)
    print(f"generated {counts} in {time.perf_counter() - started:.1f} s")
    rng = random.Random(7)
    con = sqlite3.connect(ws.paths.database_file)
    case_nos = [r[0] for r in con.execute("SELECT case_no FROM cases ORDER BY random() LIMIT 500")]
    party_names = [r[0] for r in con.execute("SELECT name FROM parties ORDER BY random() LIMIT 500")]
    officer_names = [r[0] for r in con.execute("SELECT name FROM officers ORDER BY random() LIMIT 200")]
    case_ids = [r[0] for r in con.execute("SELECT id FROM cases ORDER BY random() LIMIT 200")]
    con.close()

    def prefix() -> CaseQuery:
        no = rng.choice(case_nos)
        return CaseQuery(no[:len(no) - 3], "case_no")  # e.g. 石市监罚〔2025〕1 → about a hundred cases

    companies = [n for n in party_names if len(n) > 8]

    def middle(name: str, size: int) -> str:
        start = rng.randrange(1, max(2, len(name) - size))
        return name[start:start + size]

    queries: list[tuple[str, Callable[[], CaseQuery], float]] = [
        ("case number prefix", prefix, 50),
        ("party name", lambda: CaseQuery(rng.choice(party_names), "party"), 50),
        ("officer name", lambda: CaseQuery(rng.choice(officer_names), "officer"), 50),
        ("any field (number, title, party, officer)", lambda: CaseQuery(rng.choice(party_names)), 50),
        ("any field, 4 characters from inside a company name", lambda: CaseQuery(middle(rng.choice(companies), 4)),
         50),
        ("any field, 2 characters (e.g. 恒达)", lambda: CaseQuery(rng.choice(COMPANY_PARTS)), 50),
        ("any field, 1 character", lambda: CaseQuery(rng.choice(SURNAMES)), 50),
        ("officer, the given name (inside)", lambda: CaseQuery(rng.choice(officer_names)[1:], "officer"), 50),
        ("any field, a number's 〔year〕", lambda: CaseQuery(f"〔{rng.choice([2023, 2024, 2025, 2026])}〕"), 50),
        ("any field, 3 digits of a number", lambda: CaseQuery(str(rng.randrange(100, 1000))), 50),
        ("any field, 2 digits", lambda: CaseQuery(str(rng.randrange(10, 100))), 50),
        ("no filter (all cases)", lambda: CaseQuery(), 0),
    ]
    results = {}
    for name, make, target in queries:
        sizes: list[int] = []
        def run(make: Callable[[], CaseQuery] = make, sizes: list[int] = sizes) -> None:
            sizes.append(first_page(ws, actor, make()))

        samples = timed(run, args.runs)
        results[name] = _p95(samples)
        if target:
            summary.limit(f"case search p95, {name} ({args.cases:,} cases)", _p95(samples), "ms", target)
        goal = f"(target < {target:.0f} ms)" if target else ""
        print(f"search first page, {name}: p95 {_p95(samples):.1f} ms, median {statistics.median(samples):.1f} ms, "
              f"median hits {statistics.median(sizes):.0f} {goal}")
    samples = timed(lambda: case_files.case_detail(ws, actor, case_id=rng.choice(case_ids)), args.runs)
    summary.limit("open case page data p95", _p95(samples), "ms", 100)
    print(f"open case page data: p95 {_p95(samples):.1f} ms, median {statistics.median(samples):.1f} ms "
          "(target < 100 ms)")
    result = compliance.evaluate_all(ws, actor, today=date(2026, 6, 1))
    summary.limit(f"compliance of all {result.cases:,} cases", result.seconds, "s", 60)
    print(f"evaluate compliance of all {result.cases} cases: {result.seconds:.1f} s (target < 60 s); "
          f"{result.findings} findings; by state {result.by_state}; by rule {result.by_rule}")
    ws.close()


if __name__ == "__main__":
    main()
