"""directory and audit tables

Revision ID: 0001
Revises: 
Create Date: 2026-11-26 06:12:38.543695
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('audit_records',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('check_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=320), nullable=True),
    sa.Column('decision', sa.String(length=10), nullable=True),
    sa.Column('rules', sa.JSON(), nullable=False),
    sa.Column('recipients', sa.JSON(), nullable=False),
    sa.Column('counts', sa.JSON(), nullable=False),
    sa.Column('attachments', sa.JSON(), nullable=False),
    sa.Column('elapsed_ms', sa.Float(), nullable=True),
    sa.Column('justification', sa.Text(), nullable=True),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_records'))
    )
    with op.batch_alter_table('audit_records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_records_actor'), ['actor'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_records_check_id'), ['check_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_records_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_records_decision'), ['decision'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_records_kind'), ['kind'], unique=False)

    op.create_table('people',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('address', sa.String(length=300), nullable=True),
    sa.Column('postcode', sa.String(length=10), nullable=True),
    sa.Column('nhs_number', sa.String(length=12), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people'))
    )
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_people_email'), ['email'], unique=False)
        batch_op.create_index(batch_op.f('ix_people_kind'), ['kind'], unique=False)

    op.create_table('revisions',
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_revisions'))
    )
    op.create_table('relationships',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('person_id', sa.String(length=64), nullable=False),
    sa.Column('client_id', sa.String(length=64), nullable=False),
    sa.Column('relationship', sa.String(length=40), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['people.id'], name=op.f('fk_relationships_client_id_people'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_relationships_person_id_people'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_relationships'))
    )
    with op.batch_alter_table('relationships', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_relationships_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_relationships_person_id'), ['person_id'], unique=False)



def downgrade():
    with op.batch_alter_table('relationships', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_relationships_person_id'))
        batch_op.drop_index(batch_op.f('ix_relationships_client_id'))

    op.drop_table('relationships')
    op.drop_table('revisions')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_people_kind'))
        batch_op.drop_index(batch_op.f('ix_people_email'))

    op.drop_table('people')
    with op.batch_alter_table('audit_records', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_records_kind'))
        batch_op.drop_index(batch_op.f('ix_audit_records_decision'))
        batch_op.drop_index(batch_op.f('ix_audit_records_created_at'))
        batch_op.drop_index(batch_op.f('ix_audit_records_check_id'))
        batch_op.drop_index(batch_op.f('ix_audit_records_actor'))

    op.drop_table('audit_records')
