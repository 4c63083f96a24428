"""Credentials: kiosk tokens (random, stored as SHA-256), staff passwords (argon2), console sessions.

Kiosk tokens are 256-bit random strings, so a fast hash is enough and lets a request find its kiosk
by one indexed look-up; staff passwords are chosen by people and get argon2.
"""
from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import secrets
from concurrent.futures import ThreadPoolExecutor

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
"""Argon2id with OWASP's first recommended setting (19 MiB, 2 passes, 1 lane) instead of argon2-cffi's
default 64 MiB: with two hashes at once a login burst costs the server under 40 MiB. Hashes stored
with other parameters still verify (the parameters are part of the hash)."""
_hashing = ThreadPoolExecutor(max_workers=2, thread_name_prefix="argon2")
"""Argon2 runs on these two threads only. At most two computations at once, so a burst of logins waits
instead of starving every other request of CPU; and only two threads ever hold argon2's memory
(glibc keeps a freed block in the arena of the thread that used it: spread over the request
threadpool, 18 parallel logins kept 154 MB)."""


def new_token() -> str:
    """A fresh random token (kiosk, console session)."""
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    """The stored form of a token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def hash_password(password: str) -> str:
    """The argon2 hash of a staff password."""
    return _hashing.submit(_hasher.hash, password).result()


@functools.cache
def _dummy_hash() -> str:
    """An argon2 hash of a random password nobody knows, with the same parameters as real ones."""
    return _hashing.submit(_hasher.hash, secrets.token_urlsafe(32)).result()


def verify_password(password_hash: str | None, password: str) -> bool:
    """Whether ``password`` matches; never raises on a wrong or malformed hash.

    Without a hash (unknown user) the password is checked against a dummy hash all the same, so an
    unknown user name costs the same argon2 work as a known one and the answer time tells nothing.
    """
    try:
        matched = _hashing.submit(_hasher.verify, password_hash or _dummy_hash(), password).result()
    except (VerificationError, InvalidHashError):
        return False
    return matched and password_hash is not None


def tracking_token(secret: bytes, dossier_code: str) -> str:
    """The receipt's tracking token: an HMAC of the code, so a retried submission gets the same one."""
    digest = hmac.new(secret, dossier_code.encode("utf-8"), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest[:15]).decode("ascii")


def tokens_equal(a: str, b: str) -> bool:
    """Constant-time comparison."""
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))
