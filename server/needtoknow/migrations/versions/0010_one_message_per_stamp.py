"""one message per gateway stamp, enforced by a unique key (issue 12)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 17:40:00

`gateway_stamp_uses` holds the first message (a digest of its Message-ID) the gateway passed on
each stamp, keyed on the stamp's check id (gateway/stamp_uses.py). Stamps used before this table
existed are still found through the gateway's audit records (gateway/records.py).
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('gateway_stamp_uses',
    sa.Column('check_id', sa.String(length=36), nullable=False),
    sa.Column('message_digest', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('check_id', name=op.f('pk_gateway_stamp_uses'))
    )


def downgrade():
    op.drop_table('gateway_stamp_uses')
