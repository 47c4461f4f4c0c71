"""Receipt from a disc image: read out whole and checked like a folder, plus the carrier check JS-DISC."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from archive_core.spine.i18n import Translator
from archive_core.transfer import carrier, receipt
from archive_core.transfer.errors import NotAPackageError, PackageRefusedError
from disc_burning.iso import ImageSpec, build_image, folder_entries
from disc_burning.plan import BD_DL
from tests.conftest import PASSWORD, run_cli
from tests.transfer.conftest import Pair, copy_package, counts


def _image(folder: Path, image: Path) -> Path:
    build_image(ImageSpec(folder_entries(folder), "YJ2024", "YJ2024", "YJ2024", BD_DL.label, BD_DL.capacity,
                          "1 of 1"), image)
    return image


def _refused(pair: Pair, image: Path) -> PackageRefusedError:
    before = counts(pair.receiver.ws)
    with pytest.raises(PackageRefusedError) as caught:
        receipt.receive_package(pair.receiver.ws, pair.receiver.archivist, image)
    assert counts(pair.receiver.ws) == before
    assert not any(pair.receiver.ws.paths.scratch.iterdir())  # the read-out is gone
    return caught.value


def test_a_folder_is_not_a_carrier(pair: Pair) -> None:
    found = receipt.inspect(pair.receiver.ws, pair.receiver.archivist, pair.package)
    disc = next(r for r in found.findings.results(Translator("zh_CN").translate) if r["code"] == "JS-DISC")
    assert disc["outcome"] == "not_applicable" and disc["property"] == "security"
    assert "文件夹" in disc["reason"]


def test_an_image_of_the_package_passes_every_check(pair: Pair) -> None:
    image = _image(pair.package, pair.work / "clean.iso")
    found = receipt.inspect(pair.receiver.ws, pair.receiver.archivist, image)
    assert found.ok, found.problems()
    outcomes = {r["code"]: r["outcome"] for r in found.findings.results()}
    assert set(outcomes.values()) == {"pass"}, outcomes
    assert not any(pair.receiver.ws.paths.scratch.iterdir())


def test_a_file_beside_the_package_is_refused_by_name(pair: Pair) -> None:
    folder = copy_package(pair.package, pair.work)
    (folder / "autorun.inf").write_text("[autorun]\nopen=setup.exe\n", encoding="utf-8")
    refused = _refused(pair, _image(folder, pair.work / "extra.iso"))
    assert [(p.check, p.file) for p in refused.problems] == [("JS-DISC", "autorun.inf")]
    text = refused.render(Translator("zh_CN").error)
    assert "autorun.inf" in text and "extra.iso" in text and "不属于本包" in text and "拒收" in text


def test_a_truncated_image_is_refused_naming_the_image(pair: Pair) -> None:
    image = _image(pair.package, pair.work / "cut.iso")
    with open(image, "r+b") as fh:
        fh.truncate(os.path.getsize(image) * 3 // 5)
    refused = _refused(pair, image)
    disc = [p for p in refused.problems if p.check == "JS-DISC"]
    assert disc and disc[0].file == "cut.iso"
    text = refused.render(Translator("zh_CN").error)
    assert "cut.iso" in text and "不完整" in text


def test_a_read_out_left_by_a_killed_process_is_swept(pair: Pair) -> None:
    scratch = pair.receiver.ws.paths.scratch
    ended = subprocess.Popen(["true"])  # a process that has ended: its pid is free
    ended.wait()
    left = scratch / f"disc-{ended.pid}-{'0' * 32}"
    (left / "data").mkdir(parents=True)
    (left / "data" / "x.pdf").write_bytes(b"%PDF-")
    ours = scratch / f"disc-{os.getpid()}-{'1' * 32}"  # this process's own read-out in progress stays
    ours.mkdir()
    image = _image(pair.package, pair.work / "sweep.iso")
    assert receipt.inspect(pair.receiver.ws, pair.receiver.archivist, image).ok
    assert not left.exists() and ours.is_dir()
    ours.rmdir()


def test_a_file_that_is_no_image_is_no_package(pair: Pair) -> None:
    image = pair.work / "junk.iso"
    image.write_bytes(b"not a disc" * 100)
    before = counts(pair.receiver.ws)
    with pytest.raises(NotAPackageError) as caught:
        receipt.receive_package(pair.receiver.ws, pair.receiver.archivist, image)
    assert "junk.iso" in caught.value.render(Translator("zh_CN").error)
    assert counts(pair.receiver.ws) == before


def test_a_file_that_does_not_read_back_whole_is_refused(pair: Pair, monkeypatch: pytest.MonkeyPatch) -> None:
    image = _image(pair.package, pair.work / "bad-sector.iso")
    real = carrier._copy_out

    def failing(iso: object, path: str, target: Path) -> int:
        if path.endswith(".mp4"):
            raise OSError(5, "Input/output error")  # a sector that does not read
        return real(iso, path, target)  # type: ignore[arg-type]

    monkeypatch.setattr(carrier, "_copy_out", failing)
    refused = _refused(pair, image)
    cut = [p.file for p in refused.problems if p.check == "JS-DISC"]
    assert cut and all(f.endswith(".mp4") for f in cut)
    assert all("bad-sector.iso" in p.text() for p in refused.problems if p.check == "JS-DISC")


def test_export_to_an_image_and_receive_the_image(pair: Pair, capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Last in the module: B then holds the volumes."""
    monkeypatch.setenv("ARCHIVE_WS_PASSWORD", PASSWORD)
    a, b = pair.sender.ws, pair.receiver.ws
    image = pair.work / "移交2024.iso"
    code, out = run_cli(a.paths.home, str(a.db.url), pair.sender.archivist.username, capsys, "transfer", "export",
                        "--year", "2024", "--to", "石家庄市档案馆", "-o", str(image))
    assert code == 0, out
    code, out = run_cli(b.paths.home, str(b.db.url), "dangan", capsys, "transfer", "receive", str(image))
    assert code == 0 and isinstance(out, dict) and out["volumes"] == 2, out
    assert not any(b.paths.scratch.iterdir())
    (view,) = [r for r in receipt.receipts(b, pair.receiver.archivist) if r.package_id == out["package_id"]]
    stored = receipt.report_of(b, pair.receiver.archivist, view.id)
    assert {r["code"]: r["outcome"] for r in stored["results"]}["JS-DISC"] == "pass"
