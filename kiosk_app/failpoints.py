"""Named crash points for the crash-recovery tests: ``KIOSK_FAILPOINT=name`` kills the process there.

Production never sets the variable; the check is one dictionary lookup. The tests start a kiosk
process with it set and check that a restart neither loses nor duplicates the submission.
"""
from __future__ import annotations

import os
import signal


def failpoint(name: str) -> None:
    """SIGKILL this process if ``$KIOSK_FAILPOINT`` names this point (no cleanup, like a power cut)."""
    if os.environ.get("KIOSK_FAILPOINT") == name:
        os.kill(os.getpid(), signal.SIGKILL)
