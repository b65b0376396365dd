"""exposures and audit chain (issue 13): audit rows get a place in one hash chain; exposure rows;
the chain-head row. Rows already there are chained in id order.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 14:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

GENESIS = "0" * 64


def upgrade():
    with op.batch_alter_table('audit_records', schema=None) as batch_op:
        batch_op.add_column(sa.Column('seq', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('row_hash', sa.String(length=64), nullable=True))
    op.create_table('audit_exposures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('check_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=320), nullable=True),
    sa.Column('trigger', sa.String(length=20), nullable=False),
    sa.Column('decision', sa.String(length=10), nullable=True),
    sa.Column('recipient', sa.String(length=320), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=True),
    sa.Column('internal', sa.Boolean(), nullable=False),
    sa.Column('client_count', sa.Integer(), nullable=False),
    sa.Column('clients', sa.JSON(), nullable=False),
    sa.Column('omitted', sa.Integer(), nullable=True),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('row_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_exposures')),
    sa.UniqueConstraint('seq', name=op.f('uq_audit_exposures_seq'))
    )
    with op.batch_alter_table('audit_exposures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_exposures_check_id'), ['check_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_exposures_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_exposures_recipient'), ['recipient'], unique=False)
    head = op.create_table('audit_chain_head',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('row_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_chain_head'))
    )
    seq, last = _chain_existing_rows()
    op.bulk_insert(head, [{"id": 1, "seq": seq, "row_hash": last}])
    with op.batch_alter_table('audit_records', schema=None) as batch_op:
        batch_op.alter_column('seq', existing_type=sa.BigInteger(), nullable=False)
        batch_op.alter_column('row_hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint(batch_op.f('uq_audit_records_seq'), ['seq'])


def _chain_existing_rows():
    from needtoknow.audit.chain import link
    from needtoknow.audit.models import COLUMNS, AuditRecord

    table = AuditRecord.__table__
    connection = op.get_bind()
    columns = [table.c[k] for k in COLUMNS[AuditRecord] if k not in ("seq", "row_hash")]
    seq, last = 0, GENESIS
    rows = connection.execute(sa.select(table.c.id, *columns).order_by(table.c.id)).mappings().all()
    for row in rows:
        seq += 1
        values = {**row, "seq": seq}
        last = link(last, AuditRecord, values)
        connection.execute(table.update().where(table.c.id == row["id"]).values(seq=seq, row_hash=last))
    return seq, last


def downgrade():
    op.drop_table('audit_chain_head')
    with op.batch_alter_table('audit_exposures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_exposures_recipient'))
        batch_op.drop_index(batch_op.f('ix_audit_exposures_created_at'))
        batch_op.drop_index(batch_op.f('ix_audit_exposures_check_id'))
    op.drop_table('audit_exposures')
    with op.batch_alter_table('audit_records', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_audit_records_seq'), type_='unique')
        batch_op.drop_column('row_hash')
        batch_op.drop_column('seq')
