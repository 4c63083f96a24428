"""A kiosk-side HTTP helper for the OpenCPS simulator's tests: sends what the OpenCPS controllers expect
(HTTP Basic, the ``groupId`` header). Its own module, not the conftest, so that tests import it by a unique name."""
from __future__ import annotations

from typing import Any

import requests

from testkit.opencps_sim import GROUP_ID, KIOSK_PASSWORD, KIOSK_USER

PROCEDURE_FREE = "1.005298"  # Khai báo chất phóng xạ: one required component, no fee
PROCEDURE_FEE = "1.009846"  # Cấp chứng chỉ nhân viên bức xạ: five components, 200 000 đồng


class OpenCps:
    """Requests to one simulator as the kiosk account (or as ``auth``), each on a fresh connection."""

    def __init__(self, base_url: str, auth: tuple[str, str] | None = (KIOSK_USER, KIOSK_PASSWORD),
                 group_id: int | None = GROUP_ID, timeout: float = 10) -> None:
        self.base_url = base_url
        self.auth = auth
        self.headers = {"Accept": "application/json"}
        if group_id is not None:
            self.headers["groupId"] = str(group_id)
        self.timeout = timeout

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        return requests.get(self.base_url + path, headers=self.headers, auth=self.auth, timeout=self.timeout,
                            **kwargs)

    def post(self, path: str, **kwargs: Any) -> requests.Response:
        return requests.post(self.base_url + path, headers=self.headers, auth=self.auth, timeout=self.timeout,
                             **kwargs)

    def create(self, reference_uid: str, procedure: str = PROCEDURE_FREE, **extra: str) -> requests.Response:
        form = {"referenceUid": reference_uid, "serviceCode": procedure, "govAgencyCode": "BKHCN",
                "dossierTemplateNo": f"{procedure}-HS", "applicantName": "Nguyễn Thị Hoa",
                "applicantIdType": "citizen", "applicantIdNo": "001190000123", "contactTelNo": "0912345678",
                "online": "false", **extra}
        return self.post("/dossiers", data=form)

    def upload(self, dossier: str | int, part_no: str, content: bytes, reference_uid: str,
               **extra: str) -> requests.Response:
        return self.post(f"/dossiers/{dossier}/files", files={"file": ("to-khai.pdf", content, "application/pdf")},
                         data={"dossierPartNo": part_no, "referenceUid": reference_uid, **extra})

    def act(self, dossier: str | int, action_code: str) -> requests.Response:
        return self.post(f"/dossiers/{dossier}/actions", data={"actionCode": action_code})
