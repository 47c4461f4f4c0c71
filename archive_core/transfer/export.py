"""Writing an archival package (移交): the volumes of a year with their content, metadata, catalogues and reports,
the transfer list, a signed manifest and the audit checkpoint, as a BagIt bag; registered and audited."""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from archive_core.archiving import archive_codes, volume_catalogue, volumes
from archive_core.archiving.discs import signed_checkpoint
from archive_core.archiving.volumes import VolumeView
from archive_core.spine import clock
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, NotFoundError, StorageError, ValidationError
from archive_core.spine.progress import Progress
from archive_core.spine.workstation import Workstation
from archive_core.transfer import checks, metadata, transfer_list
from archive_core.transfer import package as pkg
from archive_core.transfer.copying import copy_hashing
from archive_core.transfer.errors import NothingToTransferError, TransferTargetError
from disc_burning.bag import DiscEntry, tag_entries
from disc_burning.digests import Digests, digest_bytes
from disc_burning.iso import ImageSpec, build_image, folder_entries
from disc_burning.plan import BD_DL
from models.archiving import ArchiveVolume, VolumeItem
from models.audit import AuditEvent
from models.av import MediaRecord
from models.case_records import TextRecord
from models.transfer import Transfer
from models.vault import FixityCheck, VaultObject

ISO_SUFFIX = ".iso"
FSYNC_WORKERS = 8


@dataclass(frozen=True)
class TransferView:
    id: int
    package_id: str
    year: int
    volumes: tuple[str, ...]
    items: int
    files: int
    bytes: int
    recipient: str
    target: str
    manifest_sha256: str
    created_at: datetime
    created_by: str


@dataclass
class _Volume:
    view: VolumeView
    folder: str
    metadata: bytes
    items: list[dict[str, Any]] = field(default_factory=list)
    sources: dict[str, tuple[Path, VaultObject]] = field(default_factory=dict)  # package path → content
    # objects whose SM3 the vault stands for: no fixity check since storing found them damaged
    trusted: set[str] = field(default_factory=set)
    item_metadata: dict[str, bytes] = field(default_factory=dict)
    history: list[dict[str, Any]] = field(default_factory=list)
    report: tuple[bytes, bytes] = (b"", b"")


def view_of(row: Transfer) -> TransferView:
    return TransferView(row.id, row.package_id, row.year, tuple(c for c in row.volumes.split(",") if c), row.items,
                        row.files, row.bytes, row.recipient, row.target, row.manifest_sha256, row.created_at,
                        row.created_by)


def _history(session: Session, keys: Sequence[tuple[str, str]]) -> list[dict[str, Any]]:
    """The audit events about these objects, oldest first: the records' management history."""
    rows = session.execute(select(AuditEvent).where(tuple_(AuditEvent.object_type, AuditEvent.object_id).in_(keys))
                           .order_by(AuditEvent.seq)).scalars()
    return [{"seq": e.seq, "at": e.at.isoformat(), "actor": e.actor, "workstation": e.workstation,
             "action": e.action, "outcome": e.outcome, "object_type": e.object_type, "object_id": e.object_id,
             "details": json.loads(e.details) if e.details else None, "hash": e.hash} for e in rows]


def _content(session: Session, line: VolumeItem) -> tuple[str, str]:
    """The item's file name and key in the audit trail."""
    if line.text_record_id is not None:
        rec = session.get(TextRecord, line.text_record_id)
        assert rec is not None
        return rec.file_name or f"{line.doc_no or line.title}.pdf", f"text_record:{rec.id}"
    media = session.get(MediaRecord, line.media_record_id)
    assert media is not None
    return media.original_name, f"media:{media.id}"


def _gather(ws: Workstation, session: Session, view: VolumeView) -> _Volume:
    folder = f"{pkg.DATA}/{pkg.safe_name(view.archive_code)}"
    paths: dict[str, str] = {}
    vol = _Volume(view, folder, b"")
    keys = [("archive_volume", view.archive_code)]
    lines = session.execute(select(VolumeItem).where(VolumeItem.volume_id == view.id)
                            .order_by(VolumeItem.number)).scalars().all()
    for line in lines:
        name, key = _content(session, line)
        keys.append(tuple(key.split(":", 1)))  # type: ignore[arg-type]
        item: dict[str, Any] = {
            "number": line.number, "kind": line.kind, "doc_no": line.doc_no, "title": line.title,
            "item_date": line.item_date.isoformat() if line.item_date else None, "pages": line.pages,
            "seconds": line.seconds, "notes": line.notes, "file_name": name, "record": key,
            "format": Path(name).suffix.lstrip(".").lower(), "file": None, "sha256": line.sha256 or "", "sm3": "",
            "size": 0, "metadata": f"{folder}/{line.number:04d}.xml"}
        if line.sha256:
            obj = session.get(VaultObject, line.sha256)
            if obj is None:
                raise NotFoundError(what=QT_TRANSLATE_NOOP("errors", "vault object"), key=line.sha256)
            path = f"{folder}/{line.number:04d}-{pkg.safe_name(name)}"
            paths[line.sha256] = path.removeprefix(f"{folder}/")
            item.update(file=path, sm3=obj.sm3, size=obj.size)
            vol.sources[path] = (ws.vault.path_of(line.sha256), obj)
            last = session.get(FixityCheck, line.sha256)
            if last is None or last.ok:
                vol.trusted.add(line.sha256)
        vol.items.append(item)
    locate = lambda sha: paths.get(sha, "")  # noqa: E731  (where the package keeps it, beside the metadata)
    vol.metadata = metadata.volume_xml(session, ws.vault, view.id, locate)
    for line, item in zip(lines, vol.items, strict=True):
        vol.item_metadata[item["metadata"]] = metadata.item_xml(session, ws.vault, line, locate)
    vol.history = _history(session, keys)
    return vol


def _write(path: Path, data: bytes) -> None:
    """A generated file; it is fsynced with the whole package before the package gets its name (_fsync_tree)."""
    with open(path, "wb") as fh:
        fh.write(data)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | (os.O_DIRECTORY if path.is_dir() else 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_tree(root: Path) -> None:
    """Every file and folder of the package on disk. Several at once: the file system commits them together,
    where one after another each small file waited for a commit of its own."""
    with ThreadPoolExecutor(FSYNC_WORKERS) as pool:
        list(pool.map(_fsync, [*root.rglob("*"), root]))


class _Builder:
    """The package folder being written: each file added with its digests (from the vault catalogue for content,
    computed for what is generated)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.entries: list[DiscEntry] = []

    def add_bytes(self, path: str, data: bytes) -> None:
        target = self.root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        _write(target, data)
        d = digest_bytes(data)
        self.entries.append(DiscEntry(path, d.size, d.sha256, d.sm3))

    def add_object(self, path: str, source: Path, obj: VaultObject, trusted: bool) -> Digests:
        """Copy a vault object in, hashing what is copied (copying.py; ``trusted``: the vault's SM3 may stand for
        the copy's once its SHA-256 matches); the manifest lists the catalogue's digests, the copy's are returned
        for the transfer's 四性 check to compare."""
        target = self.root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        found = copy_hashing(source, target, Digests(obj.size, obj.sha256, obj.sm3) if trusted else None)
        self.entries.append(DiscEntry(path, obj.size, obj.sha256, obj.sm3))
        return found


def _select(session: Session, year: int, codes: Sequence[str]) -> list[ArchiveVolume]:
    stmt = select(ArchiveVolume).where(ArchiveVolume.year == year).order_by(ArchiveVolume.archive_code)
    if codes:
        stmt = stmt.where(ArchiveVolume.archive_code.in_(codes))
    found = list(session.execute(stmt).scalars())
    missing = sorted(set(codes) - {v.archive_code for v in found})
    if missing:
        raise NotFoundError(what=QT_TRANSLATE_NOOP("errors", "archive volume"), key=f"{year}: {'、'.join(missing)}")
    if not found:
        raise NothingToTransferError(year=year)
    return found


def _target(target: Path) -> Path:
    target = Path(target).expanduser().absolute()
    if target.suffix.lower() == ISO_SUFFIX and target.exists():
        raise TransferTargetError(path=str(target), reason=QT_TRANSLATE_NOOP("errors", "it exists already"))
    if target.exists():
        raise TransferTargetError(path=str(target), reason=QT_TRANSLATE_NOOP("errors", "it exists already"))
    if not target.parent.is_dir():
        raise TransferTargetError(path=str(target), reason=QT_TRANSLATE_NOOP("errors", "its folder does not exist"))
    return target


def export_package(ws: Workstation, actor: Actor, year: int, target: Path, recipient: str,
                   codes: Sequence[str] = (), progress: Progress | None = None) -> TransferView:
    """Write the filed volumes of ``year`` (or those of ``codes``) as a package at ``target`` (a new folder, or an
    ISO image for a disc when it ends in .iso), whole or not at all, and register the transfer."""
    recipient = recipient.strip()
    if not recipient:
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "name the receiving archive (--to)"))
    target = _target(target)
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.TRANSFER_EXPORT, "transfer", str(year))
        keys = [v.archive_code for v in _select(uow.session, year, codes)]
        agency = archive_codes.scheme_of(uow.session).agency_name
    views = [volumes.get_volume(ws, actor, k) for k in keys]
    agency = agency or next((v.agency for v in views if v.agency), "")
    with ws.unit(actor, write=False) as uow:
        gathered = [_gather(ws, uow.session, v) for v in views]
    package_id = uuid.uuid4().hex
    image = target if target.suffix.lower() == ISO_SUFFIX else None
    if image is not None:  # the package is written beside the image, imaged, then removed
        target = image.with_name(f".{image.name}.{package_id[:8]}.package")
    temp = target.with_name(f".{target.name}.{package_id[:8]}.part")
    total = sum(o.size for v in gathered for _p, (_s, o) in v.sources.items())
    done, renamed = 0, False
    try:
        temp.mkdir(mode=0o700)
        build = _Builder(temp)
        jobs = [[(path, source, obj, obj.sha256 in vol.trusted) for path, (source, obj) in vol.sources.items()]
                for vol in gathered]
        for path, *_rest in (job for volume_jobs in jobs for job in volume_jobs):
            (temp / path).parent.mkdir(parents=True, exist_ok=True)

        def copy(job: tuple[str, Path, VaultObject, bool]) -> tuple[str, Digests | OSError]:
            nonlocal done
            if progress is not None:
                progress.check()
            try:
                found: Digests | OSError = build.add_object(*job)
            except OSError as exc:  # a vault object gone or unreadable: the 四性 check reports it (WZ-03)
                found = exc
            done += job[2].size
            if progress is not None:
                progress.report(done, total, job[0])
            return job[2].sha256, found

        outcome: dict[str, Digests | OSError] = {}
        with ThreadPoolExecutor(checks.HASH_WORKERS) as pool:
            pending = [[pool.submit(copy, job) for job in volume_jobs] for volume_jobs in jobs]
            try:
                # Each volume is checked and described as soon as its own files are in, while the next ones copy.
                for vol, futures in zip(gathered, pending, strict=True):
                    outcome.update(f.result() for f in futures)
                    copied = {sha: d for sha, d in outcome.items() if isinstance(d, Digests)}
                    vol.report = checks.transfer_report(ws, actor, vol.view, copied)
                    _describe(build, vol)
            except BaseException:
                pool.shutdown(cancel_futures=True)
                raise
        failed = next((e for e in outcome.values() if isinstance(e, OSError)), None)
        if failed is not None:
            raise StorageError(name=str(failed.filename or ""), reason=failed.strerror or str(failed))
        now = clock.now()
        described = [_described(v) for v in gathered]
        listing = transfer_list.Listing(package_id, year, agency, ws.name, recipient, now, actor.display_name,
                                        tuple(described))
        build.add_bytes(pkg.LIST_XML, transfer_list.to_xml(listing))
        build.add_bytes(pkg.LIST_PDF, transfer_list.to_pdf(listing))
        build.add_bytes(pkg.SENDER_KEY, json.dumps(pkg.key_document(ws.signer, ws.name, agency),
                                                   ensure_ascii=False, indent=1).encode("utf-8"))
        with ws.unit(actor) as uow:
            row = Transfer(package_id=package_id, year=year, volumes=",".join(keys),
                           items=sum(len(v.items) for v in gathered), recipient=recipient,
                           target=str(image or target),
                           manifest_sha256="", created_at=now, created_by=actor.username)
            uow.session.add(row)
            uow.session.flush()
            uow.audit("transfer.export", "transfer", package_id,
                      {"year": year, "volumes": keys, "recipient": recipient, "target": str(image or target)})
            cp = signed_checkpoint(uow)
            build.add_bytes(pkg.CHECKPOINT, json.dumps(asdict(cp), ensure_ascii=False, indent=1).encode("utf-8"))
            body = {"format": pkg.FORMAT, "version": pkg.VERSION, "package": package_id, "year": year,
                    "sender": {"agency": agency, "workstation": ws.name}, "recipient": recipient,
                    "created_at": now.isoformat(), "created_by": actor.username, "checkpoint": asdict(cp),
                    "volumes": described,
                    "files": [{"path": e.path, "size": e.size, "sha256": e.sha256, "sm3": e.sm3}
                              for e in sorted(build.entries, key=lambda e: e.path)]}
            build.add_bytes(pkg.MANIFEST, pkg.sign(body, ws.signer))
            payload = sorted(build.entries, key=lambda e: e.path)
            for tag in tag_entries(payload, (
                    ("Source-Organization", agency or ws.name), ("Bagging-Date", clock.today().isoformat()),
                    ("Bag-Group-Identifier", f"移交 {year}"), ("External-Identifier", package_id),
                    ("External-Description", f"档案移交：{year} 年度 {len(keys)} 卷，接收单位 {recipient}"))):
                _write(temp / tag.path, tag.data or b"")
            row.files, row.bytes = len(payload), sum(e.size for e in payload)
            row.manifest_sha256 = next(e.sha256 for e in payload if e.path == pkg.MANIFEST)
            row.checkpoint_seq = cp.seq
            _fsync_tree(temp)
            os.rename(temp, target)
            renamed = True
            if image is not None:
                build_image(ImageSpec(folder_entries(target), *(f"YJ{year}_{package_id[:8].upper()}",) * 3,
                                      BD_DL.label, BD_DL.capacity, "1 of 1"), image)
            view = view_of(row)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        if renamed:  # the register's commit failed: no package without its entry in the register
            shutil.rmtree(target, ignore_errors=True)
            if image is not None:
                image.unlink(missing_ok=True)
        raise
    if image is not None:
        shutil.rmtree(target, ignore_errors=True)
    if progress is not None:
        progress.report(total, total, "")
    return view


def _describe(build: _Builder, vol: _Volume) -> None:
    """The files that describe a volume in the package: metadata, catalogue, history and its 四性 report."""
    build.add_bytes(f"{vol.folder}/{pkg.VOLUME_XML}", vol.metadata)
    for path, data in vol.item_metadata.items():
        build.add_bytes(path, data)
    build.add_bytes(f"{vol.folder}/{pkg.CATALOGUE_PDF}", volume_catalogue.render(vol.view))
    build.add_bytes(f"{vol.folder}/{pkg.HISTORY}", json.dumps(vol.history, ensure_ascii=False, indent=1)
                    .encode("utf-8"))
    build.add_bytes(f"{vol.folder}/{checks.REPORT_JSON}", vol.report[0])
    build.add_bytes(f"{vol.folder}/{checks.REPORT_PDF}", vol.report[1])


def _described(vol: _Volume) -> dict[str, Any]:
    v = vol.view
    return {"archive_code": v.archive_code, "fonds": v.fonds, "year": v.year, "retention": v.retention, "seq": v.seq,
            "title": v.title, "case_no": v.case_no, "agency": v.agency, "filed_on": v.filed_on.isoformat(),
            "action_ended_at": v.action_ended_at.isoformat() if v.action_ended_at else None,
            "total_pages": v.total_pages, "total_seconds": v.total_seconds, "folder": vol.folder,
            "metadata": f"{vol.folder}/{pkg.VOLUME_XML}", "catalogue": f"{vol.folder}/{pkg.CATALOGUE_PDF}",
            "history": f"{vol.folder}/{pkg.HISTORY}",
            "report": f"{vol.folder}/{checks.REPORT_JSON}", "report_pdf": f"{vol.folder}/{checks.REPORT_PDF}",
            "items": vol.items}


def transfers(ws: Workstation, actor: Actor) -> list[TransferView]:
    """The transfer register (移交登记), newest first."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.CASE_READ, "transfer", "*")
        return [view_of(r) for r in uow.session.execute(select(Transfer).order_by(Transfer.id.desc())).scalars()]
