"""Shared fixtures: a real catalogue (SQLite, and PostgreSQL when ARCHIVE_WS_TEST_PG_URL is set) and users."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from archive_core.spine import users
from archive_core.spine.auth import Actor
from archive_core.spine.workstation import Workstation, open_workstation
from models.engine import normalize_url

PG_ENV = "ARCHIVE_WS_TEST_PG_URL"
PASSWORD = "Passw0rd!"
DB_KINDS = ["sqlite", "postgresql"] if os.environ.get(PG_ENV) else ["sqlite"]


def run_cli(home: Path, db_url: str, user: str, capsys: pytest.CaptureFixture[str], *argv: str,
            as_json: bool = True) -> tuple[int, object]:
    """Run ``archive-ws`` in this process as ``user`` (password from ARCHIVE_WS_PASSWORD): the exit code, and the
    printed JSON (the error's JSON on failure), or with ``as_json=False`` the printed text."""
    from archive_core.cli import run

    capsys.readouterr()
    code = run(["--home", str(home), "--db", db_url, "--user", user, *(["--json"] if as_json else []), *argv])
    out = capsys.readouterr()
    if not as_json:
        return code, out.out + out.err
    return code, json.loads(out.out) if out.out.strip() else json.loads(out.err)


@pytest.fixture(params=DB_KINDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty catalogue: an SQLite file, or a new schema in the test PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'catalogue.sqlite3'}"
        return
    base = normalize_url(os.environ[PG_ENV])
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


@pytest.fixture
def ws(home: Path, db_url: str) -> Iterator[Workstation]:
    station = open_workstation(home, db_url, name="test-ws")
    yield station
    station.close()


@pytest.fixture
def security_admin(ws: Workstation) -> Actor:
    users.create_first_admin(ws, "secadmin", "安全管理员", PASSWORD)
    return users.login(ws, "secadmin", PASSWORD)


@pytest.fixture
def make_actor(ws: Workstation, security_admin: Actor) -> Callable[..., Actor]:
    """make_actor("archivist") → a signed-in user holding those roles."""
    counter = iter(range(1, 10_000))

    def make(*roles: str, username: str | None = None, display_name: str = "") -> Actor:
        name = username or f"{'_'.join(roles)}{next(counter)}"
        users.create_user(ws, security_admin, name, display_name or name, PASSWORD, set(roles))
        return users.login(ws, name, PASSWORD)

    return make


@pytest.fixture
def archivist(make_actor: Callable[..., Actor]) -> Actor:
    return make_actor("archivist", display_name="李档案")


@pytest.fixture
def auditor(make_actor: Callable[..., Actor]) -> Actor:
    return make_actor("auditor", display_name="王审计")


@pytest.fixture
def tasks(qapp, request):  # type: ignore[no-untyped-def]
    """A task runner bound to the test's QApplication; waits for its jobs at the end, before the test's workstation
    closes (a job still running would otherwise fail against a closed catalogue and report it in a dialog)."""
    from ui.kit.tasks import TaskRunner

    if "ws" in request.fixturenames:
        request.getfixturevalue("ws")  # set up first, so torn down after the runner
    runner = TaskRunner()
    yield runner
    runner.wait(60000)
