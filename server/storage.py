"""Uploaded files on disk under ``<data_dir>/files/``, named by their SHA-256, never by user input.
(The PDF check that runs before anything is stored is :mod:`server.pdf_check`.)"""
from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from kiosk_app.privacy import ensure_private_dir


@dataclass(frozen=True)
class StoredFile:
    """A file kept in the store."""

    sha256: str
    size_bytes: int


class FileStore:
    """Content-addressed file store: the same bytes are stored once."""

    def __init__(self, root: Path) -> None:
        self.root = root
        ensure_private_dir(self.root)

    def path_for(self, sha256: str) -> Path:
        """Where the file with this hash lives (two-level fan-out)."""
        if not re.fullmatch(r"[0-9a-f]{64}", sha256):
            raise ValueError("not a SHA-256 hex digest")
        return self.root / sha256[:2] / sha256

    def put(self, data: bytes) -> StoredFile:
        """Store ``data`` atomically (write to a temporary file, fsync, rename) and return its hash."""
        digest = hashlib.sha256(data).hexdigest()
        target = self.path_for(digest)
        if not target.exists():
            target.parent.mkdir(mode=0o700, exist_ok=True)  # mkstemp makes the file 0600
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".upload-")
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.replace(tmp, target)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        return StoredFile(digest, len(data))

    def read(self, sha256: str) -> bytes:
        """The bytes of a stored file."""
        return self.path_for(sha256).read_bytes()
