"""API errors: one exception type carrying a machine code and Vietnamese/English messages, and the
handlers that turn it (and FastAPI's own 4xx) into the ErrorResponse body."""
from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from kiosk_app.api.schemas import ErrorBody, ErrorCode, ErrorResponse
from kiosk_app.privacy import mask

log = logging.getLogger("server.errors")

MESSAGES: dict[ErrorCode, tuple[str, str]] = {
    ErrorCode.INVALID_REQUEST: ("Yêu cầu không hợp lệ.", "The request is not valid."),
    ErrorCode.NOT_FOUND: ("Không tìm thấy.", "Not found."),
    ErrorCode.METHOD_NOT_ALLOWED: ("Phương thức không được hỗ trợ.", "Method not allowed."),
    ErrorCode.UNAUTHORISED_KIOSK: ("Ki-ốt chưa được cấp quyền.", "This kiosk is not authorised."),
    ErrorCode.PROCEDURE_NOT_FOUND: ("Không tìm thấy thủ tục hành chính.", "Procedure not found."),
    ErrorCode.DOSSIER_NOT_FOUND: (
        "Không tìm thấy hồ sơ hoặc thông tin xác thực không đúng.",
        "Dossier not found or the proof given does not match."),
    ErrorCode.CONSENT_REQUIRED: (
        "Cần có sự đồng ý xử lý dữ liệu cá nhân.", "Consent to processing of personal data is required."),
    ErrorCode.MISSING_COMPONENT: ("Thiếu thành phần hồ sơ bắt buộc.", "A required document is missing."),
    ErrorCode.UNKNOWN_COMPONENT: (
        "Thành phần hồ sơ không thuộc thủ tục này.", "A document does not belong to this procedure."),
    ErrorCode.FILE_COUNT_MISMATCH: (
        "Số tệp không khớp với danh sách giấy tờ.", "The number of files does not match the document list."),
    ErrorCode.FILE_TOO_LARGE: ("Tệp quá lớn.", "A file is too large."),
    ErrorCode.REQUEST_TOO_LARGE: ("Yêu cầu quá lớn.", "The request is too large."),
    ErrorCode.NOT_A_PDF: ("Tệp không phải là PDF hợp lệ.", "A file is not a valid PDF."),
    ErrorCode.UNSAFE_PDF: ("Tệp PDF chứa nội dung không được phép.", "A PDF contains active content."),
    ErrorCode.IDEMPOTENCY_KEY_REQUIRED: (
        "Thiếu khóa chống gửi trùng (Idempotency-Key).", "The Idempotency-Key header is required."),
    ErrorCode.IDEMPOTENCY_KEY_REUSED: (
        "Khóa chống gửi trùng đã được dùng cho một hồ sơ khác.",
        "This Idempotency-Key was already used for a different dossier."),
    ErrorCode.PROVISIONAL_REF_REUSED: (
        "Mã tạm đã được dùng cho một hồ sơ khác.",
        "This provisional reference already belongs to another dossier."),
    ErrorCode.ILLEGAL_TRANSITION: (
        "Không thể chuyển hồ sơ sang trạng thái này.", "The dossier cannot move to this status."),
    ErrorCode.SUPPLEMENT_NOT_REQUESTED: (
        "Hồ sơ không ở trạng thái chờ bổ sung.", "No supplement has been requested for this dossier."),
    ErrorCode.RATE_LIMITED: ("Quá nhiều yêu cầu, vui lòng thử lại sau.", "Too many requests; try again later."),
    ErrorCode.TOO_MANY_ATTEMPTS: (
        "Nhập sai quá nhiều lần, vui lòng thử lại sau.", "Too many wrong attempts; try again later."),
}


class ApiError(Exception):
    """A refused request: HTTP status, machine code, and an optional technician-facing detail."""

    def __init__(self, status_code: int, code: ErrorCode, detail: Any = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(f"{code.value}: {detail}" if detail is not None else code.value)
        self.status_code = status_code
        self.code = code
        self.detail = detail
        self.headers = headers

    def body(self) -> ErrorResponse:
        """The JSON body of this error."""
        vi, en = MESSAGES[self.code]
        return ErrorResponse(error=ErrorBody(code=self.code, message_vi=vi, message_en=en, detail=self.detail))


def error_response(error: ApiError) -> JSONResponse:
    """Render ``error`` as a JSON response."""
    return JSONResponse(error.body().model_dump(mode="json"), status_code=error.status_code, headers=error.headers)


def _jsonable_errors(errors: Any) -> list[dict[str, Any]]:
    """Pydantic's error list without the non-JSON ``ctx``/``input`` values; a validator's message that
    quotes a number or e-mail address from the input is masked (no echoed personal data)."""
    return [{"loc": list(e.get("loc", ())), "msg": mask(str(e.get("msg", ""))), "type": str(e.get("type", ""))}
            for e in errors]


def install_error_handlers(app: FastAPI) -> None:
    """Make every 4xx answer an ErrorResponse."""

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(ApiError(422, ErrorCode.INVALID_REQUEST, _jsonable_errors(exc.errors())))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: ErrorCode.NOT_FOUND, 405: ErrorCode.METHOD_NOT_ALLOWED}.get(
            exc.status_code, ErrorCode.INVALID_REQUEST)
        return error_response(ApiError(exc.status_code, code, None, getattr(exc, "headers", None)))


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorResponse, "description": description}
    for status, description in {
        400: "Bad input (code says which)", 401: "Kiosk not authorised", 404: "Not found",
        409: "Conflict (illegal transition, reused key or provisional reference)", 413: "Upload too large",
        422: "Invalid request", 429: "Rate limited",
    }.items()
}
"""The error answers documented on every API route."""
