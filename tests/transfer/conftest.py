"""Fixtures for transfer tests: a sending workstation with filed volumes, a receiving one, and package surgery."""

from __future__ import annotations

import io
import json
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfgen import canvas
from sqlalchemy import Engine, func, select, text

from archive_core.archiving import volumes
from archive_core.archiving.volumes import VolumeView
from archive_core.cases import records
from archive_core.cases.records import RecordInput
from archive_core.cases.views import CaseView
from archive_core.spine import users
from archive_core.spine.auth import Actor
from archive_core.spine.signing import Signer
from archive_core.spine.workstation import Workstation, open_workstation
from archive_core.transfer import package as pkg
from archive_core.transfer import trust
from disc_burning.bag import DiscEntry, tag_entries
from disc_burning.digests import digest_stream
from models.base import Base
from tests.archiving.conftest import Evidence, ended_case  # noqa: F401  (a fixture used here)
from tests.conftest import PASSWORD

YEAR = 2024
HARMLESS = b"transfer test file: harmless, matched by a signature the test writes\n"


def make_pdf(path: Path, text_line: str) -> Path:
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 720, text_line)
    c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())
    return path


@dataclass
class Sender:
    ws: Workstation
    archivist: Actor
    volumes: list[VolumeView]


def file_two_volumes(ws: Workstation, archivist: Actor, folder: Path,
                     ended_case: Callable[..., CaseView]) -> list[VolumeView]:  # noqa: F811
    """Two filed volumes of 2024, with scanned documents (PDF) and an evidence clip (MP4) each."""
    clips = Evidence(ws, archivist, folder / "dock")
    clips.folder.mkdir(exist_ok=True)
    filed = []
    for n in (1, 2):
        case = ended_case(f"石市监罚〔2024〕{n}号", documents=False)
        for doc_type, title, day in (("filing_approval", "立案审批表", date(2024, 3, 1)),
                                     ("penalty_decision", "行政处罚决定书", date(2024, 3, 25))):
            scan = make_pdf(folder / f"{n}-{doc_type}.pdf", f"{case.case_no} {doc_type}")
            records.add_record(ws, archivist, case.case_no, RecordInput(
                doc_type, doc_no=f"{case.case_no}-{doc_type[:4]}", title=title, issued_on=day, pages=1, sealed=True,
                file=scan, file_name=scan.name))
        clips.add_mp4(case, f"现场检查{n}.mp4")
        filed.append(volumes.file_volume(ws, archivist, case.case_no, filed_on=date(2024, 4, 10),
                                         findings_reason="按现状归档"))
    return filed


@pytest.fixture
def sender(ws: Workstation, archivist: Actor, ended_case: Callable[..., CaseView],  # noqa: F811
           tmp_path: Path) -> Sender:
    """Workstation A with two filed volumes of 2024."""
    return Sender(ws, archivist, file_two_volumes(ws, archivist, tmp_path, ended_case))


@pytest.fixture
def receiver_db_url(request: pytest.FixtureRequest, db_url: str, tmp_path: Path) -> Iterator[str]:
    """A second fresh catalogue of the same kind as ``db_url``."""
    if db_url.startswith("sqlite"):
        path = tmp_path / "receiver.sqlite3"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    admin: Engine = request.getfixturevalue("pg_admin")
    template = request.getfixturevalue("pg_template")
    name = f"awt_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY WAL_LOG'))
    try:
        yield admin.url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@dataclass
class Receiver:
    ws: Workstation
    archivist: Actor
    secadmin: Actor


@pytest.fixture
def receiver(receiver_db_url: str, tmp_path: Path, sender: Sender) -> Iterator[Receiver]:
    """Workstation B (the archives room): another home and catalogue, trusting A's key."""
    home = tmp_path / "receiver-home"
    home.mkdir()
    station = open_workstation(home, receiver_db_url, name="archives-room")
    users.create_first_admin(station, "secadmin", "安全管理员", PASSWORD)
    sec = users.login(station, "secadmin", PASSWORD)
    users.create_user(station, sec, "dangan", "档案馆接收员", PASSWORD, {"archivist"})
    keyfile = trust.write_key(sender.ws, sender.archivist, tmp_path / "sender-key.json")
    trust.add(station, sec, "石家庄市市场监督管理局", keyfile)
    yield Receiver(station, users.login(station, "dangan", PASSWORD), sec)
    station.close()


def counts(ws: Workstation) -> dict[str, Any]:
    """Rows of every table and the vault's object listing: what a refused package must leave as it was."""
    with ws.db.reader() as session:
        rows = {t.name: session.execute(select(func.count()).select_from(t)).scalar_one()
                for t in Base.metadata.sorted_tables}
    objects = sorted(p.name for p in ws.vault.root.rglob("*") if p.is_file() and "objects" in p.parts)
    return {"rows": rows, "vault": objects}


def copy_package(package: Path, where: Path) -> Path:
    target = where / f"copy-{uuid.uuid4().hex[:6]}"
    shutil.copytree(package, target)
    for p in target.rglob("*"):
        p.chmod(0o700 if p.is_dir() else 0o600)
    return target


def rebag(root: Path) -> None:
    """Rewrite the BagIt manifests over the payload as it is now (what a careful forger or a faulty sender does)."""
    payload = []
    for p in sorted(x for x in (root / "data").rglob("*") if x.is_file()):
        with open(p, "rb") as fh:
            d = digest_stream(fh)
        payload.append(DiscEntry(p.relative_to(root).as_posix(), d.size, d.sha256, d.sm3))
    info = (root / "bag-info.txt").read_text(encoding="utf-8")
    fields = [tuple(x.strip() for x in line.split(":", 1)) for line in info.splitlines()
              if ":" in line and not line.startswith("Payload-Oxum")]
    for tag in tag_entries(payload, fields):  # type: ignore[arg-type]
        (root / tag.path).write_bytes(tag.data or b"")


def resign(root: Path, signer: Signer, edit: Callable[[dict[str, Any]], None] | None = None) -> None:
    """Re-sign the manifest over the files as they are now (after ``edit`` of its body), and re-bag."""
    manifest = pkg.read_manifest(root)
    assert manifest is not None
    body = manifest.body
    if edit is not None:
        edit(body)
    files = []
    for p in sorted(x for x in (root / "data").rglob("*") if x.is_file()):
        path = p.relative_to(root).as_posix()
        if path == pkg.MANIFEST:
            continue
        with open(p, "rb") as fh:
            d = digest_stream(fh)
        files.append({"path": path, "size": d.size, "sha256": d.sha256, "sm3": d.sm3})
    body["files"] = files
    (root / pkg.MANIFEST).write_bytes(pkg.sign(body, signer))
    rebag(root)


def manifest_doc(root: Path) -> dict[str, Any]:
    return json.loads((root / pkg.MANIFEST).read_text(encoding="utf-8"))


@dataclass
class Pair:
    """A sending and a receiving workstation (SQLite) shared by the tests of a module, and A's package."""

    sender: Sender
    receiver: Receiver
    package: Path
    work: Path


def _station(home: Path, template: Path, name: str) -> tuple[Workstation, Actor, Actor]:
    home.mkdir()
    shutil.copyfile(template, home / "catalogue.sqlite3")
    station = open_workstation(home, f"sqlite:///{home / 'catalogue.sqlite3'}", name=name)
    users.create_first_admin(station, "secadmin", "安全管理员", PASSWORD)
    sec = users.login(station, "secadmin", PASSWORD)
    users.create_user(station, sec, "dangan", "李档案", PASSWORD, {"archivist"})
    return station, users.login(station, "dangan", PASSWORD), sec


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Iterator[Pair]:
    from archive_core.cases import case_files
    from archive_core.transfer import export
    from tests.cases.conftest import case_input

    root = tmp_path_factory.mktemp("pair")
    a, a_arch, _ = _station(root / "a", sqlite_template, "records-room")
    b, b_arch, b_sec = _station(root / "b", sqlite_template, "archives-room")
    try:
        from archive_core.archiving.four_properties import configure

        signatures = root / "clamav"
        signatures.mkdir()
        (signatures / "test.ndb").write_text(f"ArchiveWs.Transfer.Harmless:0:*:{HARMLESS[:40].hex()}\n")
        users.create_user(b, b_sec, "sysadmin", "系统管理员", PASSWORD, {"system_admin"})
        configure(b, users.login(b, "sysadmin", PASSWORD), clamav_db=str(signatures))
        def ended(no: str, documents: bool = False) -> CaseView:
            return case_files.create_case(a, a_arch, case_input(no, action_ended_at=date(2024, 4, 1)))

        filed = file_two_volumes(a, a_arch, root, ended)
        package = root / "package"
        export.export_package(a, a_arch, YEAR, package, "石家庄市档案馆")
        trust.add(b, b_sec, "石家庄市市场监督管理局", trust.write_key(a, a_arch, root / "sender-key.json"))
        yield Pair(Sender(a, a_arch, filed), Receiver(b, b_arch, b_sec), package, root)
    finally:
        a.close()
        b.close()
