"""Profiles: the shipped ones are valid; a broken one is refused with the file, the key and the rule."""
from __future__ import annotations

from pathlib import Path

import pytest

from kiosk_app.cli import main as kiosk_main
from kiosk_app.paths import CONFIG_DIR
from kiosk_app.profile import BackendMode, ProfileError, load_profile


@pytest.mark.parametrize("path", sorted(CONFIG_DIR.glob("*.toml")), ids=lambda p: p.name)
def test_shipped_profiles_are_valid(path: Path) -> None:
    profile = load_profile(str(path))
    assert profile.kiosk.id


def test_simulated_profile_uses_simulated_devices_and_embedded_backend() -> None:
    profile = load_profile("simulated")
    assert profile.simulated
    assert profile.backend.mode is BackendMode.EMBEDDED
    assert {profile.devices.camera.adapter, profile.devices.qr.adapter, profile.devices.printer.adapter} == {"simulated"}


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "broken.toml"
    path.write_text(text, encoding="utf-8")
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(ProfileError) as info:
        load_profile(str(path))
    assert str(path) in str(info.value)
    return info.value.problems


def test_wrong_type_names_the_key_and_the_value(tmp_path: Path) -> None:
    found = problems(write(tmp_path, '[kiosk.idle]\ndefault = "soon"\n'))
    assert len(found) == 1
    assert found[0].startswith("kiosk.idle.default: invalid value 'soon'")


def test_out_of_bounds_names_the_bound(tmp_path: Path) -> None:
    found = problems(write(tmp_path, "[kiosk.idle]\ndefault = 2\n"))
    assert found == ["kiosk.idle.default: invalid value 2: Input should be greater than or equal to 30"]


def test_idle_countdown_gives_at_least_a_minute(tmp_path: Path) -> None:
    """Issue 21 finding 1: a profile cannot make the idle warning shorter than 60 s."""
    found = problems(write(tmp_path, "[kiosk.idle]\ncountdown = 20\n"))
    assert found == ["kiosk.idle.countdown: invalid value 20: Input should be greater than or equal to 60"]


def test_idle_times_per_screen_kind_are_read(tmp_path: Path) -> None:
    """Issue 21 finding 1: the idle times per kind of screen come from [kiosk.idle]."""
    profile = load_profile(str(write(tmp_path, "[kiosk.idle]\ndefault = 100\nreading = 400\nscanning = 500\n"
                                               "countdown = 90\n")))
    idle = profile.kiosk.idle
    assert (idle.default, idle.reading, idle.scanning, idle.countdown) == (100, 400, 500, 90)


@pytest.mark.parametrize(("key", "place"), [("idle_seconds", "[kiosk.idle] default"),
                                           ("idle_countdown_seconds", "[kiosk.idle] countdown")])
def test_old_idle_keys_are_refused_with_where_they_went(tmp_path: Path, key: str, place: str) -> None:
    """Issue 21 finding 1: an old profile's idle keys are not ignored silently: the error says where they went."""
    found = problems(write(tmp_path, f"[kiosk]\n{key} = 90\n"))
    assert len(found) == 1 and found[0].startswith(f"kiosk.{key}: moved to {place}")


def test_misspelt_key_is_an_error(tmp_path: Path) -> None:
    assert problems(write(tmp_path, "[kiosk]\nidle_secnods = 60\n")) == ["kiosk.idle_secnods: unknown key"]


def test_remote_backend_needs_url_and_token(tmp_path: Path) -> None:
    found = problems(write(tmp_path, '[backend]\nmode = "remote"\nurl = "ftp://x"\n'))
    assert found == ["backend.url: remote mode needs an http(s) URL"]


def test_unknown_device_adapter_lists_the_choices(tmp_path: Path) -> None:
    found = problems(write(tmp_path, '[devices.printer]\nadapter = "laser"\n'))
    assert len(found) == 1
    assert found[0].startswith("devices.printer.adapter: unknown printer adapter 'laser'; choose one of:")
    assert "escpos" in found[0] and "simulated" in found[0]


def test_invalid_toml_is_reported(tmp_path: Path) -> None:
    found = problems(write(tmp_path, "[kiosk\nid = 1\n"))
    assert found[0].startswith("not valid TOML")


def test_missing_file(tmp_path: Path) -> None:
    assert problems(tmp_path / "nope.toml") == ["file not found"]


def test_environment_overrides_a_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_KIOSK__IDLE__DEFAULT", "45")
    monkeypatch.setenv("KIOSK_BACKEND__CONNECT_TIMEOUT_S", "1.5")
    profile = load_profile("simulated")
    assert profile.kiosk.idle.default == 45
    assert profile.backend.connect_timeout_s == 1.5


def test_invalid_environment_override_names_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_KIOSK__LANGUAGE", "fr")
    with pytest.raises(ProfileError) as info:
        load_profile("simulated")
    assert info.value.problems[0].startswith("kiosk.language: invalid value 'fr'")


def test_config_check_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert kiosk_main(["config", "check", "simulated"]) == 0
    assert "OK" in capsys.readouterr().out
    broken = write(tmp_path, "[kiosk.idle]\ndefault = 2\n")
    assert kiosk_main(["config", "check", str(broken)]) == 2
    err = capsys.readouterr().err
    assert "kiosk.idle.default" in err and "refusing to start" in err


def test_run_refuses_an_invalid_profile_before_any_window(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = write(tmp_path, '[backend]\nmode = "sideways"\n')
    assert kiosk_main(["run", "--profile", str(broken)]) == 2
    assert "backend.mode" in capsys.readouterr().err


@pytest.mark.parametrize("url", ["http://127.0.0.1:8800", "http://localhost/", "https://192.168.1.20",
                                 "http://10.0.0.5:8080", "http://kiosk.local", "http://[::1]:8800",
                                 "http://169.254.0.9", "ftp://motcua.example.gov.vn", "motcua.example.gov.vn"])
def test_public_tracking_url_refuses_addresses_a_phone_cannot_open(tmp_path: Path, url: str) -> None:
    """Finding 1: a loopback, private, link-local or .local tracking address is refused at load, naming the key."""
    found = problems(write(tmp_path, f'[backend]\npublic_tracking_url = "{url}"\n'))
    assert len(found) == 1 and found[0].startswith("backend.public_tracking_url: invalid value"), found


def test_public_tracking_url_accepts_a_public_address(tmp_path: Path) -> None:
    """Finding 1: the ministry portal's address is kept (without a trailing slash)."""
    path = write(tmp_path, '[backend]\npublic_tracking_url = "https://motcua.example.gov.vn/"\n')
    assert load_profile(str(path)).backend.public_tracking_url == "https://motcua.example.gov.vn"


def test_config_check_warns_when_a_real_profile_has_no_public_tracking_address(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Finding 1: `kiosk config check` warns for the default profile (no public address), not for QA or once set."""
    assert kiosk_main(["config", "check", "default"]) == 0
    assert "warning: backend.public_tracking_url is not set" in capsys.readouterr().out
    assert kiosk_main(["config", "check", "simulated"]) == 0
    assert "warning" not in capsys.readouterr().out
    fixed = write(tmp_path, (CONFIG_DIR / "default.toml").read_text(encoding="utf-8").replace(
        '[backend]\nmode = "embedded"\n', '[backend]\nmode = "embedded"\npublic_tracking_url = "https://motcua.example.gov.vn"\n'))
    assert kiosk_main(["config", "check", str(fixed)]) == 0
    assert "warning" not in capsys.readouterr().out


def test_the_data_directory_is_one_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 19, "one data-directory setting": ``data_dir`` (top-level key, environment ``KIOSK_DATA_DIR``)
    is read by the profile alone; the environment beats the file, the platform directory is the default."""
    from kiosk_app.paths import platform_data_dir  # noqa: PLC0415

    path = write(tmp_path, f'data_dir = "{tmp_path / "from-file"}"\n')
    monkeypatch.delenv("KIOSK_DATA_DIR", raising=False)
    assert load_profile(str(path)).data_dir == tmp_path / "from-file"
    assert load_profile(str(write(tmp_path, 'name = "x"\n'))).data_dir == platform_data_dir()
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "from-env"))
    assert load_profile(str(path)).data_dir == tmp_path / "from-env"


def test_the_old_data_directory_key_is_refused_with_where_it_went(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 19, "one data-directory setting": ``[kiosk] data_dir`` and ``KIOSK_KIOSK__DATA_DIR`` no longer
    silently compete with ``KIOSK_DATA_DIR``; a profile that still uses them is refused with a pointer."""
    found = problems(write(tmp_path, f'[kiosk]\ndata_dir = "{tmp_path}"\n'))
    assert found == ["kiosk: data_dir is a top-level key now (before any [section]), "
                     "or the environment variable KIOSK_DATA_DIR"]
    monkeypatch.setenv("KIOSK_KIOSK__DATA_DIR", str(tmp_path))
    assert "KIOSK_DATA_DIR" in problems(write(tmp_path, 'name = "x"\n'))[0]


def test_environment_overrides_are_nested_case_insensitive_and_only_the_profiles() -> None:
    """Issue 20 (the profile without pydantic-settings): ``KIOSK_A__B`` sets ``[a] b``, names are
    case-insensitive, a JSON object is decoded, and ``KIOSK_...`` names that are not profile keys are ignored."""
    from kiosk_app.profile import environment_overrides

    environ = {"KIOSK_KIOSK__IDLE__DEFAULT": "45", "kiosk_backend__url": "https://x.example",
               "KIOSK_DEVICES__CAMERA__OPTIONS": '{"fps": 10}', "KIOSK_DATA_DIR": "/d",
               "KIOSK_TEST_POSTGRES_URL": "postgresql://ignored", "KIOSKX_NAME": "no", "PATH": "/bin"}
    assert environment_overrides(environ) == {
        "kiosk": {"idle": {"default": "45"}}, "backend": {"url": "https://x.example"},
        "devices": {"camera": {"options": {"fps": 10}}}, "data_dir": "/d"}


def test_environment_beats_the_file_key_by_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 20: an environment key replaces that one key of the file; the file's other keys in the same
    table stay (as with pydantic-settings before)."""
    monkeypatch.setenv("KIOSK_KIOSK__IDLE__DEFAULT", "45")
    profile = load_profile(str(write(tmp_path, 'simulated = true\n[kiosk]\nname = "Quầy 1"\n[kiosk.idle]\nreading = 400\n')))
    assert (profile.kiosk.name, profile.kiosk.idle.default, profile.kiosk.idle.reading) == ("Quầy 1", 45, 400)
