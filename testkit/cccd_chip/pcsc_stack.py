"""A running ``pcscd`` with the vpcd virtual reader, for tests and the benchmark.

If a pcscd already answers (started by scripts/ci-services.sh, the set-up, or the system), it is used as is.
Otherwise :func:`ensure_pcscd` starts one in the foreground with its own reader.conf.d holding only the vpcd
reader, and :func:`stop_pcscd` stops that one (and only that one). One vpcd port means one card at a time:
users take :func:`reader_lock` (an flock, so parallel test workers take turns).
"""
from __future__ import annotations

import contextlib
import fcntl
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
READER_NAME = "Virtual PCD"
LOCK_PATH = Path(tempfile.gettempdir()) / "kiosk-vpcd-reader.lock"

_started: subprocess.Popen[bytes] | None = None
_config_dir: Path | None = None


class PcscStackMissing(RuntimeError):
    """pcscd or the vpcd driver is not installed (apt: pcscd vsmartcard-vpcd)."""


def virtual_readers() -> list[str] | None:
    """Names of the vpcd readers pcscd offers; None when no pcscd answers."""
    from smartcard.Exceptions import SmartcardException
    from smartcard.pcsc.PCSCExceptions import BaseSCardException
    from smartcard.System import readers

    try:
        return [str(r) for r in readers() if READER_NAME in str(r)]
    except (BaseSCardException, SmartcardException):
        return None


def ensure_pcscd(timeout_s: float = 15.0) -> None:
    """Make sure a pcscd with the vpcd reader answers; start one if none does."""
    global _started, _config_dir
    found = virtual_readers()
    if found:
        return
    if found is not None:
        raise PcscStackMissing("pcscd runs but offers no vpcd reader (install vsmartcard-vpcd and restart pcscd)")
    binary = shutil.which("pcscd") or "/usr/sbin/pcscd"
    if not Path(binary).exists() or not VPCD_DRIVER.exists():
        raise PcscStackMissing("pcscd and vsmartcard-vpcd are not installed")
    _config_dir = Path(tempfile.mkdtemp(prefix="kiosk-pcscd-"))
    (_config_dir / "vpcd").write_text(
        f'FRIENDLYNAME "{READER_NAME}"\nDEVICENAME   /dev/null:0x8C7B\nLIBPATH      {VPCD_DRIVER}\nCHANNELID    0x8C7B\n')
    _started = subprocess.Popen([binary, "--foreground", "--config", str(_config_dir)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if virtual_readers():
            return
        if _started.poll() is not None:
            break
        time.sleep(0.1)
    stop_pcscd()
    raise PcscStackMissing("pcscd did not start with the vpcd reader")


def stop_pcscd() -> None:
    """Stop the pcscd this process started (never another one)."""
    global _started, _config_dir
    if _started is not None:
        _started.terminate()
        try:
            _started.wait(timeout=10)
        except subprocess.TimeoutExpired:
            _started.kill()
            _started.wait(timeout=5)
        _started = None
    if _config_dir is not None:
        shutil.rmtree(_config_dir, ignore_errors=True)
        _config_dir = None


@contextlib.contextmanager
def reader_lock() -> Iterator[None]:
    """Exclusive use of the one vpcd reader across processes."""
    with open(LOCK_PATH, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def wait_for_card(reader_name: str, present: bool = True, timeout_s: float = 10.0, settle_s: float = 0.0) -> None:
    """Block until pcscd reports a card present (or absent) on the reader and no further event for ``settle_s``.

    After a card is pulled in the middle of a transmission, pcscd's vpcd slot goes through a second event a few
    hundred milliseconds later; a card put back before that is not noticed (a person cannot be that quick),
    so removals wait for the reader to settle.
    """
    from smartcard.scard import (
        SCARD_S_SUCCESS,
        SCARD_SCOPE_USER,
        SCARD_STATE_PRESENT,
        SCARD_STATE_UNAWARE,
        SCardEstablishContext,
        SCardGetStatusChange,
        SCardListReaders,
        SCardReleaseContext,
    )

    result, context = SCardEstablishContext(SCARD_SCOPE_USER)
    if result != SCARD_S_SUCCESS:
        raise PcscStackMissing("no pcscd")
    try:
        _result, names = SCardListReaders(context, [])
        name = next(n for n in names if reader_name in n)
        state = SCARD_STATE_UNAWARE
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            result, states = SCardGetStatusChange(context, 100, [(name, state)])
            if result == SCARD_S_SUCCESS:
                state = states[0][1] & ~0x2  # without SCARD_STATE_CHANGED
            if bool(state & SCARD_STATE_PRESENT) is present:
                if not settle_s:
                    return
                result, states = SCardGetStatusChange(context, int(settle_s * 1000), [(name, state)])
                if result != SCARD_S_SUCCESS:  # no event while settling
                    return
                state = states[0][1] & ~0x2
        raise TimeoutError(f"pcscd never reported the card {'present' if present else 'absent'}")
    finally:
        SCardReleaseContext(context)
