"""Issue 15 (simulator): every route of the simulator cites the OpenCPS controller file and line it implements,
and the simulator serves no route beyond those (the adapter must not come to depend on an invented one)."""
from __future__ import annotations

import re
from pathlib import Path

from fastapi.routing import APIRoute

from testkit.opencps_sim import BASE, create_app
from testkit.opencps_sim.simulator import Simulator

APP_SOURCE = Path(__file__).resolve().parents[2] / "testkit" / "opencps_sim" / "app.py"
CITATION = re.compile(r"CTL/\w+Management\.java:\d+(-\d+)?")
ROUTE = re.compile(r'@app\.(get|post)\(BASE \+ "([^"]+)"\)')


def test_every_route_cites_its_controller() -> None:
    """Issue 15: the comment block right above each route decorator names CTL/<Controller>.java:<line>."""
    lines = APP_SOURCE.read_text(encoding="utf-8").splitlines()
    routes = 0
    for number, line in enumerate(lines):
        if ROUTE.search(line) is None:
            continue
        routes += 1
        comment = []
        for above in reversed(lines[:number]):
            if not above.strip().startswith("#"):
                break
            comment.append(above)
        assert CITATION.search(" ".join(comment)), f"route without a controller citation: {line.strip()}"
    assert routes == 16


def test_only_the_cited_routes_are_served(tmp_path: Path) -> None:
    """Issue 15: the app serves exactly the decorated OpenCPS routes (no docs, no OpenAPI, nothing else)."""
    app = create_app(Simulator(tmp_path / "s.sqlite"))
    served = {(method, route.path) for route in app.routes if isinstance(route, APIRoute)
              for method in route.methods}
    declared = {(m.upper(), BASE + p) for m, p in ROUTE.findall(APP_SOURCE.read_text(encoding="utf-8"))}
    assert served == declared
    assert all(route.path.startswith(BASE) for route in app.routes if hasattr(route, "path"))
