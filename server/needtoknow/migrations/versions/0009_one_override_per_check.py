"""one override per check, enforced by a unique key (issue 15)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 18:20:00

`check_overrides` holds one row per overridden check, keyed on the check id. Existing overrides
fill it: for a check overridden more than once before this key existed (the check-then-insert
race), the first override's time is kept. Those extra override records stay in the audit log
untouched — it is append-only and hash-chained, and they did happen.
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('check_overrides',
    sa.Column('check_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('check_id', name=op.f('pk_check_overrides'))
    )
    op.execute("INSERT INTO check_overrides (check_id, created_at) "
               "SELECT check_id, MIN(created_at) FROM audit_records "
               "WHERE kind = 'override' AND check_id IS NOT NULL GROUP BY check_id")


def downgrade():
    op.drop_table('check_overrides')
