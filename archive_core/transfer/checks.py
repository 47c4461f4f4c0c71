"""The receipt checks (接收检测) of a package, one rule each with its code and property (DA/T 70), before anything
is read in; and the 四性 report of a volume written into the package at transfer."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from archive_core.archiving.four_properties import engine, service, volume_subject
from archive_core.archiving.four_properties.content import Digests as FourDigests
from archive_core.archiving.four_properties.content import Facts
from archive_core.archiving.four_properties.engine import Occasion
from archive_core.archiving.four_properties.report import Report
from archive_core.archiving.volumes import VolumeView
from archive_core.av.probe import MediaProbeError, probe
from archive_core.spine import clock
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP
from archive_core.spine.i18n import Translator
from archive_core.spine.signing import verify_signature
from archive_core.spine.workstation import Workstation
from archive_core.transfer import metadata
from archive_core.transfer import package as pkg
from archive_core.transfer.errors import TransferChecksFailedError
from disc_burning.bag import BAGIT_TXT, parse_bag_info, parse_manifest
from disc_burning.digests import Digests, digest_stream
from models.archiving import ArchiveVolume

REPORT_JSON = "四性检测报告.json"
REPORT_PDF = "四性检测报告.pdf"
CONTEXT = "transfer"
HASH_WORKERS = 2  # SM3 runs on one core per file: two files at a time keep two cores busy
# Formats for long-term keeping (DA/T 70 可用性): by extension, each with the bytes its files begin with.
ARCHIVAL_FORMATS: dict[str, tuple[bytes, ...]] = {
    "pdf": (b"%PDF-",), "ofd": (b"PK\x03\x04",), "jpg": (b"\xff\xd8\xff",), "jpeg": (b"\xff\xd8\xff",),
    "png": (b"\x89PNG\r\n\x1a\n",), "tif": (b"II*\x00", b"MM\x00*"), "tiff": (b"II*\x00", b"MM\x00*"),
    "mp4": (b"",), "mp3": (b"ID3", b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"), "wav": (b"RIFF",),
    "aac": (b"\xff\xf1", b"\xff\xf9"),
    "xml": (b"<?xml",), "json": (b"",), "txt": (b"",),
}
AV_FORMATS = frozenset({"mp4", "mp3", "wav", "aac"})
AUTHENTICITY, INTEGRITY, USABILITY, SECURITY = "authenticity", "integrity", "usability", "security"
PROPERTY_ZH = {AUTHENTICITY: "真实性", INTEGRITY: "完整性", USABILITY: "可用性", SECURITY: "安全性"}

# code → (property, title)
CHECKS: dict[str, tuple[str, str]] = {
    "JS-BAG": (INTEGRITY, QT_TRANSLATE_NOOP("transfer", "BagIt structure and tag manifest")),
    "JS-SIG": (AUTHENTICITY, QT_TRANSLATE_NOOP("transfer", "Manifest signed by a trusted sender")),
    "JS-DIG": (AUTHENTICITY, QT_TRANSLATE_NOOP("transfer", "SHA-256 and SM3 of every file")),
    "JS-FILES": (INTEGRITY, QT_TRANSLATE_NOOP("transfer", "Every listed file present, none unlisted")),
    "JS-NUM": (INTEGRITY, QT_TRANSLATE_NOOP("transfer", "Item numbers without gaps")),
    "JS-CODE": (INTEGRITY, QT_TRANSLATE_NOOP("transfer", "Archive codes not yet held here")),
    "JS-XML": (USABILITY, QT_TRANSLATE_NOOP("transfer", "Metadata valid against the schema")),
    "JS-FMT": (USABILITY, QT_TRANSLATE_NOOP("transfer", "Archival formats only")),
    "JS-AV": (USABILITY, QT_TRANSLATE_NOOP("transfer", "Audio-visual files readable")),
    "JS-TRAIL": (SECURITY, QT_TRANSLATE_NOOP("transfer", "Audit checkpoint signed by the sender")),
    "JS-DISC": (SECURITY, QT_TRANSLATE_NOOP("transfer", "Disc holds the package only and reads back whole")),
}


@dataclass(frozen=True)
class Problem:
    check: str
    file: str
    message: str  # English template in ``context``
    params: dict[str, Any] = field(default_factory=dict)
    context: str = "errors"

    def text(self, tr: Callable[[str, str], str] | None = None) -> str:
        return (tr(self.context, self.message) if tr else self.message).format(**self.params)

    def as_dict(self, tr: Callable[[str, str], str] | None = None) -> dict[str, str]:
        return {"check": self.check, "file": self.file, "message": self.text(tr)}


@dataclass
class Findings:
    """What the checks found, check by check; ``digests`` of the files read, by package path."""

    problems: list[Problem] = field(default_factory=list)
    ran: set[str] = field(default_factory=set)
    digests: dict[str, Digests] = field(default_factory=dict)
    four: list[tuple[str, list[Any]]] = field(default_factory=list)  # (volume, 四性 engine CheckResults)
    not_applicable: dict[str, str] = field(default_factory=dict)  # check → why (English template in ``transfer``)

    def add(self, check: str, at: str, message: str, /, **params: Any) -> None:
        self.problems.append(Problem(check, at, message, params))

    def results(self, tr: Callable[[str, str], str] | None = None) -> list[dict[str, Any]]:
        out = []
        for code, (prop, title) in CHECKS.items():
            found = [p.as_dict(tr) for p in self.problems if p.check == code]
            outcome = "fail" if found else ("pass" if code in self.ran else
                                            "not_applicable" if code in self.not_applicable else "not_checked")
            why = self.not_applicable.get(code, "") if outcome == "not_applicable" else ""
            out.append({"code": code, "property": prop, "title": tr(CONTEXT, title) if tr else title,
                        "outcome": outcome, "problems": found, "volume": "",
                        "reason": tr(CONTEXT, why) if tr and why else why})
        for label, results in self.four:
            for r in results:
                d = r.as_dict(tr) if tr else r.as_dict()
                out.append({"code": d["code"], "property": d["property"], "title": d["title"],
                            "outcome": d["outcome"], "volume": label, "reason": d["reason"],
                            "problems": [{"check": d["code"], **p} for p in d["problems"]]})
        return out

    def add_four(self, label: str, results: list[Any]) -> None:
        """The 四性 engine's results over one volume; each failed problem refuses the package."""
        self.four.append((label, results))
        for r in results:
            if r.outcome.value == "fail":
                self.problems += [Problem(r.code, p.file or label, p.message, dict(p.params), "four_properties")
                                  for p in r.problems]


def _files_on_disk(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() or p.is_symlink()}


def check_bag(root: Path, f: Findings) -> dict[str, str]:
    """bagit.txt, the manifests and the tag manifest; the payload manifest (path → SHA-256) is returned."""
    f.ran.add("JS-BAG")
    try:
        if (root / "bagit.txt").read_bytes().replace(b"\r\n", b"\n") != BAGIT_TXT:
            f.add("JS-BAG", "bagit.txt", QT_TRANSLATE_NOOP("errors", "{file}: not a BagIt 1.0 declaration."),
                  file="bagit.txt")
        info = parse_bag_info((root / "bag-info.txt").read_text(encoding="utf-8"))
        sha = parse_manifest((root / "manifest-sha256.txt").read_text(encoding="utf-8"))
        sm3 = parse_manifest((root / "manifest-sm3.txt").read_text(encoding="utf-8"))
        tags = parse_manifest((root / "tagmanifest-sha256.txt").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        name = Path(getattr(exc, "filename", None) or "bag-info.txt").name
        f.add("JS-BAG", name, QT_TRANSLATE_NOOP("errors", "{file}: cannot be read as part of a bag ({reason})."),
              file=name, reason=getattr(exc, "strerror", None) or str(exc))
        return {}
    for name, want in tags.items():
        try:
            with open(root / name, "rb") as fh:
                got = digest_stream(fh, with_sm3=False).sha256
        except OSError:
            got = ""
        if got != want:
            f.add("JS-BAG", name, QT_TRANSLATE_NOOP("errors", "{file}: does not match the tag manifest."), file=name)
    if set(sha) != set(sm3):
        f.add("JS-BAG", "manifest-sm3.txt",
              QT_TRANSLATE_NOOP("errors", "{file}: lists other files than manifest-sha256.txt."),
              file="manifest-sm3.txt")
    oxum = info.get("Payload-Oxum", "")
    if oxum and oxum.partition(".")[2] != str(len(sha)):
        f.add("JS-BAG", "bag-info.txt",
              QT_TRANSLATE_NOOP("errors", "{file}: the Payload-Oxum counts {oxum} files, the manifest {n}."),
              file="bag-info.txt", oxum=oxum.partition(".")[2], n=len(sha))
    f.digests.update({p: Digests(-1, s, sm3.get(p, "")) for p, s in sha.items()})
    return sha


def hash_files(root: Path, paths: list[str], progress: Callable[[int], None] | None = None) -> dict[str, Digests]:
    """SHA-256 and SM3 of each file, one read per file, two files at a time."""
    def one(path: str) -> tuple[str, Digests | None]:
        try:
            with open(root / path, "rb", buffering=0) as fh:
                return path, digest_stream(fh, on_bytes=progress)
        except OSError:
            return path, None

    with ThreadPoolExecutor(HASH_WORKERS) as pool:
        return {p: d for p, d in pool.map(one, paths) if d is not None}


def check_files(root: Path, manifest: pkg.SignedManifest, bag: dict[str, str], f: Findings,
                progress: Callable[[int], None] | None = None) -> None:
    """Every file listed by the signed manifest is there with its size and both digests; nothing else is there."""
    f.ran |= {"JS-DIG", "JS-FILES"}
    listed = {str(e.get("path")): e for e in manifest.files}
    listed[pkg.MANIFEST] = {}
    on_disk = {p for p in _files_on_disk(root) if p.startswith(f"{pkg.DATA}/")}
    for path in sorted(set(listed) - on_disk):
        f.add("JS-FILES", path, QT_TRANSLATE_NOOP("errors", "{file}: listed in the manifest but missing."), file=path)
    for path in sorted(on_disk - set(listed)):
        f.add("JS-FILES", path, QT_TRANSLATE_NOOP("errors", "{file}: in the package but listed nowhere."), file=path)
    for path in sorted(set(bag) - set(listed)):
        if path in on_disk:
            continue
        f.add("JS-FILES", path, QT_TRANSLATE_NOOP("errors", "{file}: in the bag manifest but missing."), file=path)
    present = sorted(set(listed) & on_disk)
    found = hash_files(root, present, progress)
    for path in present:
        got = found.get(path)
        if got is None:
            f.add("JS-FILES", path, QT_TRANSLATE_NOOP("errors", "{file}: cannot be read."), file=path)
            continue
        f.digests[path] = got
        if bag.get(path) not in (None, got.sha256):
            f.add("JS-DIG", path, QT_TRANSLATE_NOOP("errors", "{file}: its SHA-256 differs from the bag manifest."),
                  file=path)
        want = listed[path]
        if not want:
            continue
        for key, value in (("size", got.size), ("sha256", got.sha256), ("sm3", got.sm3)):
            if want.get(key) != value:
                f.add("JS-DIG", path, QT_TRANSLATE_NOOP("errors", "{file}: its {what} differs from the signed "
                                                                    "manifest."), file=path,
                      what={"size": "size", "sha256": "SHA-256", "sm3": "SM3"}[key])
                break


def check_signature(manifest: pkg.SignedManifest, trusted: bool, f: Findings) -> None:
    f.ran.add("JS-SIG")
    algorithm, key = manifest.key
    if not manifest.signature_valid:
        f.add("JS-SIG", pkg.MANIFEST, QT_TRANSLATE_NOOP("errors", "{file}: the signature does not verify."),
              file=pkg.MANIFEST)
    elif not trusted:
        f.add("JS-SIG", pkg.MANIFEST, QT_TRANSLATE_NOOP("errors", "{file}: signed by a key that is not trusted "
                                                                    "here (fingerprint {fingerprint})."),
              file=pkg.MANIFEST, fingerprint=pkg.fingerprint(algorithm, key))


def check_trail(manifest: pkg.SignedManifest, f: Findings) -> None:
    """The audit checkpoint the sender signed at the transfer: its signature, by the key of the manifest."""
    f.ran.add("JS-TRAIL")
    cp = manifest.doc.get("checkpoint")
    algorithm, key = manifest.key
    if not isinstance(cp, dict):
        f.add("JS-TRAIL", pkg.CHECKPOINT, QT_TRANSLATE_NOOP("errors", "{file}: missing."), file=pkg.CHECKPOINT)
        return
    from archive_core.spine.audit.chain import Checkpoint

    try:
        checkpoint = Checkpoint(**cp)
    except TypeError:
        f.add("JS-TRAIL", pkg.CHECKPOINT, QT_TRANSLATE_NOOP("errors", "{file}: not a checkpoint."),
              file=pkg.CHECKPOINT)
        return
    if (checkpoint.algorithm, checkpoint.public_key) != (algorithm, key) or not verify_signature(
            checkpoint.algorithm, checkpoint.public_key, checkpoint.signature, checkpoint.payload()):
        f.add("JS-TRAIL", pkg.CHECKPOINT, QT_TRANSLATE_NOOP("errors", "{file}: the checkpoint is not signed by "
                                                                        "the sender's key."), file=pkg.CHECKPOINT)


def check_volumes(root: Path, manifest: pkg.SignedManifest, held: set[str], f: Findings) -> None:
    """Numbering, metadata against the schema, formats and readable A/V of each volume; codes not yet held."""
    f.ran |= {"JS-NUM", "JS-CODE", "JS-XML", "JS-FMT", "JS-AV"}
    listed = {str(e.get("path")) for e in manifest.files}
    codes = Counter(str(v.get("archive_code", "")) for v in manifest.volumes)
    for vol in manifest.volumes:
        code = str(vol.get("archive_code", ""))
        where = str(vol.get("folder", code))
        if code in held or codes[code] > 1:
            f.add("JS-CODE", where, QT_TRANSLATE_NOOP("errors", "{file}: archive code {code} is already held "
                                                                  "here."), file=where, code=code)
        items = [i for i in vol.get("items", []) if isinstance(i, dict)]
        numbers = Counter(int(i.get("number", 0)) for i in items)
        gaps = [n for n in range(1, max(numbers, default=0) + 1) if n not in numbers]
        twice = sorted(n for n, c in numbers.items() if c > 1)
        if gaps or twice:
            f.add("JS-NUM", where, QT_TRANSLATE_NOOP("errors", "{file}: item numbers missing {gaps}, given "
                                                                 "twice {twice}."), file=where,
                  gaps="、".join(map(str, gaps)) or "—", twice="、".join(map(str, twice)) or "—")
        for key in ("metadata", "catalogue", "history", "report", "report_pdf"):
            path = str(vol.get(key) or "")
            if path not in listed:
                f.add("JS-FILES", path or where, QT_TRANSLATE_NOOP("errors", "{file}: a file the volume names is "
                                                                               "not in the package."),
                      file=path or where)
        xmls = [str(vol.get("metadata") or "")] + [str(i.get("metadata") or "") for i in items]
        for path in xmls:
            if path in listed and (root / path).is_file():
                for text in metadata.problems((root / path).read_bytes())[:3]:
                    f.add("JS-XML", path, QT_TRANSLATE_NOOP("errors", "{file}: {problem}"), file=path, problem=text)
        for content in (str(i["file"]) for i in items if i.get("file")):
            if content not in listed:
                f.add("JS-FILES", content, QT_TRANSLATE_NOOP("errors", "{file}: the item's content is not in the "
                                                                       "package."), file=content)
                continue
            _check_format(root / content, content, f)


def _check_format(full: Path, path: str, f: Findings) -> None:
    ext = full.suffix.lstrip(".").lower()
    magic = ARCHIVAL_FORMATS.get(ext)
    if magic is None:
        f.add("JS-FMT", path, QT_TRANSLATE_NOOP("errors", "{file}: .{ext} is not an archival format."),
              file=path, ext=ext or "—")
        return
    try:
        with open(full, "rb") as fh:
            head = fh.read(16)
    except OSError:
        return  # reported by the file checks
    ok = head[4:8] == b"ftyp" if ext == "mp4" else any(head.startswith(m) for m in magic)
    if not ok:
        f.add("JS-FMT", path, QT_TRANSLATE_NOOP("errors", "{file}: its content is not the .{ext} it is named."),
              file=path, ext=ext)
        return
    if ext in AV_FORMATS:
        try:
            info = probe(full)
        except MediaProbeError as exc:
            f.add("JS-AV", path, QT_TRANSLATE_NOOP("errors", "{file}: cannot be played: {reason}"), file=path,
                  reason=exc.render())
            return
        if not info.is_media:
            f.add("JS-AV", path, QT_TRANSLATE_NOOP("errors", "{file}: holds no audio or video."), file=path)


def translator() -> Callable[[str, str], str]:
    return Translator("zh_CN").translate


def transfer_report(ws: Workstation, actor: Actor, volume: VolumeView,
                    copied: Mapping[str, Digests]) -> tuple[bytes, bytes]:
    """The 四性 check of a volume at transfer, kept in the vault and audited; its report (JSON, PDF) goes beside the
    volume in the package. ``copied``: the digests of the content as written into the package (by SHA-256 in the
    catalogue), so the check compares the package's bytes without reading them again. A failed check refuses the
    transfer: the package would be refused on receipt."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.VAULT_VERIFY, "archive_volume", volume.archive_code)
        row = uow.session.get(ArchiveVolume, volume.id)
        assert row is not None
        subject = volume_subject.subject(ws, uow.session, row, volume_subject.stored_lines(uow.session, row))
        settings = service.settings_of(uow.session)
    facts = Facts(subject.items, settings.decode_frames)
    for item in subject.items:
        found = copied.get(item.sha256) if item.electronic else None
        if found is not None:
            facts.of(item).digests = FourDigests(found.sha256, found.sm3, found.size)
    report = Report(subject.label, volume.case_no, Occasion.TRANSFER,
                    tuple(engine.run(subject, Occasion.TRANSFER, settings, facts)), clock.now(), actor.username)
    with ws.unit(actor) as uow:
        kept = service.keep(uow, ws, volume.case_id, volume.id, report)
        shas = kept.json_sha256, kept.pdf_sha256
    if not report.ok:
        tr = translator()
        failed = [f"{r.code} {p.text(lambda c, t: tr(c, t))}" for r in engine.failed(report.results)
                  for p in r.problems[:5]]
        raise TransferChecksFailedError(code=volume.archive_code, problems="；".join(failed))
    blobs = []
    for sha in shas:
        with ws.vault.open_object(sha) as fh:
            blobs.append(fh.read())
    return blobs[0], blobs[1]
