"""People's names by login, for the views that say who did what (the login stays for a tooltip)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.users import User


def names_of(session: Session, logins: Iterable[str | None]) -> dict[str, str]:
    """Display names of these logins; a login without a user (system, a removed account) names itself."""
    wanted = {login for login in logins if login}
    if not wanted:
        return {}
    found = dict(session.execute(select(User.username, User.display_name).where(User.username.in_(wanted))).all())
    return {login: found.get(login) or login for login in wanted}
