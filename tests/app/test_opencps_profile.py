"""Issue 15: an installation's own process codes and status mapping come from [backend.opencps] in the profile."""
from __future__ import annotations

from pathlib import Path

import pytest

from kiosk_app.api.schemas import DossierStatus, ProcedureField
from kiosk_app.backend import make_backend
from kiosk_app.backend.opencps import OpenCpsBackend
from kiosk_app.profile import ProfileError, load_profile

TABLE = """
[backend]
kind = "opencps"
public_tracking_url = "https://dichvucong.example.gov.vn/tra-cuu"

[backend.opencps]
url = "https://dichvucong.example.gov.vn/o/rest/v2"
group_id = 35417
user = "kiosk03@example.gov.vn"
password = "kiosk-secret"
agency_code = "BKHCN"
"""


def profile_file(tmp_path: Path, extra: str = "") -> str:
    path = tmp_path / "profile.toml"
    path.write_text(f'data_dir = "{tmp_path / "data"}"\n' + TABLE + extra, encoding="utf-8")
    return str(path)


def test_the_sites_codes_and_mapping_reach_the_adapter(tmp_path: Path) -> None:
    """Issue 15: submit/supplement action codes, status and sub-status entries and domain fields are the site's."""
    extra = """supplement_action_code = "1300"
status_map = { paying = 6, archived = 10 }
substatus_map = { "processing_1" = 2 }
domain_fields = { "ATBX" = "radiation_safety" }
"""
    backend = make_backend(load_profile(profile_file(tmp_path, extra)))
    try:
        assert isinstance(backend, OpenCpsBackend)
        assert (backend.submit_action_code, backend.supplement_action_code) == ("1100", "1300")
        assert backend.status_map == {"paying": DossierStatus.FEE_REQUESTED, "archived": DossierStatus.RESULT_RETURNED}
        assert backend.substatus_map == {"processing_1": DossierStatus.ACCEPTED}
        assert backend.domain_fields == {"ATBX": ProcedureField.RADIATION_SAFETY}
        assert backend.tracking_url == "https://dichvucong.example.gov.vn/tra-cuu"
    finally:
        backend.close()


def test_a_status_outside_the_portals_codes_is_refused(tmp_path: Path) -> None:
    """Issue 15: a mapping entry must be one of the portal's 10 codes."""
    with pytest.raises(ProfileError) as refused:
        load_profile(profile_file(tmp_path, "status_map = { paying = 11 }\n"))
    assert any("backend.opencps.status_map" in problem for problem in refused.value.problems), refused.value.problems
