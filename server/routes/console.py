"""Staff console: a small server-rendered web interface for reception officers (login required).

Dossier list with filters, one dossier with its files and history, the status actions, the kiosk
fleet, the assistance queue and the calendar corrections. Forms carry a per-session CSRF token.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy import delete, select
from sqlalchemy.orm import selectinload

from kiosk_app.api.schemas import STATUS_NAMES, DossierStatus, ServiceArea
from server import auth, console_labels
from server.backend import Backend
from server.catalogue import current_source, current_version
from server.consent_view import consent_view
from server.console_labels import DATE_PLACEHOLDER, device_name, media_state
from server.errors import MESSAGES, ApiError
from server.forms.issue import form_view
from server.lifecycle import TRANSITIONS, Action, ActionInput
from server.models import CalendarDay, Dossier, Kiosk, Procedure, StaffSession, StaffUser
from server.settings import VIETNAM_TZ
from server.tickets import call_next, waiting_counts

log = logging.getLogger("server.console")
router = APIRouter(prefix="/staff", include_in_schema=False)
templates = Jinja2Templates(directory=str(Path(__file__).resolve().parent.parent / "templates"))
console_labels.install(templates.env)  # Vietnamese names, numbers and dd/mm/yyyy dates
templates.env.globals["DATE_PLACEHOLDER"] = DATE_PLACEHOLDER
COOKIE = "staff_session"


@dataclass
class Staff:
    """The logged-in officer."""

    username: str
    display_name: str
    csrf: str


def _backend(request: Request) -> Backend:
    backend: Backend = request.app.state.backend
    return backend


def _staff(request: Request) -> Staff | None:
    token = request.cookies.get(COOKIE)
    if not token:
        return None
    backend = _backend(request)
    with backend.db.read() as session:
        row = session.get(StaffSession, auth.token_hash(token))
        if row is None or row.expires_at < backend.now() or not row.user.active:
            return None
        return Staff(row.user.username, row.user.display_name, row.csrf_token)


def _login_redirect() -> RedirectResponse:
    return RedirectResponse("/staff/login", status_code=303)


def _render(request: Request, template: str, staff: Staff | None, status: int = 200, **context: Any) -> HTMLResponse:
    context.update(user=staff, csrf=staff.csrf if staff else "", flash=request.query_params.get("flash"),
                   error=context.get("error") or request.query_params.get("error"))
    response = templates.TemplateResponse(request, template, context, status_code=status)
    response.headers["Cache-Control"] = "no-store"
    return response


async def _form(request: Request, staff: Staff) -> dict[str, str] | None:
    """The posted form, or None when its CSRF token is wrong."""
    form = await request.form()
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    if not auth.tokens_equal(fields.get("csrf", ""), staff.csrf):
        return None
    return fields


# ---------------------------------------------------------------- login


MAX_USERNAME_LENGTH = 128
MAX_PASSWORD_LENGTH = 1024
LOGIN_CSRF_COOKIE = "login_csrf"
_WRONG_CREDENTIALS = "Sai tên đăng nhập hoặc mật khẩu."


def _login_page(request: Request, status: int = 200, error: str | None = None,
                headers: dict[str, str] | None = None) -> HTMLResponse:
    """The login form with its CSRF token: a random value kept in a cookie and repeated in a hidden
    field (double submit); a form posted from another site carries neither."""
    token = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not 32 <= len(token) <= 64:
        token = auth.new_token()
    response = _render(request, "login.html", None, status, error=error, login_csrf=token)
    response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict", path="/staff/login",
                        max_age=3600, secure=_backend(request).settings.secure_cookies)
    response.headers.update(headers or {})
    return response


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request) -> HTMLResponse:
    return _login_page(request)


def _open_session(backend: Backend, username: str, password: str) -> str | None:
    """A new session token when the credentials match, else None; the same argon2 work either way.

    Runs in a worker thread: argon2 takes tens of milliseconds and must not hold the event loop, nor
    a write transaction (SQLite would make every other login wait for it).
    """
    with backend.db.read() as session:
        user = session.scalars(select(StaffUser).where(StaffUser.username == username)).first()
    matched = auth.verify_password(user.password_hash if user is not None else None, password)
    if user is None or not matched or not user.active:
        return None
    token = auth.new_token()
    with backend.db.write() as session:
        session.execute(delete(StaffSession).where(StaffSession.expires_at < backend.now()))
        session.add(StaffSession(token_hash=auth.token_hash(token), user_id=user.id, csrf_token=auth.new_token(),
                                 expires_at=backend.staff_session_expiry()))
        return token


@router.post("/login")
async def login(request: Request) -> Response:
    """Checks the CSRF token, the client's throttles, then the password (off the event loop).

    Wrong passwords are counted per client and account, and per client over all accounts; a client
    over a limit gets 429 while other clients can still log in to the same account (no lockout on
    demand). Over-long names or passwords are refused before any work.
    """
    backend = _backend(request)
    form = await request.form()
    username, password = str(form.get("username", "")), str(form.get("password", ""))
    if len(username) > MAX_USERNAME_LENGTH or len(password) > MAX_PASSWORD_LENGTH:
        return _login_page(request, 400, _WRONG_CREDENTIALS)
    cookie = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not cookie or not auth.tokens_equal(str(form.get("csrf", "")), cookie):
        return _login_page(request, 403, "Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại.")
    client = request.client.host if request.client else "unknown"
    rules, throttle = backend.rules, backend.throttle
    checks = [(rules.login_per_account, f"{client}\n{username}"), (rules.login_per_client, client)]
    # Counted as a failure before the password is checked, so parallel guesses cannot all pass the
    # limit before any of them is counted; taken back (with the account's earlier failures) on success.
    attempt = await run_in_threadpool(throttle.attempt, checks)
    if attempt.refused is not None:
        retry = await run_in_threadpool(throttle.retry_after, *attempt.refused)
        return _login_page(request, 429, "Đăng nhập sai quá nhiều lần, thử lại sau.",
                           {"Retry-After": str(retry)})
    token = await run_in_threadpool(_open_session, backend, username, password)
    if token is None:
        return _login_page(request, 401, _WRONG_CREDENTIALS)
    await run_in_threadpool(throttle.forgive, attempt)
    await run_in_threadpool(throttle.reset, rules.login_per_account, checks[0][1])
    log.info("staff %s logged in", username)
    response = RedirectResponse("/staff/dossiers", status_code=303)
    response.set_cookie(COOKIE, token, httponly=True, samesite="strict", path="/staff",
                        max_age=backend.settings.staff_session_hours * 3600,
                        secure=backend.settings.secure_cookies)
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/staff/login")
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    staff = _staff(request)
    token = request.cookies.get(COOKIE)
    if staff and token and await _form(request, staff) is not None:
        with _backend(request).db.write() as session:
            session.execute(delete(StaffSession).where(StaffSession.token_hash == auth.token_hash(token)))
    response = _login_redirect()
    response.delete_cookie(COOKIE, path="/staff")
    return response


# ---------------------------------------------------------------- dossiers


def _parse_int(text: str | None, low: int, high: int) -> int | None:
    """An ASCII decimal within [low, high], else None (``'²'.isdigit()`` is true but int('²') fails)."""
    if not text or len(text) > 6 or not (text.isascii() and text.isdigit()):
        return None
    value = int(text)
    return value if low <= value <= high else None


def _parse_day(text: str | None) -> date | None:
    """A day typed as dd/mm/yyyy or yyyy-mm-dd in a sane range; None when empty or not a day."""
    try:
        return console_labels.parse_day(text)
    except ValueError:
        return None


def _day_filter(text: str | None, label: str, errors: list[str]) -> date | None:
    """A list filter's day; a day that cannot be read adds a Vietnamese message and filters nothing."""
    try:
        return console_labels.parse_day(text)
    except ValueError:
        errors.append(f"Ngày {label} “{text}” không hợp lệ, hãy nhập theo dạng dd/mm/yyyy (ví dụ 05/03/2026).")
        return None


@router.get("/dossiers", response_class=HTMLResponse)
def dossier_list(request: Request) -> Response:
    staff = _staff(request)
    if staff is None:
        return _login_redirect()
    backend = _backend(request)
    q = request.query_params
    query = select(Dossier).order_by(Dossier.id.desc()).limit(500)
    status = _parse_int(q.get("status"), min(DossierStatus), max(DossierStatus))
    if status is not None:
        query = query.where(Dossier.status == status)
    if q.get("procedure"):
        query = query.where(Dossier.procedure_code == q["procedure"])
    errors: list[str] = []
    if q.get("transfer"):  # a bank statement's transfer description: its HS reference finds the dossier (issue 14)
        transfer_code = request.app.state.dossiers.code_for_transfer_note(q["transfer"][:500])
        if transfer_code is None:
            errors.append("Nội dung chuyển khoản không có mã thanh toán hợp lệ của hồ sơ nào.")
        query = query.where(Dossier.code == (transfer_code or ""))
    day_from, day_to = _day_filter(q.get("from"), "từ", errors), _day_filter(q.get("to"), "đến", errors)
    if day_from:
        query = query.where(Dossier.received_at >= datetime.combine(day_from, datetime.min.time(), VIETNAM_TZ))
    if day_to:
        query = query.where(Dossier.received_at < datetime.combine(day_to, datetime.max.time(), VIETNAM_TZ))
    now = backend.now()
    with backend.db.read() as session:
        names = {p.code: p.name_vi for p in session.scalars(select(Procedure))}
        rows = []
        for dossier in session.scalars(query):
            overdue = backend.lifecycle.is_overdue(dossier, now)
            if q.get("overdue") == "1" and not overdue:
                continue
            rows.append({"code": dossier.code, "procedure": names.get(dossier.procedure_code, ""),
                         "procedure_code": dossier.procedure_code,
                         "status": STATUS_NAMES[DossierStatus(dossier.status)][0], "status_code": dossier.status,
                         "received": dossier.received_at.astimezone(VIETNAM_TZ),
                         "appointed": backend.lifecycle.effective_appointed_date(dossier, now),
                         "overdue": overdue, "applicant": dossier.organisation_name or dossier.applicant_name})
    return _render(request, "dossiers.html", staff, status=400 if errors else 200, rows=rows, filters=q,
                   statuses=STATUS_NAMES, procedures=sorted(names.items()), error=" ".join(errors))


@router.get("/dossiers/{code}", response_class=HTMLResponse)
def dossier_page(request: Request, code: str) -> Response:
    staff = _staff(request)
    if staff is None:
        return _login_redirect()
    backend = _backend(request)
    service = request.app.state.dossiers
    with backend.db.read() as session:
        dossier = session.scalars(select(Dossier).where(Dossier.code == code).options(
            selectinload(Dossier.documents), selectinload(Dossier.stages),
            selectinload(Dossier.supplement_requests), selectinload(Dossier.forms))).first()
        if dossier is None:
            return _render(request, "base.html", staff, 404, error="Không tìm thấy hồ sơ.")
        procedure = session.get(Procedure, dossier.procedure_code)
        assert procedure is not None
        tracking = service.tracking_view(dossier, procedure)
        components = {c["id"]: c for c in procedure.data["components"]}
        documents = [{"name": components.get(d.component_id, {}).get("name_vi", d.component_id),
                      "sha256": d.sha256, "pages": d.pages, "size": d.size_bytes,
                      "supplement": d.supplement_request_id is not None,
                      "uploaded": d.uploaded_at.astimezone(VIETNAM_TZ)} for d in dossier.documents]
        actions = [(a.value, TRANSITIONS[a].name_vi) for a in backend.lifecycle.offered_actions(dossier, backend.now())]
        forms = [(form_view(f), f.sha256, f.issued_by) for f in dossier.forms]
        return _render(request, "dossier.html", staff, d=dossier, t=tracking, documents=documents,
                       actions=actions, procedure=procedure, tracking_url=service.tracking_url(dossier.code),
                       forms=forms, consent=consent_view(dossier, procedure))


@router.post("/dossiers/{code}/actions/{action}")
async def dossier_action(request: Request, code: str, action: str) -> Response:
    staff = _staff(request)
    if staff is None:
        return _login_redirect()
    form = await _form(request, staff)
    target = f"/staff/dossiers/{quote(code, safe='')}"
    if form is None:
        return RedirectResponse(f"{target}?{urlencode({'error': 'Phiên làm việc không hợp lệ (CSRF).'})}", 303)
    try:
        chosen = Action(action)
    except ValueError:
        return RedirectResponse(f"{target}?{urlencode({'error': 'Thao tác không hợp lệ.'})}", 303)
    given = ActionInput(handler=staff.display_name, unit=form.get("unit") or None,
                        reason=form.get("reason") or None,
                        missing=[line.strip() for line in form.get("missing", "").splitlines() if line.strip()] or None,
                        days=_parse_int(form.get("days"), 1, 365), new_date=_parse_day(form.get("new_date")))
    backend = _backend(request)
    try:
        with backend.db.write() as session:
            dossier = session.scalars(select(Dossier).where(Dossier.code == code).options(
                selectinload(Dossier.stages), selectinload(Dossier.supplement_requests),
                selectinload(Dossier.documents), selectinload(Dossier.forms))).first()
            if dossier is None:
                return RedirectResponse("/staff/dossiers", 303)
            procedure = session.get(Procedure, dossier.procedure_code)
            assert procedure is not None
            # the action and the form it issues (01 accept, 02 supplement, 03 refuse, 04 apology) in one transaction
            request.app.state.dossiers.forms.act(session, dossier, procedure, chosen, given, backend.now())
    except ApiError as error:
        return RedirectResponse(f"{target}?{urlencode({'error': _action_error(error)})}", 303)
    log.info("staff %s: %s on %s", staff.username, chosen.value, code)
    return RedirectResponse(f"{target}?{urlencode({'flash': 'Đã cập nhật: ' + TRANSITIONS[chosen].name_vi})}", 303)


_ACTION_ERRORS = {
    "not_overdue": "Chỉ xin lỗi và hẹn lại ngày trả kết quả khi hồ sơ đã quá hạn.",
    "new_date_not_a_later_working_day": "Ngày hẹn mới phải là một ngày làm việc sau hôm nay (dd/mm/yyyy).",
}


def _action_error(error: ApiError) -> str:
    """The Vietnamese message of a refused action: the specific reason when the lifecycle gives one."""
    detail = error.detail if isinstance(error.detail, dict) else {}
    return _ACTION_ERRORS.get(str(detail.get("reason")), MESSAGES[error.code][0])


@router.get("/dossiers/{code}/files/{sha256}")
def dossier_file(request: Request, code: str, sha256: str) -> Response:
    staff = _staff(request)
    if staff is None:
        return _login_redirect()
    backend = _backend(request)
    with backend.db.read() as session:
        dossier = session.scalars(select(Dossier).where(Dossier.code == code).options(
            selectinload(Dossier.documents), selectinload(Dossier.forms))).first()
        if dossier is None or sha256 not in ({d.sha256 for d in dossier.documents} | {dossier.receipt_sha256}
                                             | {f.sha256 for f in dossier.forms}):
            return Response("Not found", status_code=404)
    # An attachment, never rendered by the browser itself; nosniff so it is never taken for HTML.
    return Response(backend.files.read(sha256), media_type="application/pdf",
                    headers={"Content-Disposition": f'attachment; filename="{sha256[:12]}.pdf"',
                             "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store"})


# ---------------------------------------------------------------- fleet, queue, calendar


@router.get("/fleet", response_class=HTMLResponse)
def fleet(request: Request) -> Response:
    staff = _staff(request)
    if staff is None:
        return _login_redirect()
    backend = _backend(request)
    with backend.db.read() as session:
        kiosks = list(session.scalars(select(Kiosk).order_by(Kiosk.id)))
    now = backend.now()
    rows = [{"id": k.id, "active": k.active,
             "last_seen": k.last_seen_at.astimezone(VIETNAM_TZ) if k.last_seen_at else None,
             "stale": k.last_seen_at is None or (now - k.last_seen_at).total_seconds() > 300,
             "hb": k.last_heartbeat or {}, "alerts": fleet_alerts(k.last_heartbeat or {})} for k in kiosks]
    return _render(request, "fleet.html", staff, kiosks=rows)


_MEDIA_ALERTS = {"near_end", "out", "jammed", "cover_open"}
_WORKING = {"online", "busy"}


def fleet_alerts(heartbeat: dict[str, Any]) -> list[str]:
    """Alerts the staff must act on, from a kiosk's last heartbeat: paper, device errors, out of service."""
    alerts: list[str] = []
    if heartbeat.get("out_of_service"):
        alerts.append("Ki-ốt ngừng phục vụ")
    for device in heartbeat.get("devices", []):
        name = device_name(device.get("name", "?"))
        media = device.get("media")
        if media in _MEDIA_ALERTS:
            alerts.append(f"{name}: {media_state(media)}")
        if device.get("state") not in _WORKING or device.get("action") in ("staff", "technician"):
            reason = device.get("detail") or console_labels.device_state(device.get("state"))
            alerts.append(f"Lỗi thiết bị {name}: {reason}")
    return alerts


@router.get("/queue", response_class=HTMLResponse)
def queue(request: Request) -> Response:
    staff = _staff(request)
    if staff is None:
        return _login_redirect()
    return _render(request, "queue.html", staff, counts=waiting_counts(_backend(request)))


@router.post("/queue/{area}/next")
async def queue_next(request: Request, area: str) -> Response:
    staff = _staff(request)
    if staff is None:
        return _login_redirect()
    if await _form(request, staff) is None or area not in {a.value for a in ServiceArea}:
        return RedirectResponse("/staff/queue", 303)
    label = call_next(_backend(request), ServiceArea(area))
    message = f"Mời số {label}" if label else "Không có người chờ"
    return RedirectResponse(f"/staff/queue?{urlencode({'flash': message})}", 303)


@router.get("/catalogue", response_class=HTMLResponse)
def catalogue_page(request: Request) -> Response:
    """The loaded catalogue's version and source, and its entries not verified against a source (issue 14)."""
    staff = _staff(request)
    if staff is None:
        return _login_redirect()
    with _backend(request).db.read() as session:
        version, source = current_version(session), current_source(session)
        active = list(session.scalars(select(Procedure).where(Procedure.active.is_(True)).order_by(Procedure.code)))
    unverified = [p for p in active if not (p.data or {}).get("verified")]
    return _render(request, "catalogue.html", staff, version=version, source=source, total=len(active),
                   unverified=unverified, field_names=FIELD_NAMES)


FIELD_NAMES = {"science_technology": "Hoạt động khoa học và công nghệ", "intellectual_property": "Sở hữu trí tuệ",
               "standards_metrology_quality": "Tiêu chuẩn, đo lường, chất lượng",
               "radiation_safety": "An toàn bức xạ và hạt nhân", "telecommunications": "Viễn thông",
               "radio_frequencies": "Tần số vô tuyến điện", "postal_services": "Bưu chính"}
"""The ministry's fields as the console names them."""


@router.get("/calendar", response_class=HTMLResponse)
def calendar_page(request: Request) -> Response:
    staff = _staff(request)
    if staff is None:
        return _login_redirect()
    with _backend(request).db.read() as session:
        days = list(session.scalars(select(CalendarDay).order_by(CalendarDay.day)))
    return _render(request, "calendar.html", staff, days=days)


@router.post("/calendar")
async def calendar_set(request: Request) -> Response:
    staff = _staff(request)
    if staff is None:
        return _login_redirect()
    form = await _form(request, staff)
    day = _parse_day(form.get("day") if form else None)
    if form is None or day is None or form.get("kind") not in ("off", "work", "clear"):
        return RedirectResponse(f"/staff/calendar?{urlencode({'error': 'Ngày không hợp lệ.'})}", 303)
    kind = form["kind"]
    _backend(request).set_calendar_day(day, None if kind == "clear" else kind == "work", form.get("note", ""))
    return RedirectResponse(f"/staff/calendar?{urlencode({'flash': 'Đã cập nhật lịch.'})}", 303)
