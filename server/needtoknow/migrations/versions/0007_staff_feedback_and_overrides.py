"""staff feedback and overrides (issue 15; empty until that work fills it)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 14:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade():
    # staff's "This is wrong" reports on a check (issue 15b): ids and a note, never content
    op.create_table('false_alarm_reports',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('check_id', sa.String(length=36), nullable=False),
    sa.Column('reporter', sa.String(length=320), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('resolved_by', sa.String(length=320), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_false_alarm_reports'))
    )
    op.create_index(op.f('ix_false_alarm_reports_check_id'), 'false_alarm_reports', ['check_id'])
    op.create_index(op.f('ix_false_alarm_reports_created_at'), 'false_alarm_reports',
                    ['created_at'])


def downgrade():
    op.drop_index(op.f('ix_false_alarm_reports_created_at'), table_name='false_alarm_reports')
    op.drop_index(op.f('ix_false_alarm_reports_check_id'), table_name='false_alarm_reports')
    op.drop_table('false_alarm_reports')
