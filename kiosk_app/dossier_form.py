"""The submission's pure functions: field validation, scanned pages, component PDFs and the DossierCreate.

Qt-free apart from translations (context ``DossierForm``). The wizard (``kiosk_app.wizard``) keeps what
the citizen typed in the session's typed models (``kiosk_app.session_models``); this module checks them
field by field (a citizen-facing message per field) and turns them, with the scanned pages, into the
wire objects of ``kiosk_app.api.schemas``. Screens do not call it: they call the wizard.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence, Sized
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

import cv2
import numpy as np
from PySide6.QtCore import QCoreApplication

from devices.base import DeviceError
from kiosk_app.api.schemas import (
    Applicant,
    ApplicantType,
    ConsentRecord,
    Contact,
    Delivery,
    DeliveryMethod,
    DocumentComponent,
    DossierCreate,
    ProcedureDetail,
    Requirement,
    SubmittedDocument,
    clean_text,
    has_letter,
)
from kiosk_app.digitize.capture import still_corners
from kiosk_app.digitize.detect import PageDetection, PageDetector
from kiosk_app.digitize.enhance import EnhanceMode, enhance
from kiosk_app.digitize.orientation import upright_page
from kiosk_app.digitize.pdf import EncodedPage, build_component_pdf, encode_page, turn_encoded
from kiosk_app.digitize.quality import QualityIssue, assess_page, source_width
from kiosk_app.digitize.rectify import page_size_for, rectify_page, rotate_quarter_turns
from kiosk_app.digitize.settings import DigitizeSettings
from kiosk_app.domain.vietnamese import fold
from kiosk_app.errors import KioskError
from kiosk_app.privacy import ensure_private_dir, open_private
from kiosk_app.session_models import ApplicantDetails, ContactDetails, DeliveryChoice

log = logging.getLogger("kiosk.dossier_form")

PHONE_RE = re.compile(r"^\+?[0-9]{9,15}$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
ID_RE = re.compile(r"^(\d{9}|\d{12})$")
TAX_RE = re.compile(r"^\d{10}(-\d{3})?$")
DATE_RE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


# ------------------------------------------------------------------ field validation


def parse_day(text: str) -> date | None:
    """``dd/mm/yyyy`` (also ``ddmmyyyy`` as typed on the numeric pad) or None."""
    text = text.strip()
    if re.fullmatch(r"\d{8}", text):
        text = f"{text[:2]}/{text[2:4]}/{text[4:]}"
    match = DATE_RE.fullmatch(text)
    if not match:
        return None
    try:
        return date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    except ValueError:
        return None


def normalise_phone(text: str) -> str:
    """Digits (and a leading +) only: spaces, dots and dashes typed between groups are dropped."""
    text = text.strip()
    return ("+" if text.startswith("+") else "") + re.sub(r"\D", "", text)


def _has_text(value: str) -> bool:
    """What the server accepts as a name or address: letters left once invisible characters are gone."""
    return has_letter(clean_text(value))


def applicant_errors(applicant: ApplicantDetails, today: date | None = None) -> dict[str, str]:
    """Field name -> what is wrong with it, for the applicant step (empty when all is well)."""
    today = today or date.today()
    errors: dict[str, str] = {}
    business = applicant.business
    if not _has_text(applicant.full_name):
        errors["full_name"] = QCoreApplication.translate("DossierForm", "Please enter your full name.")
    id_number = applicant.id_number.strip()
    if not business and not id_number:
        errors["id_number"] = QCoreApplication.translate("DossierForm", "Please enter your ID number (12 digits).")
    elif id_number and not ID_RE.fullmatch(id_number):
        errors["id_number"] = QCoreApplication.translate("DossierForm", "An ID number has 12 digits (or 9 for an old card).")
    birth_text = applicant.date_of_birth.strip()
    if birth_text:
        birth = parse_day(birth_text)
        if birth is None:
            errors["date_of_birth"] = QCoreApplication.translate(
                "DossierForm", "Write the date as day/month/year, for example 05/09/1980.")
        elif not (date(1900, 1, 1) <= birth <= today):
            errors["date_of_birth"] = QCoreApplication.translate("DossierForm", "This date of birth is not possible.")
    if not _has_text(applicant.address):
        errors["address"] = QCoreApplication.translate("DossierForm", "Please enter your address.")
    if business:
        if not _has_text(applicant.organisation_name):
            errors["organisation_name"] = QCoreApplication.translate(
                "DossierForm", "Please enter the name of the business or organisation.")
        if not TAX_RE.fullmatch(applicant.tax_code.strip()):
            errors["tax_code"] = QCoreApplication.translate(
                "DossierForm", "A tax code has 10 digits (or 13 with a branch number).")
    return errors


def contact_errors(contact: ContactDetails) -> dict[str, str]:
    """Field name -> message for the contact step: the phone is required, the e-mail optional."""
    errors: dict[str, str] = {}
    phone = normalise_phone(contact.phone)
    if not phone:
        errors["phone"] = QCoreApplication.translate("DossierForm", "Please enter your phone number.")
    elif not PHONE_RE.fullmatch(phone):
        errors["phone"] = QCoreApplication.translate("DossierForm", "A phone number has 10 digits, for example 0912345678.")
    email = contact.email.strip()
    if email and not EMAIL_RE.fullmatch(email):
        errors["email"] = QCoreApplication.translate(
            "DossierForm", "This e-mail address is not complete, for example ten@gmail.com.")
    return errors


def delivery_errors(delivery: DeliveryChoice) -> dict[str, str]:
    """Field name -> message for the delivery step."""
    if delivery.post and not _has_text(delivery.postal_address):
        return {"postal_address": QCoreApplication.translate(
            "DossierForm", "Please enter the address the result should be posted to.")}
    return {}


# ------------------------------------------------------------------ scanned pages


@dataclass(frozen=True)
class ScannedPage:
    """One captured page: encoded for the PDF, a small preview, and what the quality checks found.

    A page the citizen turned (:func:`turned_page`) keeps the page as captured in ``captured`` and how far it
    was turned in ``turns`` (quarter turns clockwise), so every turn is made from the capture.
    """

    encoded: EncodedPage
    thumbnail_png: bytes
    issues: tuple[QualityIssue, ...]
    mode: EnhanceMode
    turns: int = 0
    captured: EncodedPage | None = None


def component_kind(component: DocumentComponent) -> str:
    """The kind that picks a component's enhancement mode (``enhance.default_mode``).

    The catalogue does not record a kind, so it is read from the component: a template form is a
    form; photos, certificates, licences and ID papers keep their colours (seals, photographs).
    """
    name = fold(f"{component.name_vi} {component.name_en}")
    if any(word in name for word in ("anh ", "photo", "anh chan dung")):
        return "photo"
    if any(word in name for word in ("can cuoc", "identity card", "ho chieu", "passport")):
        return "id_card"
    if any(word in name for word in ("giay chung nhan", "chung chi", "giay phep", "van bang", "certificate",
                                     "licence", "license", "diploma")):
        return "certificate"
    if component.template_form:
        return "form"
    return "text"


def flat_page(still: np.ndarray, detection: PageDetection | None,
              settings: DigitizeSettings) -> tuple[np.ndarray, tuple[QualityIssue, ...]]:
    """A full-resolution still -> the flat, upright page and its quality findings (no cleaning or encoding yet).

    Corners come from the preview's detection mapped to the still; without one (a manual capture
    with no page found in the preview) the still itself is searched, and failing that the whole frame
    is kept so the citizen still gets a page they can look at and retake. A page that lay sideways or
    upside down is turned upright by its text (``orientation.upright_page``).
    """
    height, width = still.shape[:2]
    if detection is not None:
        corners = still_corners(detection, (width, height))
    else:
        found = PageDetector(settings).detect(still)
        detection = found
        corners = found.corners if found is not None else np.array(
            [[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], np.float32)
    page = upright_page(rectified(still, corners, settings))
    return page, tuple(assess_page(page, detection, settings, source_width(page, corners)))


def rectified(still: np.ndarray, corners: np.ndarray, settings: DigitizeSettings) -> np.ndarray:
    """The page inside ``corners`` (still pixels) made flat at the archive's resolution, as it lay (not turned)."""
    height, width = still.shape[:2]
    return rectify_page(still, corners, page_size_for(corners, width, settings.camera_view_width_mm, height),
                        settings.archive_dpi)


def process_still(still: np.ndarray, detection: PageDetection | None, settings: DigitizeSettings,
                  mode: EnhanceMode) -> ScannedPage:
    """A full-resolution still -> the flat, cleaned, encoded page with its quality findings (see :func:`flat_page`)."""
    page, issues = flat_page(still, detection, settings)
    clean = enhance(page, mode, settings)
    encoded = encode_page(clean, mode, settings.archive_dpi, settings.jpeg_quality)
    thumb_w = 240
    thumb = cv2.resize(clean, (thumb_w, max(1, round(clean.shape[0] * thumb_w / clean.shape[1]))),
                       interpolation=cv2.INTER_AREA)
    ok, png = cv2.imencode(".png", thumb)
    if not ok:  # pragma: no cover - PNG encoding of a valid array does not fail
        raise RuntimeError("thumbnail encoding failed")
    return ScannedPage(encoded, png.tobytes(), issues, mode)


def turned_page(page: ScannedPage, quarter_turns: int = 1) -> ScannedPage:
    """``page`` turned ``quarter_turns`` times 90 degrees clockwise (negative: anticlockwise), its preview too.

    Orientation is found from the text (``orientation.upright_page``) and left alone when the text does
    not tell (a photo, a form with little text): the citizen turns such a page themselves. The page is
    turned from the capture (:func:`~kiosk_app.digitize.pdf.turn_encoded`: a JPEG loses at most one generation).
    """
    turns = (page.turns + quarter_turns) % 4
    captured = page.captured or page.encoded
    thumb = cv2.imdecode(np.frombuffer(page.thumbnail_png, np.uint8), cv2.IMREAD_UNCHANGED)
    if thumb is None:
        raise ValueError("the page's preview is not a PNG")
    ok, png = cv2.imencode(".png", rotate_quarter_turns(thumb, quarter_turns))
    if not ok:  # pragma: no cover - PNG encoding of a valid array does not fail
        raise RuntimeError("thumbnail encoding failed")
    return ScannedPage(turn_encoded(captured, turns), png.tobytes(), page.issues, page.mode, turns,
                       captured if turns else None)


class PageNotCaptured(KioskError):
    """Taking or processing a still failed (not a camera fault, which keeps its own message)."""

    code = "page_not_captured"


class StillCamera(Protocol):
    """What capturing a page needs of the camera."""

    def capture_still(self) -> np.ndarray: ...


def capture_page(camera: StillCamera, detection: PageDetection | None, settings: DigitizeSettings,
                 mode: EnhanceMode) -> ScannedPage:
    """A full-resolution still from ``camera``, processed into a page (run it in a job).

    A camera fault (``DeviceError``) is raised as it is; any other failure as :class:`PageNotCaptured`.
    """
    try:
        return process_still(camera.capture_still(), detection, settings, mode)
    except DeviceError:
        raise
    except Exception as exc:  # noqa: BLE001 - the citizen can only retake the picture
        raise PageNotCaptured(repr(exc)) from exc


PagesByComponent = Mapping[str, Sequence[ScannedPage]]  # the wizard passes frozen tuples of pages


def write_component_pdfs(pages: PagesByComponent, components: Sequence[DocumentComponent], subject: str,
                         folder: Path, language: str = "vi") -> list[tuple[str, Path, int]]:
    """One PDF per component that has pages, in catalogue order: (component_id, path, page count)."""
    ensure_private_dir(folder)
    written = []
    for component in components:
        component_pages = pages.get(component.id)
        if component_pages is None or not len(component_pages):
            continue
        title = component.name_vi if language == "vi" else component.name_en
        data = build_component_pdf([page.encoded for page in component_pages], title, subject)
        path = folder / f"{component.id}.pdf"
        with open_private(path) as handle:  # the citizen's documents: 0600
            handle.write(data)
        written.append((component.id, path, len(component_pages)))
    return written


def missing_required(pages: Mapping[str, Sized], components: Sequence[DocumentComponent]) -> list[DocumentComponent]:
    """Required components without a single page."""
    return [c for c in components
            if c.requirement is Requirement.REQUIRED and not len(pages.get(c.id, ()))]


# ------------------------------------------------------------------ the dossier


def build_applicant(applicant: ApplicantDetails) -> Applicant:
    business = applicant.business
    return Applicant(
        type=ApplicantType.BUSINESS if business else ApplicantType.CITIZEN,
        full_name=applicant.full_name,
        id_number=applicant.id_number.strip() or None,
        date_of_birth=parse_day(applicant.date_of_birth),
        organisation_name=(applicant.organisation_name.strip() or None) if business else None,
        tax_code=(applicant.tax_code.strip() or None) if business else None,
        address=applicant.address,
        identity_trust=applicant.identity_trust or None,  # one of the three levels, or "" when typed
    )


def build_dossier(procedure: ProcedureDetail, applicant: ApplicantDetails, contact: ContactDetails,
                  delivery: DeliveryChoice, consent: ConsentRecord | bool, documents: Sequence[tuple[str, Path, int]],
                  language: str) -> DossierCreate:
    """The DossierCreate for the server; raises ``ValueError`` when consent was not given.

    ``consent`` is the record of it (issue 14); a bare ``True`` is what kiosks sent before (tools, old outboxes)."""
    if consent is not True and not isinstance(consent, ConsentRecord):
        raise ValueError("no explicit consent to personal-data processing")
    post = delivery.post
    return DossierCreate(
        procedure_code=procedure.code,
        applicant=build_applicant(applicant),
        contact=Contact(phone=normalise_phone(contact.phone), email=contact.email.strip() or None),
        delivery=Delivery(method=DeliveryMethod.POST if post else DeliveryMethod.COUNTER,
                          postal_address=(delivery.postal_address.strip() or None) if post else None),
        documents=[SubmittedDocument(component_id=cid, pages=count) for cid, _path, count in documents],
        consent=consent,
        language="en" if language == "en" else "vi",
    )


def match_missing(missing: Sequence[str], components: Sequence[DocumentComponent]) -> list[DocumentComponent]:
    """The procedure's components named in a supplement request (its ``missing`` texts), in request order.

    Staff write the missing documents as free text; a component matches when its folded name (or id)
    contains the text or the text contains the name. Unmatched texts are left out; when nothing
    matches, every component is offered so the citizen can still upload.
    """
    matched: list[DocumentComponent] = []
    for text in missing:
        wanted = fold(text)
        for component in components:
            names = (fold(component.name_vi), fold(component.name_en), component.id)
            if any(wanted and (wanted in name or name in wanted) for name in names) and component not in matched:
                matched.append(component)
                break
    return matched or list(components)
