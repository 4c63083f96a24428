"""The consent record of a dossier as the staff console shows it (issue 14).

The server renders the consent text the kiosk would have shown for the dossier (procedure, delivery,
language: :mod:`kiosk_app.api.consent`) and compares its SHA-256 with the recorded version: when they
match, the officer reads the exact words the citizen agreed to; when not, the page says so (the kiosk
showed another edition of the text, e.g. from an older catalogue).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk_app.api.consent import consent_text
from kiosk_app.api.schemas import DeliveryMethod, DocumentComponent
from server.models import Dossier, Procedure
from server.settings import VIETNAM_TZ


@dataclass(frozen=True)
class ConsentView:
    """What the console's dossier page shows about consent; ``recorded`` False for an older kiosk's bare "yes"."""

    recorded: bool
    version: str = ""
    language: str = ""
    given_at: datetime | None = None  # Vietnam time
    kiosk_id: str = ""
    text: str = ""  # the text whose hash is the version; empty when the server's rendering does not match

    @property
    def matches(self) -> bool:
        return bool(self.text)


def consent_view(dossier: Dossier, procedure: Procedure) -> ConsentView:
    """The consent record of ``dossier`` with, when it is the text this server renders, that text."""
    if dossier.consent_version is None or dossier.consent_given_at is None:
        return ConsentView(recorded=False)
    language = dossier.consent_language or "vi"
    components = [DocumentComponent.model_validate(c) for c in procedure.data.get("components", [])]
    shown = consent_text(language, components, post=dossier.delivery_method == int(DeliveryMethod.POST))
    return ConsentView(
        recorded=True, version=dossier.consent_version, language=language,
        given_at=dossier.consent_given_at.astimezone(VIETNAM_TZ), kiosk_id=dossier.consent_kiosk_id or "",
        text=shown.text if shown.version == dossier.consent_version else "")
