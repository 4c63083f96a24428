"""Dossiers keep the citizen's consent on record (issue 14): text version (SHA-256), language, time, kiosk.

Revision ID: 0007
Revises: 0006_forms
Create Date: 2026-12-03
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006_forms'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('consent_version', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('consent_language', sa.String(length=2), nullable=True))
        batch_op.add_column(sa.Column('consent_given_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('consent_kiosk_id', sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        batch_op.drop_column('consent_kiosk_id')
        batch_op.drop_column('consent_given_at')
        batch_op.drop_column('consent_language')
        batch_op.drop_column('consent_version')
