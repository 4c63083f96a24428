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
