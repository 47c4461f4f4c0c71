"""Receiving a package (接收): every receipt check first, then, only if all pass, its volumes read in as received
records (read-only) with their content in the vault and the check report (检测登记表), in one unit of work."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from archive_core.archiving.four_properties import service
from archive_core.spine import clock
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, NotFoundError
from archive_core.spine.progress import Progress
from archive_core.spine.vault.fixity import register
from archive_core.spine.vault.store import Digests as VaultDigests
from archive_core.spine.workstation import UnitOfWork, Workstation
from archive_core.transfer import carrier, checks, package_subject, receipt_report
from archive_core.transfer import package as pkg
from archive_core.transfer.checks import Findings
from archive_core.transfer.errors import NotAPackageError, PackageRefusedError
from disc_burning.digests import Digests
from models.archiving import ArchiveVolume
from models.transfer import Receipt, ReceivedItem, ReceivedVolume, TrustedSender


@dataclass(frozen=True)
class ReceiptView:
    id: int
    package_id: str
    sender: str
    sender_workstation: str
    year: int
    volumes: int
    items: int
    files: int
    bytes: int
    received_at: datetime
    received_by: str
    report_json_sha256: str
    report_pdf_sha256: str
    already_received: bool = False


@dataclass(frozen=True)
class Inspection:
    """What the receipt checks found in a package: the results by check, and the problems that refuse it."""

    manifest: pkg.SignedManifest | None
    findings: Findings
    sender_id: int | None

    @property
    def ok(self) -> bool:
        return not self.findings.problems

    def problems(self, tr: Callable[[str, str], str] | None = None) -> list[dict[str, str]]:
        return [p.as_dict(tr) for p in self.findings.problems]


def _view(row: Receipt, already: bool = False) -> ReceiptView:
    return ReceiptView(row.id, row.package_id, row.sender, row.sender_workstation, row.year, row.volumes, row.items,
                       row.files, row.bytes, row.received_at, row.received_by, row.report_json_sha256,
                       row.report_pdf_sha256, already)


def _folder(path: Path, given: Path) -> Path:
    """The package folder at ``path``; errors name ``given``, the folder or disc image the user named."""
    root = Path(path).expanduser().absolute()
    shown = str(Path(given).expanduser().absolute())
    if not root.is_dir():
        raise NotAPackageError(path=shown, reason=QT_TRANSLATE_NOOP("errors", "it is not a folder"))
    if not (root / "bagit.txt").is_file():
        raise NotAPackageError(path=shown, reason=QT_TRANSLATE_NOOP("errors", "it holds no bagit.txt"))
    return root


def _permitted(ws: Workstation, actor: Actor, path: Path) -> None:
    """Refused before a disc image is read out."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.TRANSFER_RECEIVE, "package", str(Path(path).expanduser().absolute()))


def _held(uow: UnitOfWork, codes: list[str]) -> set[str]:
    s = uow.session
    own = s.execute(select(ArchiveVolume.archive_code).where(ArchiveVolume.archive_code.in_(codes))).scalars()
    received = s.execute(select(ReceivedVolume.archive_code).where(ReceivedVolume.archive_code.in_(codes))).scalars()
    return {*own, *received}


def _trusted(uow: UnitOfWork, manifest: pkg.SignedManifest) -> int | None:
    algorithm, key = manifest.key
    return uow.session.execute(select(TrustedSender.id).where(TrustedSender.algorithm == algorithm,
                                                              TrustedSender.public_key == key)).scalar()


def _inspect(uow: UnitOfWork, root: Path, disc: carrier.ReadOut | None, progress: Progress | None) -> Inspection:
    f = Findings()
    carrier.check_carrier(disc, f)
    bag = checks.check_bag(root, f)
    manifest = pkg.read_manifest(root)
    if manifest is None:
        f.ran.add("JS-SIG")
        f.add("JS-SIG", pkg.MANIFEST, QT_TRANSLATE_NOOP("errors", "{file}: missing, or not a transfer manifest."),
              file=pkg.MANIFEST)
        return Inspection(None, f, None)
    sender = _trusted(uow, manifest)
    checks.check_signature(manifest, sender is not None, f)
    checks.check_trail(manifest, f)
    total = sum(int(e.get("size", 0) or 0) for e in manifest.files)
    done = 0

    def advance(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress.check()
            progress.report(done, total, "")

    checks.check_files(root, manifest, bag, f, advance)
    codes = [str(v.get("archive_code", "")) for v in manifest.volumes]
    checks.check_volumes(root, manifest, _held(uow, codes), f)
    for label, results in package_subject.run(root, manifest, f, service.settings_of(uow.session)):
        f.add_four(label, results)
    return Inspection(manifest, f, sender)


def inspect(ws: Workstation, actor: Actor, path: Path, progress: Progress | None = None) -> Inspection:
    """Run the receipt checks over the package at ``path`` (a folder or a disc image); nothing is written."""
    _permitted(ws, actor, path)
    with carrier.opened(path, ws.paths.scratch) as (folder, disc), ws.unit(actor, write=False) as uow:
        return _inspect(uow, _folder(folder, path), disc, progress)


def _date(text: Any) -> date | None:
    return date.fromisoformat(str(text)) if text else None


def _put(uow: UnitOfWork, ws: Workstation, root: Path, path: str, found: Digests, name: str) -> str:
    stored = ws.vault.put_file(root / path, expect=VaultDigests(found.sha256, found.sm3, found.size))
    register(uow, stored, name)
    return stored.sha256


def _import(uow: UnitOfWork, ws: Workstation, root: Path, source: Path, ins: Inspection,
            report: tuple[bytes, bytes]) -> Receipt:
    manifest = ins.manifest
    assert manifest is not None and ins.sender_id is not None
    digests = ins.findings.digests
    doc = manifest.doc
    sender = doc.get("sender") or {}
    json_obj = ws.vault.put_stream(io.BytesIO(report[0]), "接收检测登记表.json")
    pdf_obj = ws.vault.put_stream(io.BytesIO(report[1]), "接收检测登记表.pdf")
    register(uow, json_obj, f"接收检测登记表-{manifest.package_id}.json")
    register(uow, pdf_obj, f"接收检测登记表-{manifest.package_id}.pdf")
    files = manifest.files
    receipt = Receipt(package_id=manifest.package_id, sender=str(sender.get("agency", "")),
                      sender_workstation=str(sender.get("workstation", "")), trusted_sender_id=ins.sender_id,
                      year=int(doc.get("year", 0)), volumes=len(manifest.volumes),
                      items=sum(len(v.get("items", [])) for v in manifest.volumes), files=len(files),
                      bytes=sum(int(e.get("size", 0)) for e in files),
                      manifest_sha256=digests[pkg.MANIFEST].sha256, report_json_sha256=json_obj.sha256,
                      report_pdf_sha256=pdf_obj.sha256, source=str(source), received_at=clock.now(),
                      received_by=uow.actor.username)
    uow.session.add(receipt)
    uow.session.flush()
    for vol in manifest.volumes:
        code = str(vol["archive_code"])
        history = (root / vol["history"]).read_text(encoding="utf-8")
        row = ReceivedVolume(
            receipt_id=receipt.id, archive_code=code, fonds=str(vol["fonds"]), year=int(vol["year"]),
            retention=str(vol["retention"]), seq=int(vol["seq"]), title=str(vol["title"]),
            case_no=str(vol["case_no"]), agency=str(vol.get("agency") or ""), filed_on=date.fromisoformat(
                vol["filed_on"]), action_ended_at=_date(vol.get("action_ended_at")),
            total_pages=int(vol.get("total_pages", 0)), total_seconds=float(vol.get("total_seconds", 0.0)),
            metadata_sha256=_put(uow, ws, root, vol["metadata"], digests[vol["metadata"]], f"{code}-volume.xml"),
            catalogue_sha256=_put(uow, ws, root, vol["catalogue"], digests[vol["catalogue"]], f"{code}-卷内目录.pdf"),
            history=history)
        uow.session.add(row)
        uow.session.flush()
        for item in vol["items"]:
            content = item.get("file")
            sha = _put(uow, ws, root, content, digests[content], str(item["file_name"])) if content else None
            meta = item.get("metadata")
            uow.session.add(ReceivedItem(
                volume_id=row.id, number=int(item["number"]), kind=str(item["kind"]), doc_no=str(item["doc_no"]),
                title=str(item["title"]), item_date=_date(item.get("item_date")), pages=int(item.get("pages", 0)),
                seconds=float(item.get("seconds", 0.0)), notes=str(item.get("notes", "")),
                file_name=str(item.get("file_name", "")), format=str(item.get("format", "")), sha256=sha,
                sm3=digests[content].sm3 if content else "", size=digests[content].size if content else 0,
                metadata_sha256=_put(uow, ws, root, meta, digests[meta], f"{code}-{item['number']:04d}.xml")
                if meta else None))
        uow.audit("transfer.volume_received", "received_volume", code,
                  {"package": manifest.package_id, "items": len(vol["items"])})
    uow.session.flush()
    uow.audit("transfer.receive", "receipt", manifest.package_id,
              {"sender": receipt.sender, "volumes": [str(v["archive_code"]) for v in manifest.volumes],
               "files": receipt.files, "bytes": receipt.bytes, "report": pdf_obj.sha256})
    return receipt


def _already(uow: UnitOfWork, root: Path) -> Receipt | None:
    manifest = pkg.read_manifest(root)
    if manifest is None or not manifest.package_id:
        return None
    return uow.session.execute(select(Receipt).where(Receipt.package_id == manifest.package_id)).scalar()


def receive_package(ws: Workstation, actor: Actor, path: Path, progress: Progress | None = None) -> ReceiptView:
    """Check the package (a folder, or a disc image read out first) and, only if every check passes, read it in; a
    package received before changes nothing (``already_received``). A refused package raises PackageRefusedError
    naming each file and check."""
    _permitted(ws, actor, path)
    with carrier.opened(path, ws.paths.scratch) as (folder, disc):
        return _receive(ws, actor, _folder(folder, path), Path(path).expanduser().absolute(), disc, progress)


def _receive(ws: Workstation, actor: Actor, root: Path, source: Path, disc: carrier.ReadOut | None,
             progress: Progress | None) -> ReceiptView:
    with ws.unit(actor, write=False) as uow:
        before = _already(uow, root)
        if before is not None:
            return _view(before, already=True)
        ins = _inspect(uow, root, disc, progress)
    if not ins.ok:
        raise PackageRefusedError(ins.findings.problems, ins.findings)
    assert ins.manifest is not None
    tr = checks.translator()
    report = receipt_report.render(ins.manifest, ins.findings.results(tr), actor, clock.now())
    with ws.unit(actor) as uow:
        again = _already(uow, root)
        if again is not None:  # received meanwhile by another workstation of this catalogue
            return _view(again, already=True)
        held = _held(uow, [str(v.get("archive_code", "")) for v in ins.manifest.volumes])
        if held:
            ins.findings.add("JS-CODE", "、".join(sorted(held)), QT_TRANSLATE_NOOP(
                "errors", "{file}: archive code {code} is already held here."), file="、".join(sorted(held)),
                code="、".join(sorted(held)))
            raise PackageRefusedError(ins.findings.problems, ins.findings)
        return _view(_import(uow, ws, root, source, ins, report))


def receipts(ws: Workstation, actor: Actor) -> list[ReceiptView]:
    """The receipt register (接收登记), newest first."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.CASE_READ, "receipt", "*")
        return [_view(r) for r in uow.session.execute(select(Receipt).order_by(Receipt.id.desc())).scalars()]


def report_of(ws: Workstation, actor: Actor, receipt_id: int) -> dict[str, Any]:
    """The stored check report (检测登记表) of a receipt."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.CASE_READ, "receipt", receipt_id)
        row = uow.session.get(Receipt, receipt_id)
        if row is None:
            raise NotFoundError(what=QT_TRANSLATE_NOOP("errors", "receipt"), key=str(receipt_id))
        sha = row.report_json_sha256
    with ws.vault.open_object(sha) as fh:
        data: dict[str, Any] = json.loads(fh.read())
    return data
