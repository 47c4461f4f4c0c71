"""Catalogue database: SQLAlchemy models, engine set-up and Alembic migrations."""

import models.devices  # noqa: F401
from models import audit, people, users, vault  # noqa: F401  (register tables on Base.metadata)
from models.base import Base

__all__ = ["Base"]
