"""Archive codes (档号, DA/T 13 and DA/T 22): the agency's format, the retention-period codes and gap-free item
numbers per fonds, year and retention period."""

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

# DA/T 22-2015: 全宗号-门类代码-年度-保管期限-件号, levels joined by "-", numbers of four digits.
DEFAULT_FORMAT = "{fonds}-{category}-{year}-{retention}-{seq:04d}"
# The default before the standard one: codes issued with it stay as they are.
LEGACY_FORMAT = "{fonds}-{year}-{retention}-{seq:04d}"
DEFAULT_FONDS = "0001"
# 门类代码 of 文书档案 (DA/T 22-2015): a case file is filed as documents of the agency, item by item.
DEFAULT_CATEGORY = "WS"
# "" = the period of the retention schedule (archive_core/retention/schedule.py) for the case.
DEFAULT_RETENTION = ""
FIELDS = frozenset({"fonds", "category", "year", "retention", "seq"})
PERMANENT = "Y"
# Retention-period codes (保管期限, DA/T 22-2015): Y permanent, D30 and D10 fixed periods in years.
RETENTION_LABELS = {
    "Y": QT_TRANSLATE_NOOP("archiving", "Permanent"),
    "D30": QT_TRANSLATE_NOOP("archiving", "30 years"),
    "D10": QT_TRANSLATE_NOOP("archiving", "10 years"),
}
# Codes issued before the standard ones: read as these, never rewritten in the archive codes that carry them.
LEGACY_RETENTION = {"Y30": "D30", "Y10": "D10"}
_RETENTION = re.compile(r"^(Y|D[1-9][0-9]{0,2})$")
_TOKEN = re.compile(r"^[A-Za-z0-9]{1,16}$")


@dataclass(frozen=True)
class Scheme:
    code_format: str
    default_fonds: str
    default_retention: str
    agency_name: str
    default_category: str = DEFAULT_CATEGORY


@dataclass(frozen=True)
class ArchiveCode:
    code: str
    fonds: str
    year: int
    retention: str
    seq: int
    category: str = ""


def standard_retention(code: str) -> str:
    """The standard code of a retention period: an old Y30 or Y10 reads as D30 or D10."""
    return LEGACY_RETENTION.get(code, code)


def retention_years(code: str) -> int | None:
    """Years of a retention code; None for permanent."""
    code = standard_retention(code)
    return None if code == PERMANENT else int(code[1:])


def retention_zh(code: str) -> str:
    """保管期限 as DA/T 22 writes it: 永久, 定期30年, 定期10年."""
    code = standard_retention(code)
    if not _RETENTION.match(code):
        return code
    return "永久" if code == PERMANENT else f"定期{code[1:]}年"


def check_retention(value: str) -> str:
    """A standard retention code; an old one given today is issued as its standard code."""
    code = standard_retention(value.strip().upper())
    if not _RETENTION.match(code):
        raise ValidationError(reason=QT_TRANSLATE_NOOP(
            "errors", "the retention code must be Y (permanent) or D and the years, e.g. D30 or D10 (DA/T 22)"))
    return code


def check_format(code_format: str) -> str:
    """The format must name the item number and only the known fields, and give an ASCII code."""
    try:
        names = {f for _, f, _, _ in string.Formatter().parse(code_format) if f is not None}
        sample = code_format.format(fonds="0001", category=DEFAULT_CATEGORY, year=2024, retention="D30", seq=1)
    except (ValueError, KeyError, IndexError) as exc:
        raise ValidationError(reason=f"archive code format {code_format!r}: {exc}") from None
    if "seq" not in names or not names <= FIELDS:
        raise ValidationError(reason=QT_TRANSLATE_NOOP(
            "errors", "the archive code format must contain {seq} and may use only {fonds}, {category}, {year}, "
                      "{retention}"))
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
        return Scheme(DEFAULT_FORMAT, DEFAULT_FONDS, DEFAULT_RETENTION, "", DEFAULT_CATEGORY)
    return Scheme(row.code_format, row.default_fonds, row.default_retention, row.agency_name,
                  row.default_category)


def get_scheme(ws: Workstation, actor: Actor) -> Scheme:
    with ws.unit(actor, write=False) as uow:
        return scheme_of(uow.session)


def configure(ws: Workstation, actor: Actor, *, code_format: str | None = None, default_fonds: str | None = None,
              default_retention: str | None = None, agency_name: str | None = None,
              default_category: str | None = None) -> Scheme:
    """Change the agency's archive-code settings (system administrator); default_retention "" follows the retention
    schedule."""
    with ws.unit(actor) as uow:
        uow.require(Permission.SETTINGS_MANAGE, "archive_code_scheme", 1)
        old = scheme_of(uow.session)
        new = Scheme(
            check_format(code_format) if code_format is not None else old.code_format,
            check_token(default_fonds, "fonds") if default_fonds is not None else old.default_fonds,
            (check_retention(default_retention) if default_retention.strip() else "")
            if default_retention is not None else old.default_retention,
            agency_name.strip() if agency_name is not None else old.agency_name,
            check_token(default_category, "category") if default_category is not None else old.default_category,
        )
        row = uow.session.get(ArchiveCodeScheme, 1)
        if row is None:
            row = ArchiveCodeScheme(id=1)
            uow.session.add(row)
        row.code_format, row.default_fonds = new.code_format, new.default_fonds
        row.default_retention, row.agency_name = new.default_retention, new.agency_name
        row.default_category = new.default_category
        row.updated_at, row.updated_by = clock.now(), actor.username
        uow.audit("archive_codes.configure", "archive_code_scheme", 1, {"before": old.__dict__, "after": new.__dict__})
        return new


def allocate(uow: UnitOfWork, fonds: str, year: int, retention: str, category: str | None = None) -> ArchiveCode:
    """The next item number, inside the caller's transaction: the counter row stays locked until it commits, so
    concurrent workstations wait for each other; a rollback returns the number (no gaps, no duplicates). Numbers
    run per fonds, year and standard retention code, so new D30 codes continue the count of the old Y30 ones."""
    session = uow.session
    fonds, retention = check_token(fonds, "fonds"), check_retention(retention)
    scheme = scheme_of(session)
    category = check_token(category if category is not None else scheme.default_category, "category")
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
    code = scheme.code_format.format(fonds=fonds, category=category, year=year, retention=retention, seq=seq)
    return ArchiveCode(code, fonds, year, retention, seq, category)
