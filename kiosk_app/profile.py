"""The kiosk profile: every setting declared once (type, default, bounds), loaded from TOML and validated.

A profile is a TOML file in ``config/`` (or any path). Environment variables override keys with the
prefix ``KIOSK_`` and ``__`` between levels, e.g. ``KIOSK_BACKEND__URL=https://...``. A bad profile
raises :class:`ProfileError` naming the file, the key and the rule, before any screen is shown.
"""
from __future__ import annotations

import json
import os
import re
import tomllib
from collections.abc import Mapping
from enum import Enum
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from pydantic_core import ErrorDetails

from devices import registry
from kiosk_app.api.schemas import DossierStatus, ProcedureField
from kiosk_app.digitize.settings import DigitizeSettings
from kiosk_app.domain.tracking_qr import is_public_url
from kiosk_app.paths import CONFIG_DIR, platform_data_dir


class ProfileError(Exception):
    """A profile that cannot be used; ``problems`` lists one "key: rule" line per error."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        super().__init__(f"{source}: invalid profile\n" + "\n".join(f"  - {p}" for p in problems))


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class IdleSettings(Strict):
    """How long the kiosk waits for a citizen who seems gone ([kiosk.idle]; issue 21: reading and scanning
    screens wait longer, and the warning gives at least a minute)."""

    default: int = Field(120, ge=30, le=3600, description="seconds without presence before the idle warning")
    reading: int = Field(300, ge=30, le=3600, description="the same on reading screens: procedure, checklist, "
                                                          "a tracked dossier")
    scanning: int = Field(300, ge=30, le=3600, description="the same while scanning pages (the wizard's scan "
                                                           "step, a supplement)")
    countdown: int = Field(60, ge=60, le=300, description="seconds the warning counts down before the session is "
                                                          "wiped (at least a minute)")


# Old [kiosk] keys and where they went (the kiosk refuses them with the pointer, it does not guess).
_MOVED_IDLE_KEYS = {
    "idle_seconds": "[kiosk.idle] default (reading and scanning screens have their own keys there)",
    "idle_countdown_seconds": "[kiosk.idle] countdown (at least 60)",
}


class KioskSettings(Strict):
    """Identity and behaviour of this kiosk."""

    id: str = Field("KIOSK-01", min_length=1, max_length=64, description="kiosk identifier known to the backend")
    name: str = Field("Kiosk", description="human name shown in maintenance mode")
    language: Literal["vi", "en"] = Field("vi", description="language at the start of every session")
    idle: IdleSettings = IdleSettings()
    kiosk_mode: bool = Field(True, description="frameless full-screen window that ignores close shortcuts")
    text_scale: float = Field(1.0, ge=1.0, le=2.0, description="starting text size factor")

    @model_validator(mode="before")
    @classmethod
    def _idle_keys_moved(cls, data: Any) -> Any:
        # The idle times were two [kiosk] keys (and KIOSK_KIOSK__IDLE_SECONDS): say where they went.
        if isinstance(data, dict):
            for key, place in _MOVED_IDLE_KEYS.items():
                if key in data:
                    raise ValueError(f"{key}: moved to {place}")
        return data


class AccessibilitySettings(Strict):
    """Speech output, colours and keypad behaviour (EN 301 549 closed functionality, WCAG 2.2 AA)."""

    theme: Literal["standard", "high-contrast"] = Field("standard", description="colour theme at the start of every session")
    speech: bool = Field(False, description="speech mode at the start of every session (screen and focus changes spoken)")
    speech_output: Literal["audio", "wav", "off"] = Field(
        "audio", description="audio: espeak-ng to the sound card; wav: one WAV file per utterance in <data_dir>/speech (QA); off")
    speech_rate_wpm: int = Field(150, ge=80, le=400, description="speaking rate, words per minute")
    speech_on_keypad: bool = Field(True, description="the first navigation key of a session turns speech mode on")


class BackendMode(str, Enum):
    EMBEDDED = "embedded"
    REMOTE = "remote"


class BackendKind(str, Enum):
    """Which system the kiosk submits into: the reference server, or an OpenCPS v2 installation."""

    REFERENCE = "reference"
    OPENCPS = "opencps"


class OpenCpsSettings(Strict):
    """How the kiosk reaches an OpenCPS v2 installation ([backend.opencps]; used with kind = "opencps")."""

    url: str = Field(description="base URL of OpenCPS's REST API, e.g. https://dichvucong.example.gov.vn/o/rest/v2")
    group_id: int = Field(gt=0, description="the OpenCPS site's groupId (sent as the header groupId)")
    user: str = Field(min_length=1, description="the kiosk's OpenCPS account (its login, e.g. an e-mail)")
    password: str = Field("", description="the kiosk account's password (secret; or password_file)")
    password_file: Path | None = Field(None, description="a file holding the kiosk account's password")
    agency_code: str = Field(min_length=1, description="govAgencyCode of the one-stop department the kiosk serves")
    submit_action_code: str = Field("1100", min_length=1, description="actionCode that sends a new dossier "
                                                                      "(OpenCPS's own submit action is 1100)")
    supplement_action_code: str = Field("7200", min_length=1, description="actionCode of the applicant's answer to "
                                                                          "a supplement request in the site's process")
    status_map: dict[str, DossierStatus] = Field(
        default_factory=dict, description="OpenCPS dossierStatus -> portal status 1-10, over the adapter's defaults")
    substatus_map: dict[str, DossierStatus] = Field(
        default_factory=dict, description="OpenCPS dossierSubStatus -> portal status 1-10 (wins over status_map)")
    domain_fields: dict[str, ProcedureField] = Field(
        default_factory=dict, description="OpenCPS domainCode -> the kiosk's field (a code naming a field maps itself)")

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not value.startswith(("https://", "http://")):
            raise ValueError("must be an http(s) URL")
        return value.rstrip("/")

    @model_validator(mode="after")
    def _one_password(self) -> OpenCpsSettings:
        if bool(self.password) == (self.password_file is not None):
            raise ValueError("password: give either password or password_file (exactly one)")
        if self.password_file is not None and not self.password_file.is_file():
            raise ValueError(f"password_file: no such file {str(self.password_file)!r}")
        return self

    def secret(self) -> str:
        """The kiosk account's password, from the profile or read from ``password_file``."""
        if self.password_file is not None:
            return self.password_file.read_text(encoding="utf-8").strip()
        return self.password


class BackendSettings(Strict):
    """How the kiosk reaches the ministry's administrative-procedure system."""

    kind: BackendKind = Field(BackendKind.REFERENCE, description="reference: the reference server; opencps: an "
                                                                 "OpenCPS v2 installation ([backend.opencps])")
    mode: BackendMode = Field(BackendMode.EMBEDDED, description="embedded: start the reference server in-process "
                                                                "(kind = reference only)")
    url: str = Field("", description="base URL of the backend (remote mode)")
    token: str = Field("", description="this kiosk's API token (secret)")
    opencps: OpenCpsSettings | None = Field(None, description="kind = opencps: the installation and the kiosk's account")
    ca_bundle: Path | None = Field(None, description="custom CA bundle for TLS verification")
    connect_timeout_s: float = Field(3.0, gt=0, le=60)
    read_timeout_s: float = Field(15.0, gt=0, le=300)
    embedded_database_url: str = Field("", description="embedded mode: database URL (default SQLite in data dir)")
    embedded_start_timeout_s: float = Field(20.0, gt=0, le=120)
    public_tracking_url: str = Field(
        "", description="public address a phone opens from the receipt's tracking QR (the ministry's portal or "
                        "the reference server's public URL); empty: the QR can only be read at a kiosk")

    @field_validator("public_tracking_url")
    @classmethod
    def _public_address(cls, value: str) -> str:
        value = value.strip()
        if value and not is_public_url(value):
            raise ValueError("must be empty or a public http(s) URL (not a loopback, private or .local address)")
        return value.rstrip("/")

    @model_validator(mode="before")
    @classmethod
    def _opencps_is_remote(cls, data: Any) -> Any:
        # Embedded mode starts the reference server inside the kiosk; an OpenCPS installation is always
        # reached over the network, so with kind = "opencps" the mode is remote (said or left out).
        if isinstance(data, dict) and data.get("kind") == BackendKind.OPENCPS.value:
            mode = data.get("mode", BackendMode.REMOTE.value)
            if mode != BackendMode.REMOTE.value:
                raise ValueError(f"mode: {mode!r} is for the reference server only; with kind = \"opencps\" the "
                                 "kiosk reaches OpenCPS over the network: set mode = \"remote\" or leave mode out")
            data = {**data, "mode": BackendMode.REMOTE.value}
        return data

    @model_validator(mode="after")
    def _remote_needs_url(self) -> BackendSettings:
        if self.kind is BackendKind.OPENCPS:
            if self.opencps is None:
                raise ValueError("opencps: kind = \"opencps\" needs a [backend.opencps] table "
                                 "(url, group_id, user, password or password_file, agency_code)")
        elif self.mode is BackendMode.REMOTE:
            if not self.url.startswith(("https://", "http://")):
                raise ValueError("url: remote mode needs an http(s) URL")
            if not self.token:
                raise ValueError("token: remote mode needs the kiosk's API token")
        return self

    @property
    def address(self) -> str:
        """The address the kiosk connects to in remote mode ("" in embedded mode: it is known once started)."""
        if self.kind is BackendKind.OPENCPS and self.opencps is not None:
            return self.opencps.url
        return self.url if self.mode is BackendMode.REMOTE else ""


class DeviceSlot(Strict):
    """One device of the kiosk: which adapter, whether the kiosk can serve without it, its options."""

    adapter: str
    required: bool = True
    options: dict[str, Any] = Field(default_factory=dict)


class DevicesSettings(Strict):
    camera: DeviceSlot = DeviceSlot(adapter="simulated")
    qr: DeviceSlot = DeviceSlot(adapter="simulated", required=False)
    printer: DeviceSlot = DeviceSlot(adapter="simulated")
    card: DeviceSlot | None = Field(None, description="chip ID card reader (adapter pcsc or simulated); none by default")


class IdentitySettings(Strict):
    """Verifying the citizen's chip ID card (issue 16)."""

    csca_store: Path | None = Field(
        None, description="CSCA certificates (PEM/DER file or directory) that vouch for card signers; none is shipped "
                          "as trusted: without it a chip reading is at most 'chip-unverified-signer'")


class MaintenanceSettings(Strict):
    """Technician access and fleet reporting."""

    pin_hash: str = Field("", description="Argon2 hash of the maintenance PIN (kiosk maintenance set-pin)")
    idle_minutes: float = Field(5.0, ge=0.5, le=120, description="maintenance mode leaves by itself after this idle time")
    max_attempts: int = Field(5, ge=1, le=20, description="wrong PINs before entry is locked")
    lockout_minutes: float = Field(5.0, ge=0.5, le=1440, description="how long entry stays locked")
    heartbeat_seconds: int = Field(60, ge=5, le=3600, description="how often health is reported to the backend")


ENV_PREFIX = "KIOSK_"
ENV_NESTED_DELIMITER = "__"


class KioskProfile(Strict):
    """The whole profile (:func:`load_profile` lays the environment's ``KIOSK_...`` keys over the file's)."""

    name: str = Field("custom", description="profile name")
    simulated: bool = Field(False, description="QA profile: simulated devices, fault panel allowed")
    data_dir: Path = Field(default_factory=platform_data_dir,
                           description="the kiosk's data directory (logs, sessions, outbox, embedded server); "
                                       "environment KIOSK_DATA_DIR; default: the platform's user data dir")
    kiosk: KioskSettings = KioskSettings()
    backend: BackendSettings = BackendSettings()
    devices: DevicesSettings = DevicesSettings()
    digitize: DigitizeSettings = DigitizeSettings()
    accessibility: AccessibilitySettings = AccessibilitySettings()
    maintenance: MaintenanceSettings = MaintenanceSettings()
    identity: IdentitySettings = IdentitySettings()

    @model_validator(mode="before")
    @classmethod
    def _one_data_dir_setting(cls, data: Any) -> Any:
        # The data directory was once a [kiosk] key (and KIOSK_KIOSK__DATA_DIR): say where it went.
        kiosk = data.get("kiosk") if isinstance(data, dict) else None
        if isinstance(kiosk, dict) and "data_dir" in kiosk:
            raise ValueError("kiosk: data_dir is a top-level key now (before any [section]), "
                             "or the environment variable KIOSK_DATA_DIR")
        return data

    @model_validator(mode="after")
    def _wav_speech_is_for_qa(self) -> KioskProfile:
        # Utterances may read out a name or phone digits: files of them are for the QA profile only.
        if self.accessibility.speech_output == "wav" and not self.simulated:
            raise ValueError("accessibility: speech_output 'wav' keeps what was spoken on disk; "
                             "only a simulated (QA) profile may use it")
        return self


def environment_overrides(environ: Mapping[str, str]) -> dict[str, Any]:
    """The profile keys set in the environment: ``KIOSK_BACKEND__URL=x`` -> ``{"backend": {"url": "x"}}``.

    Names are case-insensitive; only names whose first level is a profile key count (``KIOSK_TEST_...`` is
    not the profile's). A value that is a JSON object or array is decoded (``KIOSK_DEVICES__CAMERA__OPTIONS``);
    any other value stays a string for the model to convert and check. (This replaces pydantic-settings,
    whose import cost a tenth of a second before the first paint: issue 20.)
    """
    overrides: dict[str, Any] = {}
    for name, value in environ.items():
        if not name.upper().startswith(ENV_PREFIX):
            continue
        path = name[len(ENV_PREFIX):].lower().split(ENV_NESTED_DELIMITER)
        if path[0] not in KioskProfile.model_fields or "" in path:
            continue
        decoded: Any = value
        if value.lstrip().startswith(("{", "[")):
            try:
                decoded = json.loads(value)
            except ValueError:
                pass  # the model names the key and the problem
        level = overrides
        for key in path[:-1]:
            nested = level.setdefault(key, {})
            if not isinstance(nested, dict):
                nested = level[key] = {}
            level = nested
        level[path[-1]] = decoded
    return overrides


def _deep_merge(base: dict[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """``base`` with ``over`` laid on top, table by table."""
    merged = dict(base)
    for key, value in over.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), dict):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def resolve_profile_path(name_or_path: str) -> Path:
    """``simulated`` -> ``config/simulated.toml``; anything with a slash or .toml is a path."""
    if "/" in name_or_path or name_or_path.endswith(".toml"):
        return Path(name_or_path)
    return CONFIG_DIR / f"{name_or_path}.toml"


def _format_error(error: ErrorDetails) -> str:
    key = ".".join(str(part) for part in error["loc"])
    message = error["msg"].removeprefix("Value error, ")
    # A model-level rule names its field as "field: rule"; fold that into the key.
    field = re.match(r"^([a-z_]+): (.*)$", message) if error["type"] == "value_error" else None
    if field:
        key, message = f"{key}.{field.group(1)}" if key else field.group(1), field.group(2)
        return f"{key}: {message}"
    if "input" in error and error["type"] not in ("missing", "extra_forbidden") and not isinstance(error["input"], dict):
        return f"{key}: invalid value {error['input']!r}: {message}" if key else message
    if error["type"] == "extra_forbidden":
        return f"{key}: unknown key"
    return f"{key}: {message}" if key else message


def _check_devices(profile: KioskProfile) -> list[str]:
    problems: list[str] = []
    for kind in registry.DEVICE_KINDS:
        slot: DeviceSlot | None = getattr(profile.devices, kind)
        if slot is None:  # an optional kind the profile does not configure
            continue
        try:
            spec = registry.adapter_spec(kind, slot.adapter)
        except KeyError as exc:
            problems.append(f"devices.{kind}.adapter: {exc.args[0]}")
            continue
        try:
            spec.options.model_validate(slot.options)
        except ValidationError as exc:
            for error in exc.errors():
                problems.append(_format_error({**error, "loc": ("devices", kind, "options", *error["loc"])}))
    return problems


def load_profile(name_or_path: str) -> KioskProfile:
    """Read, override from the environment, and validate a profile; raise ProfileError on any problem."""
    path = resolve_profile_path(name_or_path)
    source = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ProfileError(source, ["file not found"]) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ProfileError(source, [f"not valid TOML: {exc}"]) from None
    try:
        # Environment beats the file, so a deployment can override one key without editing TOML.
        profile = KioskProfile.model_validate(_deep_merge(data, environment_overrides(os.environ)))
    except ValidationError as exc:
        raise ProfileError(source, [_format_error(e) for e in exc.errors()]) from None
    problems = _check_devices(profile)
    if problems:
        raise ProfileError(source, problems)
    return profile
