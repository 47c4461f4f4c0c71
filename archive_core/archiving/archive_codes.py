"""Archive codes (档号): the agency's format and gap-free item numbers per fonds, year and retention period."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from archive_core.spine import clock
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, ValidationError
from archive_core.spine.workstation import UnitOfWork, Workstation
from models.archiving import ArchiveCodeCounter, ArchiveCodeScheme

DEFAULT_FORMAT = "{fonds}-{year}-{retention}-{seq:04d}"
DEFAULT_FONDS = "0001"
DEFAULT_RETENTION = "Y30"
FIELDS = frozenset({"fonds", "year", "retention", "seq"})
# Retention-period codes (保管期限): permanent, or a number of years.
RETENTION_LABELS = {
    "Y": QT_TRANSLATE_NOOP("archiving", "Permanent"),
    "Y30": QT_TRANSLATE_NOOP("archiving", "30 years"),
    "Y10": QT_TRANSLATE_NOOP("archiving", "10 years"),
    "D30": QT_TRANSLATE_NOOP("archiving", "30 years"),
    "D10": QT_TRANSLATE_NOOP("archiving", "10 years"),
}
_TOKEN = re.compile(r"^[A-Za-z0-9]{1,16}$")


@dataclass(frozen=True)
class Scheme:
    code_format: str
    default_fonds: str
    default_retention: str
    agency_name: str


@dataclass(frozen=True)
class ArchiveCode:
    code: str
    fonds: str
    year: int
    retention: str
    seq: int


def check_format(code_format: str) -> str:
    """The format must name the item number and only the known fields, and give an ASCII code."""
    try:
        names = {f for _, f, _, _ in string.Formatter().parse(code_format) if f is not None}
        sample = code_format.format(fonds="0001", year=2024, retention="Y30", seq=1)
    except (ValueError, KeyError, IndexError) as exc:
        raise ValidationError(reason=f"archive code format {code_format!r}: {exc}") from None
    if "seq" not in names or not names <= FIELDS:
        raise ValidationError(reason=QT_TRANSLATE_NOOP(
            "errors", "the archive code format must contain {seq} and may use only {fonds}, {year}, {retention}"))
    if not sample.isascii() or len(sample) > 64:
        raise ValidationError(reason=QT_TRANSLATE_NOOP(
            "errors", "the archive code format must give a short code of ASCII letters, digits and dashes"))
    return code_format


def check_token(value: str, what: str) -> str:
    value = value.strip()
    if not _TOKEN.match(value):
        raise ValidationError(reason=f"{what} {value!r}: use 1–16 letters or digits")
    return value


def scheme_of(session: Session) -> Scheme:
    row = session.get(ArchiveCodeScheme, 1)
    if row is None:
        return Scheme(DEFAULT_FORMAT, DEFAULT_FONDS, DEFAULT_RETENTION, "")
    return Scheme(row.code_format, row.default_fonds, row.default_retention, row.agency_name)


def get_scheme(ws: Workstation, actor: Actor) -> Scheme:
    with ws.unit(actor, write=False) as uow:
        return scheme_of(uow.session)


def configure(ws: Workstation, actor: Actor, *, code_format: str | None = None, default_fonds: str | None = None,
              default_retention: str | None = None, agency_name: str | None = None) -> Scheme:
    """Change the agency's archive-code settings (system administrator)."""
    with ws.unit(actor) as uow:
        uow.require(Permission.SETTINGS_MANAGE, "archive_code_scheme", 1)
        old = scheme_of(uow.session)
        new = Scheme(
            check_format(code_format) if code_format is not None else old.code_format,
            check_token(default_fonds, "fonds") if default_fonds is not None else old.default_fonds,
            check_token(default_retention, "retention") if default_retention is not None else old.default_retention,
            agency_name.strip() if agency_name is not None else old.agency_name,
        )
        row = uow.session.get(ArchiveCodeScheme, 1)
        if row is None:
            row = ArchiveCodeScheme(id=1)
            uow.session.add(row)
        row.code_format, row.default_fonds = new.code_format, new.default_fonds
        row.default_retention, row.agency_name = new.default_retention, new.agency_name
        row.updated_at, row.updated_by = clock.now(), actor.username
        uow.audit("archive_codes.configure", "archive_code_scheme", 1, {"before": old.__dict__, "after": new.__dict__})
        return new


def allocate(uow: UnitOfWork, fonds: str, year: int, retention: str) -> ArchiveCode:
    """The next item number, inside the caller's transaction: the counter row stays locked until it commits, so
    concurrent workstations wait for each other; a rollback returns the number (no gaps, no duplicates)."""
    session = uow.session
    fonds, retention = check_token(fonds, "fonds"), check_token(retention, "retention")
    key = {"fonds": fonds, "year": year, "retention": retention, "last_seq": 0}
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(postgresql.insert(ArchiveCodeCounter).values(**key).on_conflict_do_nothing())
    elif dialect == "sqlite":
        session.execute(sqlite.insert(ArchiveCodeCounter).values(**key).on_conflict_do_nothing())
    elif session.get(ArchiveCodeCounter, (fonds, year, retention)) is None:
        session.add(ArchiveCodeCounter(**key))
        session.flush()
    counter = session.execute(
        select(ArchiveCodeCounter)
        .where(ArchiveCodeCounter.fonds == fonds, ArchiveCodeCounter.year == year,
               ArchiveCodeCounter.retention == retention)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).scalar_one()
    counter.last_seq += 1
    session.flush()
    seq = counter.last_seq
    code = scheme_of(session).code_format.format(fonds=fonds, year=year, retention=retention, seq=seq)
    return ArchiveCode(code, fonds, year, retention, seq)
