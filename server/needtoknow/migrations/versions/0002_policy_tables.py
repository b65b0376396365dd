"""policy tables: recipient groups, group rules, admin settings

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 09:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('recipient_groups',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('description', sa.String(length=500), nullable=False),
    sa.Column('roles', sa.JSON(), nullable=False),
    sa.Column('domains', sa.JSON(), nullable=False),
    sa.Column('addresses', sa.JSON(), nullable=False),
    sa.Column('lists', sa.JSON(), nullable=False),
    sa.Column('network', sa.String(length=12), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recipient_groups')),
    sa.UniqueConstraint('name', name=op.f('uq_recipient_groups_name'))
    )
    op.create_table('policy_settings',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_policy_settings'))
    )
    op.create_table('group_rules',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('rule', sa.String(length=40), nullable=False),
    sa.Column('severity', sa.String(length=10), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['recipient_groups.id'], name=op.f('fk_group_rules_group_id_recipient_groups'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_group_rules')),
    sa.UniqueConstraint('group_id', 'rule', name='uq_group_rules_group_rule')
    )
    with op.batch_alter_table('group_rules', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_group_rules_group_id'), ['group_id'], unique=False)


def downgrade():
    with op.batch_alter_table('group_rules', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_group_rules_group_id'))

    op.drop_table('group_rules')
    op.drop_table('policy_settings')
    op.drop_table('recipient_groups')
