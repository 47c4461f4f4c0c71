"""Catalogue database: SQLAlchemy models, engine set-up and Alembic migrations."""

# One import per area registers its tables on Base.metadata.
import models.audit  # noqa: F401
import models.case_records  # noqa: F401
import models.cases  # noqa: F401
import models.devices  # noqa: F401
import models.people  # noqa: F401
import models.users  # noqa: F401
import models.vault  # noqa: F401
from models.base import Base

__all__ = ["Base"]
