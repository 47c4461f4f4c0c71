"""Catalogue database: SQLAlchemy models, engine set-up and Alembic migrations."""

from models import audit, case_records, cases, people, users, vault  # noqa: F401  (register tables on Base.metadata)
from models.base import Base

__all__ = ["Base"]
