"""Database engine and sessions: SQLite (WAL, immediate write transactions) or PostgreSQL.

SQLite serialises writers; a write transaction that starts with a read and later upgrades to a write
lock fails at once with "database is locked" when another writer got there first. Write sessions
therefore begin with ``BEGIN IMMEDIATE`` (they wait on the busy timeout instead), read sessions with a
plain deferred ``BEGIN`` so look-ups run in parallel under WAL.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from kiosk_app.privacy import ensure_private_file


def make_engine(url: str, echo: bool = False) -> Engine:
    """Create the engine for ``url`` with the right pragmas and pool for its dialect.

    Bound parameters (names, ID numbers, addresses) never appear in logs or error messages
    (``hide_parameters``). ``echo`` turns the ``sqlalchemy.engine`` logger up to INFO instead of giving
    it SQLAlchemy's own console handler, so statements go through the server's masked handlers. A
    SQLite database file is created 0600 before SQLite opens it; SQLite gives its -wal and -shm files
    the same mode.
    """
    if echo:
        logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)
    if url.startswith("sqlite"):
        database = make_url(url).database
        if database and database != ":memory:" and not database.startswith("file:"):
            ensure_private_file(Path(database))
        engine = create_engine(url, hide_parameters=True, connect_args={"check_same_thread": False, "timeout": 60},
                               pool_size=20, max_overflow=40)

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
            dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=60000")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _on_begin(connection: Connection) -> None:
            immediate = connection.get_execution_options().get("sqlite_immediate", False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return create_engine(url, hide_parameters=True, pool_size=10, max_overflow=40, pool_pre_ping=True)


class Database:
    """Owns the engine and hands out read and write sessions."""

    def __init__(self, url: str, echo: bool = False) -> None:
        self.url = url
        self.engine = make_engine(url, echo)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        write_bind = self.engine.execution_options(sqlite_immediate=True) if self.is_sqlite else self.engine
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(write_bind, expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for look-ups; closed (its transaction rolled back) at the end.

        Closing detaches the loaded objects without expiring them, so they stay readable afterwards.
        """
        with self._read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose work is committed at the end, or rolled back on an exception."""
        with self._write() as session, session.begin():
            yield session

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()
