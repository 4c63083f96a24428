"""Officer actions for tests and demos: move a dossier through the simulated process as an officer would in
OpenCPS's back office. Dossiers are named by dossierId, dossierNo or referenceUid."""
from __future__ import annotations

from typing import Any

from testkit.opencps_sim import process
from testkit.opencps_sim.simulator import SignedInAccount, Simulator, SimulatorError


class OfficerDesk:
    """One officer's desk over a simulator (in this process or another one sharing the SQLite file)."""

    def __init__(self, sim: Simulator, login: str | None = None) -> None:
        self.sim = sim
        officers = [a for a in sim.config.accounts if a.role == process.OFFICER]
        chosen = next((a for a in officers if login in (None, a.email, a.screen_name)), None)
        if chosen is None:
            raise ValueError(f"no officer account {login!r}")
        self.account = SignedInAccount(chosen.user_id, chosen.email, chosen.full_name, chosen.role)

    def act(self, dossier: str | int, action_code: str, note: str = "") -> dict[str, Any]:
        """Perform ``action_code``; raises :class:`SimulatorError` ("action") when the process does not allow it."""
        return self.sim.perform(self.sim.config.group_id, self.account, str(dossier), action_code,
                                action_user=self.account.full_name, action_note=note)

    def accept(self, dossier: str | int, note: str = "") -> dict[str, Any]:
        """Receive the dossier (new → processing, sub-status ``accepted``); writes the receipt document."""
        return self.act(dossier, process.ACCEPT, note)

    def start_processing(self, dossier: str | int, note: str = "") -> dict[str, Any]:
        return self.act(dossier, process.START_PROCESSING, note)

    def request_supplement(self, dossier: str | int, note: str = "Đề nghị bổ sung giấy tờ") -> dict[str, Any]:
        """Ask the applicant for more documents (→ waiting, sub-status ``supplement``)."""
        return self.act(dossier, process.REQUEST_SUPPLEMENT, note)

    def result_ready(self, dossier: str | int, note: str = "") -> dict[str, Any]:
        """The result is signed (→ releasing); attaches the result file and deliverable."""
        return self.act(dossier, process.RESULT_READY, note)

    def finish(self, dossier: str | int, note: str = "") -> dict[str, Any]:
        """The result is handed over (→ done)."""
        return self.act(dossier, process.RETURN_RESULT, note)

    def refuse(self, dossier: str | int, note: str = "Hồ sơ không đủ điều kiện") -> dict[str, Any]:
        """Refuse the dossier (→ denied)."""
        return self.act(dossier, process.REFUSE, note)

    def confirm_payment(self, dossier: str | int) -> None:
        """The fee is paid in full: paymentStatus 3 (PaymentFileTerm.PAYMENT_STATUS_HOAN_THANH_PHI)."""
        stamp = process.now_text(self.sim.now())
        with self.sim.store.write() as conn:
            row = self.sim._find_dossier(conn, self.sim.config.group_id, str(dossier))  # noqa: SLF001
            if row is None:
                raise SimulatorError("business", f"no dossier {dossier!r}")
            updated = conn.execute(
                "UPDATE payment_file SET payment_status = 3, payment_method = 'Tiền mặt', confirm_datetime = ?,"
                " approve_datetime = ?, modified_date = ? WHERE dossier_id = ?",
                (stamp, stamp, stamp, row["dossier_id"])).rowcount
            if not updated:
                raise SimulatorError("business", "the dossier has no payment file")
