"""Reading the citizen's chip ID card for the applicant step, off the GUI thread, for one visitor.

The screen asks :meth:`ChipCardService.read`; the reading (PACE, files) and its verification (passive and
active authentication, DG13) run as a session-scoped job, so a result that arrives after the visitor left
is dropped (``JobRunner.run_for_session``).
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from devices.base import CardReader
from devices.card_reader.access import CanKey
from kiosk_app.identity.chip_identity import ChipIdentity, identify
from kiosk_app.identity.passive_auth import CscaStore
from kiosk_app.jobs import JobRunner, SessionLike


class ChipCardService:
    """The kiosk's card reader, its CSCA store and the job runner, for the applicant step."""

    def __init__(self, reader: CardReader, store: CscaStore, jobs: JobRunner,
                 today: Callable[[], date] = date.today) -> None:
        self.reader = reader
        self.store = store
        self.jobs = jobs
        self.today = today

    def read(self, session: SessionLike, can: str, on_success: Callable[[ChipIdentity], None],
             on_failure: Callable[[BaseException], None], on_dropped: Callable[[], None] | None = None) -> None:
        """Read and verify the card on the reader with ``can``; callbacks on the GUI thread."""
        key = CanKey(can)

        def work() -> ChipIdentity:
            reading = self.reader.read_card(key)
            try:
                return identify(reading, self.store, today=self.today())
            finally:
                reading.wipe()  # the raw data groups do not outlive the verification

        self.jobs.run_for_session(session, work, on_success, on_failure, on_dropped)
