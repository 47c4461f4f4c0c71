"""Round trip A → B: export a year as a package, receive it on another workstation, compare the catalogues."""

from __future__ import annotations

from pathlib import Path

import bagit
from sqlalchemy import select

from archive_core.transfer import export, receipt
from models.archiving import VolumeItem
from models.transfer import ReceivedItem, ReceivedVolume, Transfer
from models.vault import VaultObject
from tests.transfer.conftest import YEAR, Receiver, Sender


def test_a_year_goes_from_a_to_b_with_every_volume_record_and_digest(sender: Sender, receiver: Receiver,
                                                                     tmp_path: Path) -> None:
    target = tmp_path / "package"
    view = export.export_package(sender.ws, sender.archivist, YEAR, target, "石家庄市档案馆")
    assert sorted(view.volumes) == sorted(v.archive_code for v in sender.volumes)
    bagit.Bag(str(target)).validate()

    got = receipt.receive_package(receiver.ws, receiver.archivist, target)
    assert not got.already_received and got.volumes == 2

    with sender.ws.db.reader() as s:
        sent = {}
        for vol in sender.volumes:
            for line in s.execute(select(VolumeItem).where(VolumeItem.volume_id == vol.id)).scalars():
                obj = s.get(VaultObject, line.sha256)
                assert obj is not None
                sent[(vol.archive_code, line.number)] = (line.kind, line.title, line.sha256, obj.sm3, obj.size)
        assert s.execute(select(Transfer.package_id)).scalar_one() == view.package_id
    with receiver.ws.db.reader() as s:
        received = {}
        for rv, item in s.execute(select(ReceivedVolume, ReceivedItem).join(
                ReceivedItem, ReceivedItem.volume_id == ReceivedVolume.id)).all():
            received[(rv.archive_code, item.number)] = (item.kind, item.title, item.sha256, item.sm3, item.size)
            assert item.sha256 and receiver.ws.vault.exists(item.sha256)
    assert received == sent


def test_a_second_receipt_changes_nothing_and_a_new_package_of_the_same_volumes_clashes(
        sender: Sender, receiver: Receiver, tmp_path: Path) -> None:
    from archive_core.transfer.errors import PackageRefusedError
    from tests.transfer.conftest import counts

    first = tmp_path / "first"
    export.export_package(sender.ws, sender.archivist, YEAR, first, "石家庄市档案馆")
    done = receipt.receive_package(receiver.ws, receiver.archivist, first)
    before = counts(receiver.ws)
    again = receipt.receive_package(receiver.ws, receiver.archivist, first)
    assert again.already_received and again.id == done.id
    assert counts(receiver.ws) == before

    second = tmp_path / "second"
    code = sender.volumes[0].archive_code
    export.export_package(sender.ws, sender.archivist, YEAR, second, "石家庄市档案馆", codes=[code])
    try:
        receipt.receive_package(receiver.ws, receiver.archivist, second)
    except PackageRefusedError as refused:
        assert [(p.check, p.file) for p in refused.problems] == [("JS-CODE", f"data/{code}")]
    else:
        raise AssertionError("a volume received twice")
    assert counts(receiver.ws) == before
    assert len(receipt.receipts(receiver.ws, receiver.archivist)) == 1
    assert [t.volumes for t in export.transfers(sender.ws, sender.archivist)] == [(code,), tuple(
        sorted(v.archive_code for v in sender.volumes))]


def test_a_volume_failing_its_transfer_checks_writes_no_package(sender: Sender, tmp_path: Path) -> None:
    import pytest

    from archive_core.transfer.errors import TransferChecksFailedError

    with sender.ws.db.reader() as s:
        clip = s.execute(select(VolumeItem.sha256).where(VolumeItem.kind == "media")).scalars().first()
    assert clip
    sender.ws.vault.path_of(clip).unlink()
    target = tmp_path / "package"
    with pytest.raises(TransferChecksFailedError) as refused:
        export.export_package(sender.ws, sender.archivist, YEAR, target, "石家庄市档案馆")
    assert "WZ-03" in str(refused.value)
    assert list(tmp_path.iterdir()) == [p for p in tmp_path.iterdir() if p.name != "package"]
    assert not target.exists() and not list(tmp_path.glob(".package*"))
    assert export.transfers(sender.ws, sender.archivist) == []


def _fonts_embedded_and_text(path: Path) -> str:
    import subprocess

    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes " in r for r in rows), fonts
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_the_transfer_list_and_the_receipt_report_are_chinese_pdfs_with_their_font(
        sender: Sender, receiver: Receiver, tmp_path: Path) -> None:
    target = tmp_path / "package"
    export.export_package(sender.ws, sender.archivist, YEAR, target, "石家庄市档案馆")
    text = _fonts_embedded_and_text(target / "data" / "移交清单.pdf")
    assert "档案移交清单" in text and "石家庄市档案馆" in text and sender.volumes[0].title in text
    assert "石家庄市市场监督管理局" in text
    view = receipt.receive_package(receiver.ws, receiver.archivist, target)
    report = tmp_path / "report.pdf"
    with receiver.ws.vault.open_object(view.report_pdf_sha256) as fh:
        report.write_bytes(fh.read())
    text = _fonts_embedded_and_text(report)
    assert "档案接收检测登记表" in text and "准予接收" in text and "JS-DIG" in text and "AQ-01" in text
    stored = receipt.report_of(receiver.ws, receiver.archivist, view.id)
    assert stored["ok"] and {r["code"] for r in stored["results"]} >= {"JS-SIG", "ZS-04", "WZ-03"}


def test_a_package_onto_a_disc_image_reads_back_as_a_valid_bag(sender: Sender, receiver: Receiver,
                                                                tmp_path: Path) -> None:
    import pycdlib

    image = tmp_path / "transfer.iso"
    view = export.export_package(sender.ws, sender.archivist, YEAR, image, "石家庄市档案馆")
    assert view.target == str(image) and image.is_file()
    assert not list(tmp_path.glob(".transfer*"))  # the package written for the image is gone
    out = tmp_path / "read-back"
    iso = pycdlib.PyCdlib()
    iso.open(str(image))
    try:
        for parent, _dirs, files in iso.walk(rr_path="/"):
            for name in files:
                path = f"{parent.rstrip('/')}/{name}"
                local = out / path.lstrip("/")
                local.parent.mkdir(parents=True, exist_ok=True)
                with open(local, "wb") as fh:
                    iso.get_file_from_iso_fp(fh, rr_path=path)
    finally:
        iso.close()
    bagit.Bag(str(out)).validate()
    assert receipt.receive_package(receiver.ws, receiver.archivist, out).volumes == 2


def test_the_package_gets_its_name_only_when_whole(sender: Sender, tmp_path: Path,
                                                  monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from archive_core.transfer import checks

    target = tmp_path / "package"
    seen: list[tuple[bool, int]] = []
    real = checks.transfer_report

    def watching(*args):  # type: ignore[no-untyped-def]
        # the content is being written by now: under a hidden name, never the target's
        seen.append((target.exists(), len(list(tmp_path.glob(".package.*.part/data/*/*")))))
        return real(*args)

    monkeypatch.setattr(checks, "transfer_report", watching)
    export.export_package(sender.ws, sender.archivist, YEAR, target, "石家庄市档案馆")
    assert seen and all(not exists and files > 0 for exists, files in seen), seen
    assert target.is_dir() and not list(tmp_path.glob(".package.*"))


def test_a_received_record_changed_behind_the_program_is_found(sender: Sender, receiver: Receiver,
                                                               tmp_path: Path) -> None:
    from sqlalchemy import update

    from archive_core.spine.audit import records

    target = tmp_path / "package"
    export.export_package(sender.ws, sender.archivist, YEAR, target, "石家庄市档案馆")
    receipt.receive_package(receiver.ws, receiver.archivist, target)
    with receiver.ws.db.reader() as s:
        assert not records.check(s).problems
    with receiver.ws.db.writer() as s:
        s.execute(update(ReceivedItem).where(ReceivedItem.number == 1).values(title="改过的题名"))
        s.commit()
    with receiver.ws.db.reader() as s:
        found = records.check(s).problems
    assert found and all("received_items" in p.text() for p in found)


def test_a_vault_object_changed_since_it_was_stored_stops_the_export_naming_both_digests(sender: Sender,
                                                                                         tmp_path: Path) -> None:
    """The export takes the vault's SM3 only for a copy whose SHA-256 is the catalogue's: a changed object is
    hashed in full and refused by ZS-04 with both digests as found."""
    import pytest

    from archive_core.transfer.errors import TransferChecksFailedError

    with sender.ws.db.reader() as s:
        sha, sm3 = s.execute(select(VolumeItem.sha256, VaultObject.sm3)
                             .join(VaultObject, VaultObject.sha256 == VolumeItem.sha256)
                             .where(VolumeItem.kind == "document")).first()
    path = sender.ws.vault.path_of(sha)
    path.chmod(0o600)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(TransferChecksFailedError) as refused:
        export.export_package(sender.ws, sender.archivist, YEAR, tmp_path / "package", "石家庄市档案馆")
    text = str(refused.value)
    assert "ZS-04" in text and "SHA-256" in text and "SM3" in text and sha in text and sm3 in text
    assert not (tmp_path / "package").exists()
