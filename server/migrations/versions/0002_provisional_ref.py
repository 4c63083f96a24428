"""Dossiers remember the provisional reference an offline kiosk printed.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('dossiers') as batch:
        batch.add_column(sa.Column('provisional_ref', sa.String(length=40), nullable=True))
        batch.create_unique_constraint('uq_dossiers_provisional_ref', ['provisional_ref'])


def downgrade() -> None:
    with op.batch_alter_table('dossiers') as batch:
        batch.drop_constraint('uq_dossiers_provisional_ref', type_='unique')
        batch.drop_column('provisional_ref')
