"""Catalogue database: SQLAlchemy models, engine set-up and Alembic migrations."""

from models import (  # noqa: F401  (one module per area; importing it registers its tables)
    archiving,
    audit,
    case_records,
    cases,
    devices,
    media,
    media_ingest,
    people,
    retention,
    stats,
    users,
    vault,
)
from models.base import Base

__all__ = ["Base"]
