"""Dossiers keep the SHA-256 of their receipt (form 01) PDF.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('dossiers') as batch:
        batch.add_column(sa.Column('receipt_sha256', sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('dossiers') as batch:
        batch.drop_column('receipt_sha256')
