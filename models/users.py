"""User accounts, roles and login-failure state (Art. 25)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, false
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(128))
    # Space-separated role names; the set is small and always read whole.
    roles: Mapped[str] = mapped_column(String(256))
    password_hash: Mapped[str] = mapped_column(String(256))
    active: Mapped[bool] = mapped_column(default=True)
    failed_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_login_at: Mapped[datetime | None]
    # Set when the security administrator resets the password: only its owner may then choose the next one, so a
    # reset cannot let the administrator sign in as someone else (separation of duties).
    must_change_password: Mapped[bool] = mapped_column(default=False, server_default=false())
    password_reset_at: Mapped[datetime | None]
    password_reset_by: Mapped[str] = mapped_column(String(64), default="", server_default="")

    @property
    def role_set(self) -> frozenset[str]:
        return frozenset(self.roles.split())
