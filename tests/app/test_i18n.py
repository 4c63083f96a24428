"""Translations: every visible string has a Vietnamese translation, and the catalogue is current."""
from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from kiosk_app import i18n_build


def messages(ts: Path) -> dict[str, ET.Element]:
    return {
        f"{ctx.findtext('name')}::{msg.findtext('source')}": msg
        for ctx in ET.parse(ts).getroot().iter("context")
        for msg in ctx.iter("message")
    }


def test_every_vietnamese_message_is_translated() -> None:
    ts = i18n_build.I18N_DIR / "kiosk_vi.ts"
    untranslated = [
        key
        for key, msg in messages(ts).items()
        if msg.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not ((msg.findtext("translation") or "").strip() or (msg.findtext("translation/numerusform") or "").strip())
    ]
    assert untranslated == []


def test_catalogue_covers_every_tr_string_in_the_sources(tmp_path: Path) -> None:
    committed = i18n_build.I18N_DIR / "kiosk_vi.ts"
    fresh = tmp_path / "kiosk_vi.ts"
    shutil.copy(committed, fresh)
    i18n_build.update(fresh)
    new = {key for key, msg in messages(fresh).items() if msg.find("translation").get("type") == "unfinished"}
    assert new == set(), "run `python -m kiosk_app.i18n_build --update` and translate the new strings"
    assert set(messages(fresh)) == set(messages(committed))


def test_compiled_catalogue_is_built() -> None:
    assert (i18n_build.I18N_DIR / "kiosk_vi.qm").stat().st_size > 1000


def test_no_message_lies_in_the_empty_context() -> None:
    """A module-level ``tr()`` helper puts its strings in context "" while the code looks them up
    elsewhere: such strings would never be translated. Use QCoreApplication.translate("Context", ...)."""
    ts = i18n_build.I18N_DIR / "kiosk_vi.ts"
    assert [key for key in messages(ts) if key.startswith("::")] == []
