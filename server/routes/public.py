"""The public tracking page a phone opens from the receipt's QR code: ``/track/<code>?t=<token>``."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from kiosk_app.api.schemas import ErrorResponse
from server.dossiers import MAX_CODE_LENGTH
from server.errors import ApiError

router = APIRouter()
templates = Jinja2Templates(directory=str(Path(__file__).resolve().parent.parent / "templates"))
STYLESHEET = (Path(__file__).resolve().parent.parent / "templates" / "console.css").read_text(encoding="utf-8")


@router.get("/static/console.css", include_in_schema=False)
def stylesheet() -> Response:
    """The pages' styles, as a file: the Content-Security-Policy allows no inline style."""
    return Response(STYLESHEET, media_type="text/css", headers={"Cache-Control": "public, max-age=3600"})


@router.get("/track/{code}", response_class=HTMLResponse, tags=["tracking"],
            summary="Public tracking page (HTML) for the receipt's QR code",
            responses={404: {"description": "Unknown code or wrong token (same page either way)",
                             "content": {"text/html": {}}},
                       422: {"description": "Invalid token parameter (JSON, as on the API)", "content": {
                           "application/json": {"schema": {"$ref": f"#/components/schemas/{ErrorResponse.__name__}"}}}},
                       429: {"description": "Too many look-ups", "content": {"text/html": {}}}})
def track_page(
    request: Request, code: str,
    t: Annotated[str, Query(max_length=100, description="The receipt's tracking token")] = "",
) -> HTMLResponse:
    """Renders the same information as ``POST /api/v1/track``; without the right token it shows nothing."""
    service = request.app.state.dossiers
    backend = service.backend
    client = f"ip:{request.client.host if request.client else 'unknown'}"
    tracking, status = None, 200
    if len(code) > MAX_CODE_LENGTH:
        status = 404  # no dossier has such a code: answered before any look-up or throttle state
    elif not backend.throttle.hit(backend.rules.track_rate, client):
        status = 429
    else:
        try:
            tracking = service.track(code, t, None, client)
        except ApiError as error:
            status = error.status_code
    response = templates.TemplateResponse(request, "track.html", {"t": tracking, "user": None, "token": t},
                                          status_code=status)
    response.headers["Cache-Control"] = "no-store"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


@router.get("/track/{code}/forms/{form_id}", tags=["tracking"],
            summary="A paper issued about the dossier (PDF), for the holder of the tracking link",
            responses={200: {"content": {"application/pdf": {}}}, 404: {"description": "Unknown code, form or token"},
                       429: {"description": "Too many look-ups"}})
def track_form(
    request: Request, code: str, form_id: int,
    t: Annotated[str, Query(max_length=100, description="The receipt's tracking token")] = "",
) -> Response:
    """The submission confirmation or form 01-04 of the dossier (issue 14), as an attachment."""
    service = request.app.state.dossiers
    backend = service.backend
    client = f"ip:{request.client.host if request.client else 'unknown'}"
    headers = {"Cache-Control": "no-store", "Referrer-Policy": "no-referrer", "X-Content-Type-Options": "nosniff"}
    if len(code) > MAX_CODE_LENGTH:
        return Response("Not found", status_code=404, headers=headers)
    if not backend.throttle.hit(backend.rules.track_rate, client):
        return Response("Too many requests", status_code=429, headers=headers)
    try:
        pdf = service.form_pdf(code, t, form_id, client)
    except ApiError as error:
        return Response("Not found" if error.status_code == 404 else "Error", status_code=error.status_code,
                        headers=headers)
    headers["Content-Disposition"] = f'attachment; filename="phieu-{form_id}.pdf"'
    return Response(pdf, media_type="application/pdf", headers=headers)
