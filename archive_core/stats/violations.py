"""The Art. 31 register: the five liabilities, each detected from what the catalogue, the vault and the audit trail
hold, and listed with its evidence (case numbers, event numbers, digests)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from archive_core.cases.compliance import article_label
from archive_core.cases.rules import ARCHIVE_DAYS
from archive_core.spine import clock
from archive_core.spine.auth import PERMISSION_LABELS, ROLE_PERMISSIONS, Actor, Permission, Role
from archive_core.spine.errors import QT_TRANSLATE_NOOP
from archive_core.spine.vault.store import Vault
from archive_core.spine.workstation import Workstation
from archive_core.stats.findings import case_counts
from models.archiving import DiscContent
from models.audit import AuditEvent
from models.av import MediaRecord
from models.case_records import TextRecord
from models.cases import Case
from models.devices import Device
from models.retention import DisposalRequest, DisposalState, DisposedObject
from models.vault import VaultObject

RECORDING_ARTICLES = range(8, 25)  # Art. 8–24: what must be recorded, and how
RESTRICTED = ("personal_privacy", "commercial_secret")
USE_ACTIONS = ("media.play", "media.export")
ROLE_ACTIONS = ("user.first_admin_created", "user.created", "user.roles_changed")

LIABILITIES = {
    1: QT_TRANSLATE_NOOP("violations", "No whole-process recording system established"),
    2: QT_TRANSLATE_NOOP("violations", "Not recording, or not recording as required"),
    3: QT_TRANSLATE_NOOP("violations", "Not archiving, or not archiving as required"),
    4: QT_TRANSLATE_NOOP("violations", "Unauthorised destruction, deletion or modification of records"),
    5: QT_TRANSLATE_NOOP("violations", "Leaking audio-visual records"),
}
KINDS = {
    "no_devices": QT_TRANSLATE_NOOP(
        "violations", "The device register holds no recording device in service, yet {cases} cases are catalogued."
    ),
    "unit_without_records": QT_TRANSLATE_NOOP(
        "violations", "Unit {unit} has {cases} enforcement cases but no text or A/V record."
    ),
    "findings": QT_TRANSLATE_NOOP("violations", "Case {case_no}: {errors} non-compliance finding(s) under {articles}."),
    "filed_late": QT_TRANSLATE_NOOP(
        "violations", "Case {case_no} was filed {days} days after the action ended (limit 30)."
    ),
    "not_filed": QT_TRANSLATE_NOOP(
        "violations", "Case {case_no} is not filed {days} days after the action ended (limit 30)."
    ),
    "evidence_not_on_disc": QT_TRANSLATE_NOOP(
        "violations", "Case {case_no} is filed, but {clips} evidence clip(s) are on no verified disc."
    ),
    "vault_missing": QT_TRANSLATE_NOOP("violations", "Vault object {name} is missing."),
    "vault_mismatch": QT_TRANSLATE_NOOP("violations", "Vault object {name} no longer matches its digest."),
    "audit_chain": QT_TRANSLATE_NOOP(
        "violations", "The audit trail failed verification (first bad event {first_bad})."
    ),
    "tamper_on_use": QT_TRANSLATE_NOOP("violations", "Recording {name} failed its digest check when {user} opened it."),
    "tamper_on_fixity": QT_TRANSLATE_NOOP("violations", "Vault object {name} failed the scheduled fixity check."),
    "disposed_without_approval": QT_TRANSLATE_NOOP(
        "violations", "Vault object {name} is marked disposed without an executed, approved disposal."
    ),
    "use_without_reason": QT_TRANSLATE_NOOP(
        "violations", "{user} opened recording {name} ({action}) without a recorded reason."
    ),
    "export_without_right": QT_TRANSLATE_NOOP(
        "violations", "{user} exported recording {name} without the right to {right}."
    ),
    "export_refused": QT_TRANSLATE_NOOP("violations", "{user} tried to {right} and was refused."),
}


ARTICLE_SEPARATOR = QT_TRANSLATE_NOOP("violations", ", ")
EVIDENCE_LABELS = {
    "case": QT_TRANSLATE_NOOP("violations", "case {value}"),
    "event": QT_TRANSLATE_NOOP("violations", "audit event {value}"),
    "digest": QT_TRANSLATE_NOOP("violations", "digest {value}"),
    "article": QT_TRANSLATE_NOOP("violations", "{article}: {note} finding(s)"),
    "unit": QT_TRANSLATE_NOOP("violations", "unit {value}"),
    "user": QT_TRANSLATE_NOOP("violations", "user {value}"),
    "note": QT_TRANSLATE_NOOP("violations", "{value}"),
}


@dataclass(frozen=True)
class Evidence:
    kind: str  # case | event | digest | article | unit | user
    value: str
    note: str = ""


@dataclass(frozen=True)
class Violation:
    liability: int
    kind: str
    subject: str
    params: dict[str, Any]
    evidence: tuple[Evidence, ...]
    at: str = ""  # when it happened or was found (ISO)

    def text(self, tr: Any = None) -> str:
        tr = tr or (lambda _ctx, text: text)
        params = dict(self.params)
        if "right" in params:
            params["right"] = tr("errors", params["right"])
        if self.kind == "findings":  # article numbers, said in the reader's language (第九条、第二十四条)
            articles = [e.value for e in self.evidence if e.kind == "article"]
            params["articles"] = tr("violations", ARTICLE_SEPARATOR).join(article_label(a, "", tr) for a in articles)
        return tr("violations", KINDS[self.kind]).format(**params)

    def evidence_text(self, tr: Any = None, limit: int | None = None) -> str:
        """The evidence as a reader sees it: "案号 …；审计事件 12；摘要 ab…" (the kinds a person can look up)."""
        tr = tr or (lambda _ctx, text: text)
        parts = []
        for e in self.evidence[:limit]:
            if e.kind not in EVIDENCE_LABELS or not e.value or (self.kind == "no_devices" and e.kind == "unit"):
                continue
            article = article_label(e.value, "", tr) if e.kind == "article" else ""
            parts.append(tr("violations", EVIDENCE_LABELS[e.kind]).format(value=e.value, note=e.note,
                                                                          article=article))
        return "；".join(parts)

    def when(self, iso: bool = False) -> str:
        """When it happened, on the agency's clock, as people write it or (``iso``, for CSV and XLSX) in ISO form;
        "" when the register found it now."""
        if not self.at:
            return ""
        try:
            moment = datetime.fromisoformat(self.at)
        except ValueError:
            return self.at
        if len(self.at) <= 10:  # a calendar day (a filing date)
            return clock.fmt_day(moment.date(), clock.DATE if iso else clock.READ_DATE)
        return clock.fmt(moment, clock.MINUTE if iso else clock.READ_MINUTE)

    def as_dict(self, tr: Any = None) -> dict[str, Any]:
        out = asdict(self)
        out["text"] = self.text(tr)
        return out


@dataclass(frozen=True)
class Register:
    generated_at: datetime
    items: tuple[Violation, ...]
    checks: dict[str, Any] = field(default_factory=dict)  # which runs the register read, and what it could not see

    def by_liability(self) -> dict[int, int]:
        counts = Counter(v.liability for v in self.items)
        return {n: counts.get(n, 0) for n in LIABILITIES}

    def as_dict(self, tr: Any = None) -> dict[str, Any]:
        tr_ = tr or (lambda _ctx, text: text)
        return {
            "generated_at": self.generated_at.isoformat(),
            "checks": self.checks,
            "by_liability": {
                str(k): {"title": tr_("violations", LIABILITIES[k]), "count": v} for k, v in self.by_liability().items()
            },
            "items": [v.as_dict(tr) for v in self.items],
        }


# --- (1) no recording system --------------------------------------------------------------------------------------


def no_recording_system(s: Session) -> list[Violation]:
    out: list[Violation] = []
    cases = s.execute(select(func.count(Case.id))).scalar_one()
    devices = s.execute(select(func.count(Device.id)).where(Device.status.not_in(("lost", "retired")))).scalar_one()
    if cases and not devices:
        out.append(Violation(1, "no_devices", "", {"cases": cases}, (Evidence("unit", "devices", "0"),)))
    texts = dict(
        s.execute(
            select(Case.agency, func.count(TextRecord.id))
            .join(TextRecord, TextRecord.case_id == Case.id)
            .group_by(Case.agency)
        ).all()
    )
    media = dict(
        s.execute(
            select(Case.agency, func.count(MediaRecord.id))
            .join(MediaRecord, MediaRecord.case_id == Case.id)
            .group_by(Case.agency)
        ).all()
    )
    for unit, n in s.execute(select(Case.agency, func.count()).group_by(Case.agency).order_by(Case.agency)):
        if texts.get(unit, 0) or media.get(unit, 0):
            continue
        sample = s.execute(select(Case.case_no).where(Case.agency == unit).order_by(Case.opened_on).limit(20)).scalars()
        out.append(
            Violation(
                1,
                "unit_without_records",
                unit,
                {"unit": unit or "—", "cases": n},
                tuple(Evidence("case", no) for no in sample),
            )
        )
    return out


# --- (2) not recording as required ----------------------------------------------------------------------------


def not_recording(s: Session, today: date) -> tuple[list[Violation], dict[str, Any]]:
    counts, snapshot_at, live = case_counts(s, today)
    ids = [
        cid
        for cid, per in counts.items()
        if any(sev == "error" and a.isdigit() and int(a) in RECORDING_ARTICLES for (a, sev) in per)
    ]
    nos = (
        dict(s.execute(select(Case.id, Case.case_no).where(Case.id.in_(ids))).all())
        if len(ids) < 30000
        else dict(s.execute(select(Case.id, Case.case_no)).all())
    )
    out = []
    for cid in sorted(ids, key=lambda i: nos.get(i, "")):
        per = {
            a: n
            for (a, sev), n in counts[cid].items()
            if sev == "error" and a.isdigit() and int(a) in RECORDING_ARTICLES
        }
        articles = sorted(per, key=int)
        out.append(
            Violation(
                2,
                "findings",
                nos[cid],
                {"case_no": nos[cid], "errors": sum(per.values()), "articles": articles},
                (Evidence("case", nos[cid]), *(Evidence("article", a, str(per[a])) for a in articles)),
            )
        )
    return out, {"findings_snapshot_at": snapshot_at.isoformat() if snapshot_at else None, "cases_evaluated_live": live}


# --- (3) not archiving as required ----------------------------------------------------------------------------


def not_archiving(s: Session, today: date) -> list[Violation]:
    out: list[Violation] = []
    limit = today - timedelta(days=ARCHIVE_DAYS)
    for no, ended, archived in s.execute(
        select(Case.case_no, Case.action_ended_at, Case.archived_at)
        .where(Case.action_ended_at.is_not(None))
        .order_by(Case.action_ended_at, Case.case_no)
    ):
        if ended is None:
            continue
        if archived is not None and (archived - ended).days > ARCHIVE_DAYS:
            out.append(
                Violation(
                    3,
                    "filed_late",
                    no,
                    {"case_no": no, "days": (archived - ended).days},
                    (Evidence("case", no, f"{ended}→{archived}"),),
                    archived.isoformat(),
                )
            )
        elif archived is None and ended < limit:
            out.append(
                Violation(
                    3,
                    "not_filed",
                    no,
                    {"case_no": no, "days": (today - ended).days},
                    (Evidence("case", no, str(ended)),),
                    ended.isoformat(),
                )
            )
    on_disc = select(DiscContent.media_record_id)
    clips: dict[str, list[str]] = {}
    for no, sha in s.execute(
        select(Case.case_no, MediaRecord.sha256)
        .join(Case, Case.id == MediaRecord.case_id)
        .where(MediaRecord.is_evidence.is_(True), Case.archived_at.is_not(None), MediaRecord.id.not_in(on_disc))
        .order_by(Case.case_no, MediaRecord.id)
    ):
        clips.setdefault(no, []).append(sha)
    for no, shas in clips.items():
        out.append(
            Violation(
                3,
                "evidence_not_on_disc",
                no,
                {"case_no": no, "clips": len(shas)},
                (Evidence("case", no), *(Evidence("digest", sha) for sha in shas)),
            )
        )
    return out


# --- (4) destruction, deletion, modification ------------------------------------------------------------------


def _latest(s: Session, action: str) -> AuditEvent | None:
    return s.execute(
        select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.seq.desc()).limit(1)
    ).scalar_one_or_none()


def _details(e: AuditEvent) -> dict[str, Any]:
    try:
        data = json.loads(e.details)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def tampering(s: Session, vault: Vault) -> tuple[list[Violation], dict[str, Any]]:
    out: list[Violation] = []
    names = dict(s.execute(select(VaultObject.sha256, VaultObject.original_name)).all())
    checks: dict[str, Any] = {}
    reported: set[str] = set()
    verify = _latest(s, "vault.verify")
    checks["vault_verify_seq"] = verify.seq if verify else None
    if verify is not None:
        d = _details(verify)
        for kind, key in (("vault_missing", "missing"), ("vault_mismatch", "mismatched")):
            for sha in d.get(key, []):
                reported.add(sha)
                out.append(
                    Violation(
                        4,
                        kind,
                        sha,
                        {"name": names.get(sha, sha)},
                        (Evidence("digest", sha), Evidence("event", str(verify.seq), "vault.verify")),
                        verify.at.isoformat(),
                    )
                )
    now = clock.now().isoformat()
    present = 0
    for sha, name in s.execute(
        select(VaultObject.sha256, VaultObject.original_name)
        .where(VaultObject.disposed_at.is_(None))
        .order_by(VaultObject.sha256)
    ):
        if vault.path_of(sha).is_file():
            present += 1
        elif sha not in reported:
            out.append(Violation(4, "vault_missing", sha, {"name": name}, (Evidence("digest", sha),), now))
    checks["vault_objects_present"] = present
    chain = _latest(s, "audit.verify")
    checks["audit_verify_seq"] = chain.seq if chain else None
    if chain is not None and chain.outcome != "ok":
        d = _details(chain)
        out.append(
            Violation(
                4,
                "audit_chain",
                "audit",
                {"first_bad": d.get("first_bad_seq")},
                (
                    Evidence("event", str(chain.seq), "audit.verify"),
                    *(
                        Evidence("event", str(d["first_bad_seq"]), "first bad")
                        for _ in [0]
                        if d.get("first_bad_seq") is not None
                    ),
                    *(Evidence("note", str(p)) for p in d.get("problems", [])[:5]),
                ),
                chain.at.isoformat(),
            )
        )
    alarms = {"media.tamper_detected": "tamper_on_use", "vault.tamper_detected": "tamper_on_fixity"}
    for e in s.execute(
        select(AuditEvent).where(AuditEvent.action.in_(alarms)).order_by(AuditEvent.seq)
    ).scalars():
        sha = _details(e).get("sha256", "")
        out.append(
            Violation(
                4,
                alarms[e.action],
                sha,
                {"name": names.get(sha, sha), "user": e.actor},
                (Evidence("event", str(e.seq), e.action), Evidence("digest", sha)),
                e.at.isoformat(),
            )
        )
    approved = (
        select(DisposedObject.sha256)
        .join(DisposalRequest, DisposalRequest.id == DisposedObject.request_id)
        .where(
            DisposalRequest.state.in_((DisposalState.EXECUTING.value, DisposalState.EXECUTED.value)),
            DisposalRequest.decided_by != "",
        )
    )
    for sha, name, at in s.execute(
        select(VaultObject.sha256, VaultObject.original_name, VaultObject.disposed_at).where(
            VaultObject.disposed_at.is_not(None), VaultObject.sha256.not_in(approved)
        )
    ):
        out.append(
            Violation(
                4,
                "disposed_without_approval",
                sha,
                {"name": name},
                (Evidence("digest", sha),),
                at.isoformat() if at else "",
            )
        )
    return out, checks


# --- (5) leaking A/V ------------------------------------------------------------------------------------------


def _can(roles: frozenset[str], permission: Permission) -> bool:
    valid = {r.value for r in Role}
    return any(permission in ROLE_PERMISSIONS[Role(r)] for r in roles if r in valid)


def leaks(s: Session) -> list[Violation]:
    """Uses without a reason, exports by someone whose roles at that moment (replayed from the audit trail) did
    not include the right, and refused export attempts."""
    out: list[Violation] = []
    names = dict(s.execute(select(MediaRecord.id, MediaRecord.original_name)).all())
    roles: dict[str, frozenset[str]] = {}
    export_label = PERMISSION_LABELS[Permission.MEDIA_EXPORT]
    restricted_label = PERMISSION_LABELS[Permission.MEDIA_RESTRICTED]
    for e in s.execute(
        select(AuditEvent)
        .where(AuditEvent.action.in_((*ROLE_ACTIONS, *USE_ACTIONS, "access.refused")))
        .order_by(AuditEvent.seq)
    ).scalars():
        d = _details(e)
        if e.action in ROLE_ACTIONS:
            roles[e.object_id] = frozenset(d.get("after", d.get("roles", [])))
            continue
        if e.action == "access.refused":
            wanted = d.get("permission")
            if (
                wanted in (Permission.MEDIA_EXPORT.value, Permission.MEDIA_RESTRICTED.value)
                and e.object_type == "media"
            ):
                right = PERMISSION_LABELS[Permission(wanted)]
                out.append(
                    Violation(
                        5,
                        "export_refused",
                        e.actor,
                        {"user": e.actor, "right": right},
                        (Evidence("event", str(e.seq), e.action), Evidence("user", e.actor)),
                        e.at.isoformat(),
                    )
                )
            continue
        name = d.get("name") or names.get(int(e.object_id) if e.object_id.isdigit() else -1, e.object_id)
        ev = (
            Evidence("event", str(e.seq), e.action),
            Evidence("digest", d.get("sha256", "")),
            Evidence("user", e.actor),
        )
        if e.outcome == "ok" and len(str(d.get("purpose", "")).strip()) < 2:
            out.append(
                Violation(
                    5,
                    "use_without_reason",
                    e.actor,
                    {"user": e.actor, "name": name, "action": e.action},
                    ev,
                    e.at.isoformat(),
                )
            )
        if e.action == "media.export" and e.outcome == "ok":
            held = roles.get(e.actor, frozenset())
            missing = None
            if not _can(held, Permission.MEDIA_EXPORT):
                missing = export_label
            elif d.get("confidentiality") in RESTRICTED and not _can(held, Permission.MEDIA_RESTRICTED):
                missing = restricted_label
            if missing:
                out.append(
                    Violation(
                        5,
                        "export_without_right",
                        e.actor,
                        {"user": e.actor, "name": name, "right": missing},
                        ev,
                        e.at.isoformat(),
                    )
                )
    return out


def register(ws: Workstation, actor: Actor, *, today: date | None = None) -> Register:
    """The whole register. Reads the statistics and the audit trail, so both rights are needed."""
    today = today or clock.today()
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.REPORT_READ, "violations", "*")
        uow.require(Permission.AUDIT_READ, "violations", "*")
        s = uow.session
        items = no_recording_system(s)
        found, checks = not_recording(s, today)
        items += found
        items += not_archiving(s, today)
        found, more = tampering(s, ws.vault)
        items += found
        checks.update(more)
        items += leaks(s)
    return Register(clock.now(), tuple(items), checks)
