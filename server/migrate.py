"""Runs the Alembic migrations programmatically when the server starts (no alembic.ini needed)."""
from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine

log = logging.getLogger("server.migrate")
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(url: str | None = None) -> Config:
    """An Alembic configuration pointing at ``server/migrations``."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        config.set_main_option("sqlalchemy.url", url)
    return config


def upgrade_to_head(engine: Engine) -> None:
    """Bring the schema to the newest revision; safe to call on every start."""
    config = alembic_config()
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            # Two servers starting at once on one database must not both create the tables.
            connection.exec_driver_sql("SELECT pg_advisory_xact_lock(81004271)")
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    log.info("database schema is up to date")
