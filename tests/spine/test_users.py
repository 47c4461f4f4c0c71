"""Users and access: Argon2id, lockout, separation of duties, refusals audited (Art. 25)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher, Type
from sqlalchemy import select

from archive_core.spine import users
from archive_core.spine.audit import service
from archive_core.spine.auth import Permission, Role
from archive_core.spine.errors import AuthenticationError, PermissionDeniedError, ValidationError
from models.audit import AuditEvent
from models.users import User
from tests.conftest import PASSWORD


def _last_events(ws, n=5):
    with ws.db.reader() as s:
        return s.execute(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(n)).scalars().all()


def test_production_hashes_with_the_strong_argon2id_parameters() -> None:
    """The suite hashes with tiny parameters (set in tests/conftest.py); outside it the strong ones apply."""
    strong = users.make_hasher({})
    assert (strong.type, strong.time_cost, strong.memory_cost, strong.parallelism) == (Type.ID, 3, 65536, 4)
    assert (strong.hash_len, strong.salt_len) == (32, 16)
    assert not users.make_hasher({users.CHEAP_HASH_ENV: "0"}).check_needs_rehash(strong.hash(PASSWORD))
    # the module's own hasher in a process where the test switch is not set
    env = {k: v for k, v in os.environ.items() if k != users.CHEAP_HASH_ENV}
    out = subprocess.run([sys.executable, "-c", "from archive_core.spine import users; h = users._hasher; "
                          "print(h.type.name, h.time_cost, h.memory_cost, h.parallelism)"],
                         capture_output=True, text=True, env=env, cwd=Path(__file__).resolve().parents[2], check=True)
    assert out.stdout.split() == ["ID", "3", "65536", "4"]
    # and inside the suite the cheap ones, still argon2id
    assert os.environ[users.CHEAP_HASH_ENV] == "1"
    assert users._hasher.type is Type.ID and users._hasher.memory_cost < PasswordHasher().memory_cost


def test_first_admin_only_once_and_password_hashed_with_argon2id(ws) -> None:
    assert users.needs_first_admin(ws)
    users.create_first_admin(ws, "admin", "管理员", PASSWORD)
    assert not users.needs_first_admin(ws)
    with pytest.raises(ValidationError):
        users.create_first_admin(ws, "admin2", "x", PASSWORD)
    with ws.db.reader() as s:
        stored = s.execute(select(User.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_wrong_password_is_refused_and_audited(ws, archivist) -> None:
    with pytest.raises(AuthenticationError) as err:
        users.login(ws, archivist.username, "wrong-password1")
    assert "wrong user name or password" in err.value.render() and "5 wrong passwords" in err.value.render()
    last = _last_events(ws, 1)[0]
    assert (last.action, last.outcome, last.object_id) == ("login", "refused", archivist.username)
    assert "wrong password" in last.details


def test_lockout_after_five_failures_then_unlock_by_security_admin(ws, archivist, security_admin) -> None:
    now = datetime.now(UTC)
    for _ in range(4):
        with pytest.raises(AuthenticationError):
            users.login(ws, archivist.username, "bad-guess-1", now=now)
    with pytest.raises(AuthenticationError) as err:
        users.login(ws, archivist.username, "bad-guess-1", now=now)
    assert "locked" in err.value.render()
    # even the right password is refused while locked, and that refusal is audited too
    with pytest.raises(AuthenticationError):
        users.login(ws, archivist.username, PASSWORD, now=now + timedelta(minutes=1))
    assert [(e.action, e.outcome) for e in _last_events(ws, 2)] == [("login", "refused"), ("user.locked", "ok")]
    assert users.login(ws, archivist.username, PASSWORD, now=now + timedelta(minutes=16)).username
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            users.login(ws, archivist.username, "bad-guess-1")
    users.unlock(ws, security_admin, archivist.username)
    assert users.login(ws, archivist.username, PASSWORD).can(Permission.CASE_WRITE)


def test_role_without_the_right_is_refused_clearly_and_audited(ws, make_actor) -> None:
    clerk = make_actor("equipment_clerk")
    with pytest.raises(PermissionDeniedError) as err:
        users.list_users(ws, clerk)
    assert "may not manage users" in err.value.render() and "Art. 25" in err.value.render()
    last = _last_events(ws, 1)[0]
    assert (last.action, last.outcome, last.actor) == ("access.refused", "refused", clerk.username)


def test_separation_of_duties(ws, security_admin, make_actor) -> None:
    sysadmin = make_actor("system_admin")
    auditor = make_actor("auditor")
    # the system administrator cannot read the audit trail
    with pytest.raises(PermissionDeniedError):
        service.event_seqs(ws, sysadmin, service.AuditFilter())
    # the auditor cannot change users
    with pytest.raises(PermissionDeniedError):
        users.create_user(ws, auditor, "x1", "x", PASSWORD, {"archivist"})
    with pytest.raises(PermissionDeniedError):
        users.set_roles(ws, auditor, sysadmin.username, {"archivist"})
    # admin roles are held alone; nobody changes their own roles
    with pytest.raises(ValidationError):
        users.create_user(ws, security_admin, "mix", "x", PASSWORD, {"auditor", "archivist"})
    with pytest.raises(ValidationError):
        users.set_roles(ws, security_admin, security_admin.username, {Role.SECURITY_ADMIN.value,
                                                                       Role.SYSTEM_ADMIN.value})
    with pytest.raises(ValidationError):
        users.set_roles(ws, security_admin, security_admin.username, {Role.AUDITOR.value})


def test_weak_password_and_disabled_account(ws, security_admin, archivist) -> None:
    with pytest.raises(ValidationError) as err:
        users.create_user(ws, security_admin, "weak", "x", "12345678", {"archivist"})
    assert "letters and digits" in err.value.render()
    users.set_active(ws, security_admin, archivist.username, False)
    with pytest.raises(AuthenticationError):
        users.login(ws, archivist.username, PASSWORD)
