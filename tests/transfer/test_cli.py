"""archive-ws transfer: export, key, trust add, receive (refused and accepted), the registers."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from archive_core.transfer import package as pkg
from tests.conftest import PASSWORD, run_cli
from tests.transfer.conftest import Receiver, Sender


def test_transfer_from_the_command_line(sender: Sender, receiver: Receiver, tmp_path: Path, home: Path,
                                        db_url: str, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARCHIVE_WS_PASSWORD", PASSWORD)
    a = (home, db_url)
    b_home, b_db = receiver.ws.paths.home, str(receiver.ws.db.url)
    user = sender.archivist.username
    code, out = run_cli(*a, user, capsys, "transfer", "export", "--year", "2024", "--to", "石家庄市档案馆",
                        "-o", str(tmp_path / "pkg"))
    assert code == 0, out
    assert isinstance(out, dict) and len(out["volumes"]) == 2

    stranger = tmp_path / "stranger-key.json"
    code, out = run_cli(*a, user, capsys, "transfer", "key", "-o", str(stranger))
    assert code == 0 and isinstance(out, dict) and out["fingerprint"] == pkg.fingerprint(
        sender.ws.signer.algorithm, sender.ws.signer.public_key)

    # an archivist may not decide whose keys are trusted
    code, out = run_cli(b_home, b_db, "dangan", capsys, "transfer", "trust", "add", str(stranger), "--name", "某局")
    assert code == 5, out

    bad = tmp_path / "pkg-bad"
    shutil.copytree(tmp_path / "pkg", bad)
    (bad / "data" / "extra.txt").write_text("x", encoding="utf-8")
    code, out = run_cli(b_home, b_db, "dangan", capsys, "transfer", "receive", str(bad))
    assert code == 7 and isinstance(out, dict)
    assert {"check": "JS-FILES", "file": "data/extra.txt"} in [
        {k: p[k] for k in ("check", "file")} for p in out["problems"]]
    assert "拒收" in out["message"]

    code, out = run_cli(b_home, b_db, "dangan", capsys, "transfer", "receive", str(tmp_path / "pkg"))
    assert code == 0 and isinstance(out, dict) and out["volumes"] == 2 and not out["already_received"]
    code, out = run_cli(b_home, b_db, "dangan", capsys, "transfer", "receive", str(tmp_path / "pkg"),
                        as_json=False)
    assert code == 0 and "本次未作任何改动" in str(out)
    code, out = run_cli(b_home, b_db, "dangan", capsys, "transfer", "receipts")
    assert code == 0 and isinstance(out, list) and len(out) == 1
    code, out = run_cli(*a, user, capsys, "transfer", "list")
    assert code == 0 and isinstance(out, list) and out[0]["recipient"] == "石家庄市档案馆"
