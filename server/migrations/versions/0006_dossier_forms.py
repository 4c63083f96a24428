"""Issued forms (issue 14): the submission confirmation and forms 01-04 with their PDFs; the dossier's acceptance
moment (the legal clock starts there) and an apology's new return date.

Revision ID: 0006_forms
Revises: 0005
Create Date: 2026-12-03
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006_forms'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('accepted_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('rescheduled_to', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('rescheduled_paused_days', sa.Integer(), nullable=False, server_default='0'))
    op.create_table(
        'dossier_forms',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('dossier_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('number', sa.String(length=40), nullable=False),
        sa.Column('issued_at', sa.DateTime(), nullable=False),
        sa.Column('issued_by', sa.Text(), nullable=True),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('content', sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('dossier_forms', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dossier_forms_dossier_id'), ['dossier_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('dossier_forms', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dossier_forms_dossier_id'))
    op.drop_table('dossier_forms')
    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        batch_op.drop_column('rescheduled_paused_days')
        batch_op.drop_column('rescheduled_to')
        batch_op.drop_column('accepted_at')
