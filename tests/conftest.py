"""Shared fixtures: a real catalogue (SQLite, and PostgreSQL when ARCHIVE_WS_TEST_PG_URL is set) and users."""

from __future__ import annotations

import os

# Before Qt and the application are imported: plain `pytest` runs without a display (the Makefile and xvfb-run set
# their own platform), and passwords are hashed with tiny Argon2 parameters (tests/spine/test_users.py checks that
# the workstation itself keeps the strong ones). Subprocesses of tests inherit both.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ARCHIVE_WS_TEST_CHEAP_ARGON2"] = "1"
# No virus signatures unless a test writes its own: a machine's full ClamAV database would take seconds a filing.
os.environ["ARCHIVE_WS_CLAMAV_DB"] = os.path.join(os.path.dirname(__file__), "no-clamav-signatures")

import json
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from archive_core.spine import users
from archive_core.spine.auth import Actor
from archive_core.spine.workstation import Workstation, open_workstation
from models.engine import migrate, normalize_url, open_database

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


def _schema_url(base: str, schema: str) -> str:
    return make_url(base).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
        hide_password=False)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite catalogue migrated to head once per session; each test gets a copy (no migration, no backup)."""
    path = tmp_path_factory.mktemp("template") / "catalogue.sqlite3"
    db = open_database(f"sqlite:///{path}")
    try:
        assert migrate(db) is None  # a new file: nothing to copy aside
    finally:
        db.dispose()
    # the last connection closed checkpointed the write-ahead log: the one file is the whole catalogue
    assert not path.with_name(path.name + "-wal").exists()
    return path


@pytest.fixture(scope="session")
def pg_admin() -> Iterator[Engine]:
    admin = create_engine(normalize_url(os.environ[PG_ENV]), isolation_level="AUTOCOMMIT",
                          connect_args={"options": "-c synchronous_commit=off"})
    yield admin
    admin.dispose()


@pytest.fixture(scope="session")
def pg_template(pg_admin: Engine) -> Iterator[str]:
    """A PostgreSQL database migrated to head once per session (and per worker): each test's catalogue is a new
    database made from it, which PostgreSQL copies in a few tens of milliseconds (replaying the schema took ten
    times as long)."""
    name = f"awt_tpl_{uuid.uuid4().hex[:12]}"
    with pg_admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        db = open_database(pg_admin.url.set(database=name).render_as_string(hide_password=False))
        try:
            assert migrate(db) is None
        finally:
            db.dispose()  # a template must have no connections while it is copied
        yield name
    finally:
        with pg_admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(params=DB_KINDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh catalogue at the head revision with no data of its own yet: an SQLite file, or a new PostgreSQL
    database. Both are copies of a template migrated once per session (tests/spine/test_migrations.py runs the
    migrations themselves)."""
    if request.param == "sqlite":
        path = tmp_path / "catalogue.sqlite3"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    admin: Engine = request.getfixturevalue("pg_admin")
    template = request.getfixturevalue("pg_template")
    name = f"awt_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY WAL_LOG'))
        # a test's commits need not outlive a server crash: no wait for the WAL to reach the disk
        conn.execute(text(f'ALTER DATABASE "{name}" SET synchronous_commit = off'))
    try:
        yield admin.url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


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


@pytest.fixture
def zh_ui(qapp):  # type: ignore[no-untyped-def]
    """The window's Chinese catalogues (and Qt's own) installed, as at start; removed afterwards."""
    from PySide6.QtCore import QLocale

    from ui.shell.i18n import install_translators

    installed = install_translators(qapp, "zh_CN")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale("en"))
