"""Dossier statuses and stages: which action may move a dossier from which status to which, and the
bookkeeping of each move (the stage history, the paused clock, the appointed date). Overdue is derived
here from dates and never stored."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from kiosk_app.api.schemas import DossierStatus, ErrorCode
from server.errors import ApiError
from server.models import Dossier, DossierStage, Procedure, SupplementRequest
from server.settings import VIETNAM_TZ
from server.working_days import WorkingCalendar

S = DossierStatus
APPLICANT_UNIT = "Tổ chức, cá nhân nộp hồ sơ"


class Action(str, Enum):
    """What a reception officer (or the kiosk, for a supplement) does to a dossier."""

    ACCEPT = "accept"
    REFUSE = "refuse"
    TRANSFER = "transfer"
    REQUEST_SUPPLEMENT = "request_supplement"
    RECEIVE_SUPPLEMENT = "receive_supplement"
    REQUEST_FEE = "request_fee"
    CONFIRM_FEE = "confirm_fee"
    MARK_RESULT_READY = "mark_result_ready"
    MARK_RETURNED = "mark_returned"
    WITHDRAW = "withdraw"
    STOP = "stop"
    APOLOGISE = "apologise"


@dataclass(frozen=True)
class Transition:
    """From which statuses an action is allowed and where it leads (None: back to the paused status)."""

    sources: frozenset[DossierStatus]
    target: DossierStatus | None
    name_vi: str
    name_en: str


TRANSITIONS: dict[Action, Transition] = {
    Action.ACCEPT: Transition(frozenset({S.NEW}), S.ACCEPTED, "Tiếp nhận hồ sơ", "Accept"),
    Action.REFUSE: Transition(frozenset({S.NEW}), S.REFUSED, "Từ chối tiếp nhận", "Refuse"),
    Action.TRANSFER: Transition(frozenset({S.ACCEPTED, S.PROCESSING}), S.PROCESSING,
                                "Chuyển xử lý", "Transfer to a unit"),
    Action.REQUEST_SUPPLEMENT: Transition(frozenset({S.NEW, S.ACCEPTED, S.PROCESSING}), S.SUPPLEMENT_REQUESTED,
                                          "Yêu cầu bổ sung", "Request a supplement"),
    Action.RECEIVE_SUPPLEMENT: Transition(frozenset({S.SUPPLEMENT_REQUESTED}), None,
                                          "Nhận hồ sơ bổ sung", "Supplement received"),
    Action.REQUEST_FEE: Transition(frozenset({S.ACCEPTED, S.PROCESSING}), S.FEE_REQUESTED,
                                   "Yêu cầu nộp phí, lệ phí", "Request the fee"),
    Action.CONFIRM_FEE: Transition(frozenset({S.FEE_REQUESTED}), S.PROCESSING,
                                   "Xác nhận đã nộp phí", "Fee paid"),
    Action.MARK_RESULT_READY: Transition(frozenset({S.ACCEPTED, S.PROCESSING}), S.RESULT_READY,
                                         "Đã có kết quả", "Result ready"),
    Action.MARK_RETURNED: Transition(frozenset({S.RESULT_READY}), S.RESULT_RETURNED,
                                     "Đã trả kết quả", "Result returned"),
    Action.WITHDRAW: Transition(frozenset({S.NEW, S.ACCEPTED, S.PROCESSING, S.SUPPLEMENT_REQUESTED,
                                           S.FEE_REQUESTED}), S.WITHDRAWN, "Rút hồ sơ", "Withdraw"),
    Action.STOP: Transition(frozenset({S.ACCEPTED, S.PROCESSING, S.SUPPLEMENT_REQUESTED, S.FEE_REQUESTED}),
                            S.STOPPED, "Dừng xử lý", "Stop processing"),
    # issue 14: only while the dossier is overdue (see DossierLifecycle.offered_actions); the status stays
    Action.APOLOGISE: Transition(frozenset({S.ACCEPTED, S.PROCESSING}), None,
                                 "Xin lỗi, hẹn lại ngày trả kết quả", "Apologise and set a new return date"),
}
"""The whole status machine; any (status, action) pair not listed here is refused. A target of None: the status
does not change (an apology), or goes back to the status before the pause (a supplement received)."""

PAUSED = frozenset({S.SUPPLEMENT_REQUESTED, S.FEE_REQUESTED})
"""Statuses in which the legal clock stands still (waiting for the applicant)."""
CLOSED_WITHOUT_RESULT = frozenset({S.REFUSED, S.WITHDRAWN, S.STOPPED})


def allowed_actions(status: DossierStatus) -> list[Action]:
    """Actions the console offers for a dossier in ``status``."""
    return [action for action, rule in TRANSITIONS.items() if status in rule.sources]


@dataclass
class ActionInput:
    """What an officer typed with an action."""

    handler: str
    unit: str | None = None
    reason: str | None = None
    missing: list[str] | None = None
    days: int | None = None
    new_date: date | None = None


def local_day(moment: datetime) -> date:
    """The Vietnamese calendar day of an aware moment."""
    return moment.astimezone(VIETNAM_TZ).date()


def time_unit(procedure: Procedure, channel: int) -> str:
    """The unit of the procedure's processing time for ``channel`` (the first stated one otherwise); working days
    when the catalogue states no unit."""
    times = (procedure.data or {}).get("processing_times") or []
    chosen = next((t for t in times if t.get("channel") == channel), times[0] if times else None)
    return str(chosen["unit"]) if chosen else "working_days"


class DossierLifecycle:
    """Applies actions to dossiers and derives their deadlines; needs the calendar and the clock's now."""

    def __init__(self, calendar: WorkingCalendar, agency_name: str, supplement_days: int, fee_days: int) -> None:
        self.calendar = calendar
        self.agency_name = agency_name
        self.supplement_days = supplement_days
        self.fee_days = fee_days

    # ------------------------------------------------------------ deadlines

    def clock_start(self, dossier: Dossier, procedure: Procedure) -> date:
        """The day the legal clock counts from: the effective day of acceptance (form 01, issue 14), or of receipt
        while the dossier is not accepted yet (the expected date of the submission confirmation)."""
        moment = dossier.accepted_at or dossier.received_at
        return self.calendar.effective_receipt_day(moment.astimezone(VIETNAM_TZ), procedure.cutoff_hour)

    def appointed_date(self, dossier: Dossier, procedure: Procedure) -> date:
        """The appointed date from the acceptance (or receipt) moment, processing time (in its unit, issue 14) and
        completed pauses; never before a new return date set with an apology (form 04), which pauses after it
        move on in turn."""
        due = self.calendar.add_period(self.clock_start(dossier, procedure), dossier.processing_days,
                                       time_unit(procedure, dossier.channel))
        due = self.calendar.add_working_days(due, dossier.paused_working_days)
        if dossier.rescheduled_to is not None:
            later = dossier.paused_working_days - (dossier.rescheduled_paused_days or 0)
            due = max(due, self.calendar.add_working_days(dossier.rescheduled_to, max(0, later)))
        return due

    def effective_appointed_date(self, dossier: Dossier, now: datetime) -> date:
        """The appointed date moved on by the working days of a pause still running."""
        if dossier.paused_since is None:
            return dossier.appointed_date
        running = self.calendar.working_days_between(local_day(dossier.paused_since), local_day(now))
        return self.calendar.add_working_days(dossier.appointed_date, running)

    def is_overdue(self, dossier: Dossier, now: datetime) -> bool:
        """Late if finished (or, unfinished, today) after the appointed date; never for a closed dossier."""
        if DossierStatus(dossier.status) in CLOSED_WITHOUT_RESULT:
            return False
        reference = local_day(dossier.finished_at) if dossier.finished_at else local_day(now)
        return reference > self.effective_appointed_date(dossier, now)

    def working_days_used(self, dossier: Dossier, procedure: Procedure, now: datetime) -> int:
        """Working days counted so far: from the effective receipt day to the finish (or today), pauses excluded."""
        start = self.clock_start(dossier, procedure)
        end = local_day(dossier.finished_at) if dossier.finished_at else local_day(now)
        paused = dossier.paused_working_days
        if dossier.paused_since is not None:
            paused += self.calendar.working_days_between(local_day(dossier.paused_since), end)
        return max(0, self.calendar.working_days_between(start, end) - paused)

    @staticmethod
    def stage_overdue(stage: DossierStage, now: datetime) -> bool:
        """Whether a stage ended (or is still running) after its regulated end."""
        if stage.regulated_end is None:
            return False
        return local_day(stage.actual_end or now) > stage.regulated_end

    # ------------------------------------------------------------ stages

    @staticmethod
    def current_stage(dossier: Dossier) -> DossierStage | None:
        """The open stage, if any."""
        open_stages = [s for s in dossier.stages if s.actual_end is None]
        return open_stages[-1] if open_stages else None

    def _close_current(self, dossier: Dossier, now: datetime, note: str | None = None) -> None:
        stage = self.current_stage(dossier)
        if stage is not None:
            stage.actual_end = now
            if note:
                stage.note = f"{stage.note}; {note}" if stage.note else note

    def _open(self, dossier: Dossier, status: DossierStatus, name_vi: str, name_en: str, unit: str,
              handler: str | None, now: datetime, regulated_end: date | None, note: str | None = None,
              closed: bool = False) -> None:
        dossier.stages.append(DossierStage(
            status=int(status), name_vi=name_vi, name_en=name_en, unit=unit, handler=handler, started_at=now,
            regulated_end=regulated_end, actual_end=now if closed else None, note=note))

    def open_reception(self, dossier: Dossier, procedure: Procedure, now: datetime) -> None:
        """The first stage of a new dossier: the one-stop desk checks it for completeness."""
        templates = procedure.data.get("stages") or []
        days = templates[0]["working_days"] if templates else min(1, dossier.processing_days)
        effective = self.calendar.effective_receipt_day(dossier.received_at.astimezone(VIETNAM_TZ),
                                                        procedure.cutoff_hour)
        self._open(dossier, S.NEW, "Tiếp nhận, kiểm tra hồ sơ", "Reception and completeness check",
                   self.agency_name, None, now, self.calendar.add_working_days(effective, days))

    # ------------------------------------------------------------ actions

    def offered_actions(self, dossier: Dossier, now: datetime) -> list[Action]:
        """The actions the console offers for ``dossier`` now: an apology only while it is overdue (issue 14)."""
        return [action for action in allowed_actions(DossierStatus(dossier.status))
                if action is not Action.APOLOGISE or self.is_overdue(dossier, now)]

    def _check_apology(self, dossier: Dossier, given: ActionInput, now: datetime) -> date:
        """The new return date of an apology (form 04): only for an overdue dossier, a working day after today."""
        if not self.is_overdue(dossier, now):
            raise ApiError(409, ErrorCode.ILLEGAL_TRANSITION, {"action": Action.APOLOGISE.value, "reason": "not_overdue"})
        if not given.reason or given.new_date is None:
            raise ApiError(400, ErrorCode.INVALID_REQUEST, "apologise needs a reason and a new return date")
        if given.new_date <= local_day(now) or not self.calendar.is_working_day(given.new_date):
            raise ApiError(400, ErrorCode.INVALID_REQUEST, {"action": Action.APOLOGISE.value,
                                                            "reason": "new_date_not_a_later_working_day"})
        return given.new_date

    def apply(self, dossier: Dossier, procedure: Procedure, action: Action, given: ActionInput,
              now: datetime) -> SupplementRequest | None:
        """Move ``dossier`` by ``action`` or raise ApiError(409 illegal_transition)."""
        status = DossierStatus(dossier.status)
        rule = TRANSITIONS[action]
        if status not in rule.sources:
            raise ApiError(409, ErrorCode.ILLEGAL_TRANSITION,
                           {"status": int(status), "action": action.value,
                            "allowed": [a.value for a in allowed_actions(status)]})
        needs = {Action.REFUSE: given.reason, Action.STOP: given.reason, Action.TRANSFER: given.unit,
                 Action.REQUEST_SUPPLEMENT: given.missing}
        if action in needs and not needs[action]:
            raise ApiError(400, ErrorCode.INVALID_REQUEST, f"{action.value} needs a reason, unit or list")
        today = local_day(now)
        if action is Action.APOLOGISE:
            new_date = self._check_apology(dossier, given, now)
            self._close_current(dossier, now)
            dossier.rescheduled_to = new_date
            dossier.rescheduled_paused_days = dossier.paused_working_days
            dossier.appointed_date = self.appointed_date(dossier, procedure)
            self._open(dossier, status, rule.name_vi, rule.name_en, dossier.current_unit or self.agency_name,
                       given.handler, now, dossier.appointed_date, given.reason)
            return None
        unit_of_procedure = procedure.data["implementing_unit_vi"]
        supplement: SupplementRequest | None = None
        self._close_current(dossier, now)

        if action is Action.ACCEPT:
            # The legal time runs from acceptance (form 01): the appointment is counted again from now, and
            # waiting for a supplement before acceptance is no part of it.
            dossier.accepted_at = now
            dossier.paused_working_days = 0
            dossier.appointed_date = self.appointed_date(dossier, procedure)
            dossier.current_unit = unit_of_procedure
            self._open(dossier, S.ACCEPTED, "Xử lý hồ sơ", "Processing", unit_of_procedure, given.handler, now,
                       dossier.appointed_date)
        elif action is Action.TRANSFER:
            dossier.current_unit = given.unit
            end = dossier.appointed_date
            if given.days:
                end = min(end, self.calendar.add_working_days(today, given.days))
            self._open(dossier, S.PROCESSING, "Xử lý hồ sơ", "Processing", given.unit or "", given.handler, now,
                       end, given.reason)
        elif action in (Action.REQUEST_SUPPLEMENT, Action.REQUEST_FEE):
            dossier.status_before_pause = int(status)
            dossier.paused_since = now
            waiting = self.supplement_days if action is Action.REQUEST_SUPPLEMENT else self.fee_days
            due = self.calendar.add_working_days(today, given.days or waiting)
            if action is Action.REQUEST_SUPPLEMENT:
                supplement = SupplementRequest(missing=list(given.missing or []), note=given.reason,
                                               requested_at=now, due_date=due)
                dossier.supplement_requests.append(supplement)
                self._open(dossier, S.SUPPLEMENT_REQUESTED, "Chờ bổ sung hồ sơ", "Waiting for the supplement",
                           APPLICANT_UNIT, given.handler, now, due, given.reason)
            else:
                self._open(dossier, S.FEE_REQUESTED, "Chờ nộp phí, lệ phí", "Waiting for the fee",
                           APPLICANT_UNIT, given.handler, now, due, given.reason)
        elif action in (Action.RECEIVE_SUPPLEMENT, Action.CONFIRM_FEE):
            self._resume(dossier, procedure, now)
            if action is Action.RECEIVE_SUPPLEMENT:
                for request in dossier.supplement_requests:
                    if request.fulfilled_at is None:
                        request.fulfilled_at = now
            back = DossierStatus(dossier.status_before_pause or S.PROCESSING) if rule.target is None else rule.target
            dossier.status_before_pause = None
            unit = self.agency_name if back is S.NEW else (dossier.current_unit or unit_of_procedure)
            name = ("Tiếp nhận, kiểm tra hồ sơ", "Reception and completeness check") if back is S.NEW \
                else ("Xử lý hồ sơ", "Processing")
            self._open(dossier, back, name[0], name[1], unit, given.handler, now, dossier.appointed_date,
                       given.reason)
            dossier.status = int(back)
            return None
        elif action is Action.MARK_RESULT_READY:
            dossier.finished_at = now
            self._open(dossier, S.RESULT_READY, "Chờ trả kết quả", "Result waiting to be returned",
                       self.agency_name, given.handler, now, None, given.reason)
        elif action is Action.MARK_RETURNED:
            dossier.returned_at = now
            self._open(dossier, S.RESULT_RETURNED, "Đã trả kết quả", "Result returned", self.agency_name,
                       given.handler, now, None, given.reason, closed=True)
        else:  # refuse, withdraw, stop: the dossier closes without a result
            if action is Action.REFUSE:
                dossier.refusal_reason = given.reason
            if dossier.paused_since is not None:
                self._resume(dossier, procedure, now)
            assert rule.target is not None
            self._open(dossier, rule.target, rule.name_vi, rule.name_en, self.agency_name, given.handler, now,
                       None, given.reason, closed=True)
        assert rule.target is not None
        dossier.status = int(rule.target)
        return supplement

    def _resume(self, dossier: Dossier, procedure: Procedure, now: datetime) -> None:
        """Stop the paused clock: the waiting working days move the appointed date on."""
        if dossier.paused_since is None:
            return
        waited = self.calendar.working_days_between(local_day(dossier.paused_since), local_day(now))
        dossier.paused_working_days += waited
        dossier.paused_since = None
        dossier.appointed_date = self.appointed_date(dossier, procedure)
