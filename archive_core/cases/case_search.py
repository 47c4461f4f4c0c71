"""Case search by any part of the number, title, party or officer name, on the databases' trigram indexes."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, column, literal_column, or_, select, table, union

from archive_core.spine.errors import ValidationError
from models.cases import Case, CaseOfficer, CaseParty
from models.people import Officer, Party

FIELDS = ("all", "case_no", "title", "party", "officer")
# A trigram index finds substrings of three characters or more; shorter text is matched by scanning.
TRIGRAM = 3

_CASE_INDEX = table("case_search", column("rowid"))
_PARTY_INDEX = table("party_search", column("rowid"))
_OFFICER_INDEX = table("officer_search", column("rowid"))


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _phrase(text: str, columns: str) -> str:
    """An FTS5 query for the text as one literal phrase in the given columns: no operators, no wildcards."""
    return f'{{{columns}}} : "{text.replace(chr(34), chr(34) * 2)}"'


def _fts(index: Any, text: str, columns: str) -> Select[Any]:
    return select(index.c.rowid).where(literal_column(index.name).op("MATCH")(_phrase(text, columns)))


def _contains(col: Any, text: str, dialect: str) -> ColumnElement[bool]:
    # ILIKE is what PostgreSQL's trigram index serves; SQLite's LIKE already ignores ASCII case.
    if dialect == "sqlite":
        return col.like(_like_pattern(text), escape="\\")
    return col.ilike(_like_pattern(text), escape="\\")


def _case_ids(text: str, how: str, dialect: str) -> Select[Any]:
    columns = {"all": ["case_no", "title"], "case_no": ["case_no"], "title": ["title"]}[how]
    if dialect == "sqlite" and len(text) >= TRIGRAM:
        return _fts(_CASE_INDEX, text, " ".join(columns))
    return select(Case.id).where(or_(*(_contains(Case.__table__.c[c], text, dialect) for c in columns)))


def _people_ids(model: Any, index: Any, exact: Any, text: str, dialect: str) -> Select[Any]:
    """Parties or officers whose name holds the text, or whose ID or certificate number is the text."""
    by_number = select(model.id).where(exact == text)
    if dialect == "sqlite" and len(text) >= TRIGRAM:
        return select(union(_fts(index, text, "name"), by_number).subquery().c[0])
    return select(model.id).where(or_(_contains(model.name, text, dialect), exact == text))


def matching_case_ids(text: str, how: str, dialect: str) -> Select[Any]:
    """The ids of cases whose field ``how`` (or any field, for "all") holds the text anywhere."""
    if how not in FIELDS:
        raise ValidationError(reason=f"unknown search field {how!r}")
    parts: list[Select[Any]] = []
    if how in ("all", "case_no", "title"):
        parts.append(_case_ids(text, "all" if how == "all" else how, dialect))
    if how in ("all", "party"):
        parties = _people_ids(Party, _PARTY_INDEX, Party.id_number, text, dialect)
        parts.append(select(CaseParty.case_id).where(CaseParty.party_id.in_(parties)))
    if how in ("all", "officer"):
        officers = _people_ids(Officer, _OFFICER_INDEX, Officer.certificate_no, text, dialect)
        parts.append(select(CaseOfficer.case_id).where(CaseOfficer.officer_id.in_(officers)))
    return parts[0] if len(parts) == 1 else select(union(*parts).subquery().c[0])
