"""Whether this kiosk can take a dossier now: said on the wizard's start page, before anything is typed.

Issue 21 finding 11b: a kiosk that cannot accept submissions must say so at the start, not at the
scanning step. :func:`submission_readiness` reads the services (no widgets): the submission service
and the camera decide whether a dossier can be taken at all; an outbox backlog or a printer problem
only changes what the citizen gets (a provisional reference, a receipt on screen).
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any

from devices.registry import device_failed

if TYPE_CHECKING:
    from kiosk_app.services import KioskServices


class IntakeProblem(str, Enum):
    """One reason the kiosk cannot take a dossier, or takes it with a limit."""

    NO_SUBMISSION = "no_submission"  # no submission service here (no backend, no outbox): go to the counter
    NO_CAMERA = "no_camera"  # documents cannot be scanned: go to the counter
    QUEUED = "queued"  # the ministry cannot be reached: the dossier is kept here and sent later (provisional)
    NO_PRINTER = "no_printer"  # the receipt cannot be printed: it is shown on screen to photograph


BLOCKING = frozenset({IntakeProblem.NO_SUBMISSION, IntakeProblem.NO_CAMERA})


@dataclass(frozen=True)
class SubmissionReadiness:
    """What the start page says about this kiosk: whether it accepts a dossier now, and with which limits."""

    problems: tuple[IntakeProblem, ...] = ()

    @property
    def accepts(self) -> bool:
        return not any(problem in BLOCKING for problem in self.problems)


def _usable(device: Any) -> bool:
    """Present and not failed (a camera that is simply not streaming yet counts as usable)."""
    status = getattr(device, "status", None)
    return device is not None and status is not None and not device_failed(status)


def submission_readiness(services: KioskServices | None) -> SubmissionReadiness:
    """Read the kiosk's state now (cheap: called each time the start page is shown)."""
    if services is None or services.submission is None:
        return SubmissionReadiness((IntakeProblem.NO_SUBMISSION,))
    problems: list[IntakeProblem] = []
    devices = services.devices
    if devices is None or not _usable(devices.get("camera")):
        problems.append(IntakeProblem.NO_CAMERA)
    if services.outbox.backlog() > 0:
        problems.append(IntakeProblem.QUEUED)
    if devices is None or not _usable(devices.get("printer")):
        problems.append(IntakeProblem.NO_PRINTER)
    return SubmissionReadiness(tuple(problems))
