"""Logging in to the staff console as a browser does, for server and kiosk tests alike."""
from __future__ import annotations

from typing import Any


def staff_login(staff: Any, username: str, password: str) -> Any:
    """Open the login page (CSRF cookie and hidden field), then post the form; returns the post's response.

    ``staff`` is a TestClient on an ``https://`` base: the console's cookies are Secure.
    """
    page = staff.get("/staff/login").text
    marker = 'name="csrf" value="'
    start = page.index(marker) + len(marker)
    csrf = page[start:page.index('"', start)]
    return staff.post("/staff/login", data={"username": username, "password": password, "csrf": csrf},
                      follow_redirects=False)


def embedded_fleet_page(backend: Any) -> str:
    """The staff console's fleet page over the embedded backend's own database and files.

    The embedded server has no staff login, so a console app with a technician is built on the same data.
    """
    from fastapi.testclient import TestClient  # noqa: PLC0415

    from server.app import create_app  # noqa: PLC0415

    console = create_app(database_url=backend.database_url, data_dir=str(backend.data_dir),
                         staff_user="technician", staff_password="correct horse battery",
                         public_base_url="http://testserver")
    with TestClient(console, base_url="https://testserver") as staff:  # the console's cookies are Secure
        assert staff_login(staff, "technician", "correct horse battery").status_code == 303
        return staff.get("/staff/fleet").text
