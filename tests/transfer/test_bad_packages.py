"""Bad packages: each refused by the name of the file and the check, the receiving catalogue and vault unchanged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from archive_core.spine.i18n import Translator
from archive_core.spine.signing import Signer
from archive_core.transfer import package as pkg
from archive_core.transfer import receipt
from archive_core.transfer.errors import PackageRefusedError
from tests.media_factory import make_truncated_mp4
from tests.transfer.conftest import HARMLESS, Pair, copy_package, counts, manifest_doc, rebag, resign


def _refused(pair: Pair, package: Path) -> list[tuple[str, str]]:
    """Receive ``package`` on B; it must be refused and leave every table and the vault as they were."""
    before = counts(pair.receiver.ws)
    with pytest.raises(PackageRefusedError) as caught:
        receipt.receive_package(pair.receiver.ws, pair.receiver.archivist, package)
    assert counts(pair.receiver.ws) == before
    text = caught.value.render(Translator("zh_CN").error)
    first = caught.value.problems[0]
    assert first.file in text and first.check in text and "拒收" in text
    return [(p.check, p.file) for p in caught.value.problems]


def _item(doc: dict[str, Any], kind: str) -> dict[str, Any]:
    return next(i for v in doc["volumes"] for i in v["items"] if i["kind"] == kind)


def _sender_signer(pair: Pair) -> Signer:
    return pair.sender.ws.signer


def test_the_good_package_passes_every_receipt_check(pair: Pair) -> None:
    found = receipt.inspect(pair.receiver.ws, pair.receiver.archivist, pair.package)
    assert found.ok, found.problems()
    outcomes = {r["code"]: r["outcome"] for r in found.findings.results()}
    assert outcomes.pop("JS-DISC") == "not_applicable"  # a folder, not a disc image
    assert set(outcomes.values()) == {"pass"}, outcomes


def test_one_flipped_byte(pair: Pair) -> None:
    bad = copy_package(pair.package, pair.work)
    clip = _item(manifest_doc(bad), "media")["file"]
    data = bytearray((bad / clip).read_bytes())
    data[len(data) // 2] ^= 0x01
    (bad / clip).write_bytes(bytes(data))
    problems = _refused(pair, bad)
    assert ("JS-DIG", clip) in problems


def test_a_deleted_file(pair: Pair) -> None:
    bad = copy_package(pair.package, pair.work)
    doc = _item(manifest_doc(bad), "document")["file"]
    (bad / doc).unlink()
    assert ("JS-FILES", doc) in _refused(pair, bad)


def test_an_extra_unlisted_file(pair: Pair) -> None:
    bad = copy_package(pair.package, pair.work)
    vol = manifest_doc(bad)["volumes"][0]["folder"]
    (bad / vol / "readme.txt").write_text("added later", encoding="utf-8")
    rebag(bad)  # even listed in the bag's own manifest, the signed manifest does not know it
    assert ("JS-FILES", f"{vol}/readme.txt") in _refused(pair, bad)


def test_an_edited_metadata_value(pair: Pair) -> None:
    bad = copy_package(pair.package, pair.work)
    xml = _item(manifest_doc(bad), "media")["metadata"]
    text = (bad / xml).read_text(encoding="utf-8")
    (bad / xml).write_text(text.replace("现场检查", "现场检査", 1) if "现场检查" in text
                           else text.replace("<题名>", "<题名>改", 1), encoding="utf-8")
    rebag(bad)
    assert ("JS-DIG", xml) in _refused(pair, bad)


def test_a_gap_in_the_item_numbers(pair: Pair) -> None:
    bad = copy_package(pair.package, pair.work)

    def gap(body: dict[str, Any]) -> None:
        body["volumes"][0]["items"][-1]["number"] += 1

    resign(bad, _sender_signer(pair), gap)
    folder = manifest_doc(bad)["volumes"][0]["folder"]
    assert ("JS-NUM", folder) in _refused(pair, bad)


def test_a_manifest_signed_by_an_unknown_key(pair: Pair, tmp_path: Path) -> None:
    bad = copy_package(pair.package, pair.work)
    resign(bad, Signer.load_or_create(tmp_path / "stranger"))
    problems = _refused(pair, bad)
    assert ("JS-SIG", pkg.MANIFEST) in problems
    assert ("JS-TRAIL", pkg.CHECKPOINT) in problems  # the checkpoint is signed by another key than the manifest


def test_a_non_archival_format(pair: Pair) -> None:
    bad = copy_package(pair.package, pair.work)
    doc = _item(manifest_doc(bad), "document")["file"]
    renamed = doc.rsplit(".", 1)[0] + ".docx"
    (bad / doc).rename(bad / renamed)

    def rename(body: dict[str, Any]) -> None:
        _item(body, "document")["file"] = renamed

    resign(bad, _sender_signer(pair), rename)
    assert ("JS-FMT", renamed) in _refused(pair, bad)


def test_a_truncated_clip(pair: Pair) -> None:
    bad = copy_package(pair.package, pair.work)
    clip = _item(manifest_doc(bad), "media")["file"]
    (bad / clip).unlink()
    make_truncated_mp4(bad / clip, keep=0.5)
    resign(bad, _sender_signer(pair))
    assert ("JS-AV", clip) in _refused(pair, bad)


def test_the_test_virus(pair: Pair) -> None:
    bad = copy_package(pair.package, pair.work)
    doc = _item(manifest_doc(bad), "document")["file"]
    with open(bad / doc, "ab") as fh:
        fh.write(HARMLESS)  # still a PDF that opens
    resign(bad, _sender_signer(pair))
    assert ("AQ-01", doc) in _refused(pair, bad)


def test_metadata_not_valid_against_the_schema(pair: Pair) -> None:
    bad = copy_package(pair.package, pair.work)
    xml = _item(manifest_doc(bad), "document")["metadata"]
    (bad / xml).write_text("<?xml version='1.0' encoding='utf-8'?>\n<元数据><题名>立案审批表</题名></元数据>\n",
                           encoding="utf-8")
    resign(bad, _sender_signer(pair))
    assert ("JS-XML", xml) in _refused(pair, bad)


@pytest.mark.parametrize("damage", ["bagit.txt", "tagmanifest"])
def test_a_damaged_bag(pair: Pair, damage: str) -> None:
    bad = copy_package(pair.package, pair.work)
    if damage == "bagit.txt":
        (bad / "bagit.txt").write_text("BagIt-Version: 0.97\n", encoding="utf-8")
        assert ("JS-BAG", "bagit.txt") in _refused(pair, bad)
    else:
        with open(bad / "bag-info.txt", "a", encoding="utf-8") as fh:
            fh.write("Contact-Name: 某人\n")
        assert ("JS-BAG", "bag-info.txt") in _refused(pair, bad)


def test_not_a_package_is_refused_before_any_check(pair: Pair, tmp_path: Path) -> None:
    from archive_core.transfer.errors import NotAPackageError

    with pytest.raises(NotAPackageError):
        receipt.receive_package(pair.receiver.ws, pair.receiver.archivist, tmp_path)

