"""User accounts: first administrator, login with lockout, and management by the security administrator."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from archive_core.spine import clock
from archive_core.spine.auth import SYSTEM_ACTOR, Actor, Permission, Role, role_conflict
from archive_core.spine.errors import (
    QT_TRANSLATE_NOOP,
    AccountLockedError,
    AuthenticationError,
    NotFoundError,
    ValidationError,
)
from archive_core.spine.workstation import UnitOfWork, Workstation
from models.users import User

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


def _view(u: User) -> UserView:
    return UserView(u.id, u.username, u.display_name, tuple(sorted(u.role_set)), u.active, u.locked_until,
                    u.failed_attempts, u.last_login_at)


def _actor(u: User) -> Actor:
    return Actor(u.id, u.username, u.display_name, u.role_set)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD or password.isdigit() or password.isalpha():
        raise ValidationError(reason=QT_TRANSLATE_NOOP(
            "errors", "a password needs at least 8 characters with both letters and digits"))


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
        raise ValidationError(reason="a user name has 1–64 characters and no spaces")
    return username


def needs_first_admin(ws: Workstation) -> bool:
    with ws.unit(SYSTEM_ACTOR, write=False) as uow:
        return not uow.session.execute(select(func.count(User.id))).scalar()


def create_first_admin(ws: Workstation, username: str, display_name: str, password: str) -> UserView:
    """The first account is the security administrator, who then creates everyone else."""
    username = _check_username(username)
    _check_password(password)
    with ws.unit(SYSTEM_ACTOR) as uow:
        if uow.session.execute(select(func.count(User.id))).scalar():
            raise ValidationError(reason="the first administrator exists already; log in instead")
        user = User(username=username, display_name=display_name or username, roles=Role.SECURITY_ADMIN.value,
                    password_hash=_hasher.hash(password), active=True, failed_attempts=0)
        uow.session.add(user)
        uow.session.flush()
        uow.audit("user.first_admin_created", "user", username, {"roles": [Role.SECURITY_ADMIN.value]})
        return _view(user)


def login(ws: Workstation, username: str, password: str, now: datetime | None = None) -> Actor:
    """Check the password; count failures and lock the account after MAX_FAILURES. Every outcome is audited."""
    now = now or clock.now()
    error: Exception | None = None
    with ws.unit(SYSTEM_ACTOR) as uow:
        user = uow.session.execute(select(User).where(User.username == username)).scalar_one_or_none()
        if user is None or not user.active:
            uow.audit("login", "user", username, {"reason": "unknown or disabled user"}, outcome="refused")
            error = AuthenticationError(hint="")
        elif user.locked_until and user.locked_until > now:
            uow.audit("login", "user", username, {"reason": "locked"}, outcome="refused")
            error = AccountLockedError(username=username, until=clock.fmt(user.locked_until, clock.HOUR_MINUTE))
        else:
            try:
                _hasher.verify(user.password_hash, password)
            except (VerificationError, InvalidHashError):
                user.failed_attempts += 1
                details = {"reason": "wrong password", "failed_attempts": user.failed_attempts}
                uow.audit("login", "user", username, details, outcome="refused")
                if user.failed_attempts >= MAX_FAILURES:
                    user.locked_until = now + LOCKOUT
                    user.failed_attempts = 0
                    uow.audit("user.locked", "user", username, {"until": user.locked_until.isoformat()})
                    error = AccountLockedError(username=username,
                                               until=clock.fmt(user.locked_until, clock.HOUR_MINUTE))
                else:
                    error = AuthenticationError(remaining=MAX_FAILURES - user.failed_attempts)
            else:
                user.failed_attempts = 0
                user.locked_until = None
                user.last_login_at = now
                if _hasher.check_needs_rehash(user.password_hash):
                    user.password_hash = _hasher.hash(password)
                actor = uow.actor = _actor(user)
                uow.audit("login", "user", username)
    if error is not None:
        raise error
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
        _check_password(password)
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
            raise ValidationError(reason="nobody may change their own roles")
        user = _get(uow, username)
        role_set = _check_roles(roles)
        before = sorted(user.role_set)
        user.roles = " ".join(sorted(role_set))
        uow.audit("user.roles_changed", "user", username, {"before": before, "after": sorted(role_set)})
        return _view(user)


def reset_password(ws: Workstation, actor: Actor, username: str, password: str) -> None:
    with ws.unit(actor) as uow:
        uow.require(Permission.USER_MANAGE, "user", username)
        _check_password(password)
        user = _get(uow, username)
        user.password_hash = _hasher.hash(password)
        user.failed_attempts = 0
        user.locked_until = None
        uow.audit("user.password_reset", "user", username)


def change_own_password(ws: Workstation, actor: Actor, old: str, new: str) -> None:
    login(ws, actor.username, old)
    _check_password(new)
    with ws.unit(actor) as uow:
        user = _get(uow, actor.username)
        user.password_hash = _hasher.hash(new)
        uow.audit("user.password_changed", "user", actor.username)


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
            raise ValidationError(reason="you cannot disable your own account")
        user = _get(uow, username)
        user.active = active
        uow.audit("user.enabled" if active else "user.disabled", "user", username)
