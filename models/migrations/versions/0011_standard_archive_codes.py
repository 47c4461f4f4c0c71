"""archive codes by DA/T 22: the category code (门类代码) in the scheme and on volumes, retention codes D30/D10

Revision ID: 0011_standard_archive_codes
Revises: 0005_archiving

Codes already issued are part of the record and stay as they are (an old Y30/Y10 reads as D30/D10). The counters
move to the standard codes, so the item numbers of a year continue instead of starting again; a scheme still on
the old default format takes the standard one.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_standard_archive_codes"
down_revision: str | Sequence[str] | None = "0005_archiving"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_FORMAT = "{fonds}-{year}-{retention}-{seq:04d}"
NEW_FORMAT = "{fonds}-{category}-{year}-{retention}-{seq:04d}"
LEGACY = {"Y30": "D30", "Y10": "D10"}


def upgrade() -> None:
    with op.batch_alter_table("archive_code_scheme", schema=None) as batch_op:
        batch_op.add_column(sa.Column("default_category", sa.String(length=16), nullable=False,
                                      server_default="WS"))
    with op.batch_alter_table("archive_volumes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("category", sa.String(length=16), nullable=False, server_default=""))
    conn = op.get_bind()
    conn.execute(sa.text("UPDATE archive_code_scheme SET code_format = :new WHERE code_format = :old"),
                 {"new": NEW_FORMAT, "old": OLD_FORMAT})
    counters = sa.table("archive_code_counters", sa.column("fonds", sa.String), sa.column("year", sa.Integer),
                        sa.column("retention", sa.String), sa.column("last_seq", sa.Integer))
    for old, new in LEGACY.items():
        conn.execute(sa.text("UPDATE archive_code_scheme SET default_retention = :new WHERE default_retention = :old"),
                     {"new": new, "old": old})
        rows = conn.execute(sa.select(counters.c.fonds, counters.c.year, counters.c.last_seq)
                            .where(counters.c.retention == old)).all()
        for fonds, year, last_seq in rows:
            key = (counters.c.fonds == fonds) & (counters.c.year == year)
            have = conn.execute(sa.select(counters.c.last_seq).where(key, counters.c.retention == new)).scalar()
            if have is None:
                conn.execute(counters.update().where(key, counters.c.retention == old).values(retention=new))
            else:
                conn.execute(counters.update().where(key, counters.c.retention == new)
                             .values(last_seq=max(have, last_seq)))
                conn.execute(counters.delete().where(key, counters.c.retention == old))


def downgrade() -> None:
    with op.batch_alter_table("archive_volumes", schema=None) as batch_op:
        batch_op.drop_column("category")
    with op.batch_alter_table("archive_code_scheme", schema=None) as batch_op:
        batch_op.drop_column("default_category")
