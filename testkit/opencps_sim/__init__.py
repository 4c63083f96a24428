"""An OpenCPS v2 simulator for tests and demos: the REST routes the kiosk's OpenCPS adapter uses, with the
field names, status codes and error shapes of VietOpenCPS/opencps-v2's controllers (docs/opencps-api.md), state
in one SQLite file, and an officer desk to move dossiers through the process.

``start_simulator(db_path)`` serves it; ``python -m testkit.opencps_sim --db F --port N`` too, and
``python -m testkit.opencps_sim officer --db F accept <dossier>`` acts as an officer on the same file.
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what the names are, for the type checker; at run time __getattr__ loads them
    from testkit.opencps_sim.app import BASE, create_app
    from testkit.opencps_sim.officer import OfficerDesk
    from testkit.opencps_sim.server import RunningSim, start_simulator
    from testkit.opencps_sim.simulator import Caller, SignedInAccount, Simulator, SimulatorError
    from testkit.opencps_sim.site import (
        GROUP_ID,
        KIOSK_PASSWORD,
        KIOSK_USER,
        MINISTRY_AGENCY,
        OFFICER_PASSWORD,
        OFFICER_USER,
        PROVINCE_AGENCY,
        SiteConfig,
        template_no,
    )

#: where each public name lives: the package loads a module only when one of its names is asked for, so the
#: kiosk process of the crash tests, which needs the site's account constants, does not import the simulator's
#: web app (FastAPI, SQLAlchemy models) at every start
_HOME = {
    "BASE": "app", "create_app": "app", "OfficerDesk": "officer", "RunningSim": "server", "start_simulator": "server",
    "Caller": "simulator", "SignedInAccount": "simulator", "Simulator": "simulator", "SimulatorError": "simulator",
    **dict.fromkeys(("GROUP_ID", "KIOSK_PASSWORD", "KIOSK_USER", "MINISTRY_AGENCY", "OFFICER_PASSWORD",
                     "OFFICER_USER", "PROVINCE_AGENCY", "SiteConfig", "template_no"), "site"),
}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_HOME[name]}"), name)
    globals()[name] = value
    return value


__all__ = ["BASE", "GROUP_ID", "KIOSK_PASSWORD", "KIOSK_USER", "MINISTRY_AGENCY", "OFFICER_PASSWORD",
           "OFFICER_USER", "PROVINCE_AGENCY", "Caller", "OfficerDesk", "RunningSim", "SignedInAccount", "SiteConfig",
           "Simulator", "SimulatorError", "create_app", "start_simulator", "template_no"]
