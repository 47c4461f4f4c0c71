"""User accounts: first administrator, login with lockout, and management by the security administrator."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from archive_core.spine import clock
from archive_core.spine.auth import SYSTEM_ACTOR, Actor, Permission, Role, role_conflict
from archive_core.spine.errors import (
    QT_TRANSLATE_NOOP,
    ArchiveError,
    AuthenticationError,
    NotFoundError,
    PasswordChangeRequiredError,
    ValidationError,
)
from archive_core.spine.workstation import UnitOfWork, Workstation
from models.users import User
from resources import CATALOGUES

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD = 8
# The test suite alone sets this: it hashes hundreds of passwords, and the strong parameters cost it most of a second
# each. Hashes made either way verify with both hashers (Argon2 keeps its parameters in the hash).
CHEAP_HASH_ENV = "ARCHIVE_WS_TEST_CHEAP_ARGON2"


def make_hasher(environ: Mapping[str, str] = os.environ) -> PasswordHasher:
    """argon2id with the library's recommended parameters (RFC 9106, low memory); tiny ones for tests only."""
    if environ.get(CHEAP_HASH_ENV) == "1":
        return PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    return PasswordHasher()


_hasher = make_hasher()
COMMON_PASSWORDS_FILE = os.path.join(CATALOGUES, "common_passwords.txt")


@cache
def common_passwords() -> frozenset[str]:
    """Passwords found at the top of leaked-password lists, lower-case (resources/catalogues)."""
    with open(COMMON_PASSWORDS_FILE, encoding="utf-8") as fh:
        return frozenset(line.strip().lower() for line in fh if line.strip() and not line.startswith("#"))


@cache
def _decoy_hash() -> str:
    """Verified against when there is no password to check, so that a refusal takes as long either way."""
    return _hasher.hash(os.urandom(16).hex())


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    display_name: str
    roles: tuple[str, ...]
    active: bool
    locked_until: datetime | None
    failed_attempts: int
    last_login_at: datetime | None
    must_change_password: bool = False


def _view(u: User) -> UserView:
    return UserView(u.id, u.username, u.display_name, tuple(sorted(u.role_set)), u.active, u.locked_until,
                    u.failed_attempts, u.last_login_at, u.must_change_password)


def _actor(u: User) -> Actor:
    return Actor(u.id, u.username, u.display_name, u.role_set)


def _check_password(password: str, username: str) -> None:
    if len(password) < MIN_PASSWORD or password.isdigit() or password.isalpha():
        raise ValidationError(reason=QT_TRANSLATE_NOOP(
            "errors", "a password needs at least 8 characters with both letters and digits"))
    if password.casefold() == username.strip().casefold():
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "the password may not be the user name"))
    if password.lower() in common_passwords():
        raise ValidationError(reason=QT_TRANSLATE_NOOP(
            "errors", "this password is among the most common ones and is guessed first; choose another"))


def _check_roles(roles: set[str]) -> frozenset[str]:
    unknown = roles - {r.value for r in Role}
    if unknown or not roles:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Invalid input: unknown or empty roles: {roles}."),
                              roles=", ".join(sorted(unknown)) or "-")
    conflict = role_conflict(frozenset(roles))
    if conflict:
        raise ValidationError(reason=conflict)
    return frozenset(roles)


def _check_username(username: str) -> str:
    username = username.strip()
    if not (1 <= len(username) <= 64) or any(c.isspace() for c in username):
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "a user name has 1–64 characters and no spaces"))
    return username


def needs_first_admin(ws: Workstation) -> bool:
    with ws.unit(SYSTEM_ACTOR, write=False) as uow:
        return not uow.session.execute(select(func.count(User.id))).scalar()


def create_first_admin(ws: Workstation, username: str, display_name: str, password: str) -> UserView:
    """The first account is the security administrator, who then creates everyone else."""
    username = _check_username(username)
    _check_password(password, username)
    with ws.unit(SYSTEM_ACTOR) as uow:
        if uow.session.execute(select(func.count(User.id))).scalar():
            raise ValidationError(reason=QT_TRANSLATE_NOOP(
                "errors", "the first administrator exists already; log in instead"))
        user = User(username=username, display_name=display_name or username, roles=Role.SECURITY_ADMIN.value,
                    password_hash=_hasher.hash(password), active=True, failed_attempts=0)
        uow.session.add(user)
        uow.session.flush()
        uow.audit("user.first_admin_created", "user", username, {"roles": [Role.SECURITY_ADMIN.value]})
        return _view(user)


def _authenticate(uow: UnitOfWork, username: str, password: str, now: datetime) -> User | None:
    """The user whose password this is, or None: failures are counted and lock the account after MAX_FAILURES, and
    every outcome is audited. The caller refuses with the same error for an unknown or disabled user, a wrong
    password and a locked account, so that a refusal never tells whether a user name exists."""
    user = uow.session.execute(select(User).where(User.username == username)).scalar_one_or_none()
    if user is None or not user.active or (user.locked_until and user.locked_until > now):
        with_decoy = _decoy_hash()
        try:
            _hasher.verify(with_decoy, password)
        except (VerificationError, InvalidHashError):
            pass
        reason = "locked" if user is not None and user.active else "unknown or disabled user"
        uow.audit("login", "user", username, {"reason": reason}, outcome="refused")
        return None
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        user.failed_attempts += 1
        uow.audit("login", "user", username, {"reason": "wrong password", "failed_attempts": user.failed_attempts},
                  outcome="refused")
        if user.failed_attempts >= MAX_FAILURES:
            user.locked_until = now + LOCKOUT
            user.failed_attempts = 0
            uow.audit("user.locked", "user", username, {"until": user.locked_until.isoformat()})
        return None
    user.failed_attempts = 0
    user.locked_until = None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return user


def _refused() -> AuthenticationError:
    return AuthenticationError(most=MAX_FAILURES, minutes=int(LOCKOUT.total_seconds() // 60))


def login(ws: Workstation, username: str, password: str, now: datetime | None = None) -> Actor:
    """Check the password and sign in. A password the security administrator reset is refused with
    PasswordChangeRequiredError until its owner sets a new one (change_password)."""
    now = now or clock.now()
    error: ArchiveError | None = None
    with ws.unit(SYSTEM_ACTOR) as uow:
        user = _authenticate(uow, username, password, now)
        if user is None:
            error = _refused()
        elif user.must_change_password:
            uow.audit("login", "user", username, {"reason": "password reset: to be changed by its owner"},
                      outcome="refused")
            error = PasswordChangeRequiredError(username=username, by=user.password_reset_by,
                                                at=clock.fmt(user.password_reset_at, clock.MINUTE))
        else:
            user.last_login_at = now
            actor = uow.actor = _actor(user)
            uow.audit("login", "user", username)
    if error is not None:
        raise error
    return actor


def logout(ws: Workstation, actor: Actor) -> None:
    """Sign out: the trail records who left the workstation, as it records who signed in."""
    with ws.unit(actor) as uow:
        uow.audit("logout", "user", actor.username)


def change_password(ws: Workstation, username: str, old: str, new: str, now: datetime | None = None) -> Actor:
    """The owner sets a new password (signing in with the old one, counted like any sign-in); this is how a reset
    password is replaced. Returns the signed-in user."""
    now = now or clock.now()
    _check_password(new, username)
    if new == old:
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "the new password must differ from the old one"))
    new_hash = _hasher.hash(new)
    with ws.unit(SYSTEM_ACTOR) as uow:
        user = _authenticate(uow, username, old, now)
        if user is not None:
            after_reset = user.must_change_password
            user.password_hash = new_hash
            user.must_change_password = False
            user.last_login_at = now
            actor = uow.actor = _actor(user)
            uow.audit("user.password_changed", "user", username, {"after_reset": after_reset})
            uow.audit("login", "user", username)
    if user is None:
        raise _refused()
    return actor


def _get(uow: UnitOfWork, username: str) -> User:
    user = uow.session.execute(select(User).where(User.username == username)).scalar_one_or_none()
    if user is None:
        raise NotFoundError(what="user", key=username)
    return user


def list_users(ws: Workstation, actor: Actor) -> list[UserView]:
    with ws.unit(actor) as uow:
        uow.require(Permission.USER_MANAGE, "user", "*")
        return [_view(u) for u in uow.session.execute(select(User).order_by(User.username)).scalars()]


def create_user(ws: Workstation, actor: Actor, username: str, display_name: str, password: str,
                roles: set[str]) -> UserView:
    with ws.unit(actor) as uow:
        uow.require(Permission.USER_MANAGE, "user", username)
        username = _check_username(username)
        role_set = _check_roles(roles)
        _check_password(password, username)
        if uow.session.execute(select(User.id).where(User.username == username)).scalar():
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "User {username} exists already."), username=username)
        user = User(username=username, display_name=display_name or username, roles=" ".join(sorted(role_set)),
                    password_hash=_hasher.hash(password), active=True, failed_attempts=0)
        uow.session.add(user)
        uow.session.flush()
        uow.audit("user.created", "user", username, {"roles": sorted(role_set), "display_name": display_name})
        return _view(user)


def set_roles(ws: Workstation, actor: Actor, username: str, roles: set[str]) -> UserView:
    with ws.unit(actor) as uow:
        uow.require(Permission.USER_MANAGE, "user", username)
        if username == actor.username:
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "nobody may change their own roles"))
        user = _get(uow, username)
        role_set = _check_roles(roles)
        before = sorted(user.role_set)
        user.roles = " ".join(sorted(role_set))
        uow.audit("user.roles_changed", "user", username, {"before": before, "after": sorted(role_set)})
        return _view(user)


def reset_password(ws: Workstation, actor: Actor, username: str, password: str) -> None:
    """A temporary password, which only lets its owner set a new one: the security administrator who knows it
    cannot use it to act as that user (三员分立). The reset is audited with the account's roles for the auditor."""
    with ws.unit(actor) as uow:
        uow.require(Permission.USER_MANAGE, "user", username)
        _check_password(password, username)
        user = _get(uow, username)
        user.password_hash = _hasher.hash(password)
        user.failed_attempts = 0
        user.locked_until = None
        user.must_change_password = True
        user.password_reset_at = clock.now()
        user.password_reset_by = actor.username
        uow.audit("user.password_reset", "user", username,
                  {"roles": sorted(user.role_set), "must_change_password": True})


def unlock(ws: Workstation, actor: Actor, username: str) -> None:
    with ws.unit(actor) as uow:
        uow.require(Permission.USER_MANAGE, "user", username)
        user = _get(uow, username)
        user.locked_until = None
        user.failed_attempts = 0
        uow.audit("user.unlocked", "user", username)


def set_active(ws: Workstation, actor: Actor, username: str, active: bool) -> None:
    """Accounts are disabled, never deleted: the audit trail keeps naming them."""
    with ws.unit(actor) as uow:
        uow.require(Permission.USER_MANAGE, "user", username)
        if username == actor.username and not active:
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "you cannot disable your own account"))
        user = _get(uow, username)
        user.active = active
        uow.audit("user.enabled" if active else "user.disabled", "user", username)
