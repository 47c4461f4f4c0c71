"""Catalogue database: SQLAlchemy models, engine set-up and Alembic migrations."""

from models import (  # noqa: F401  (one module per area; importing it registers its tables)
    archiving,
    audit,
    av,
    av_ingest,
    case_records,
    cases,
    custody,
    devices,
    people,
    retention,
    stats,
    transfer,
    users,
    vault,
)
from models.base import Base

__all__ = ["Base"]
