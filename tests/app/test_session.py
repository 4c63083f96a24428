"""The citizen session's scratch space is private and wiped completely."""
from __future__ import annotations

import stat
from pathlib import Path

import pytest

from kiosk_app.session import CitizenSession


def test_scratch_root_is_private(tmp_path: Path) -> None:
    session = CitizenSession(tmp_path / "sessions")
    assert stat.S_IMODE((tmp_path / "sessions").stat().st_mode) == 0o700
    assert session.scratch_dir.parent == tmp_path / "sessions"
    assert not session.has_personal_data


def test_wipe_removes_fields_and_files(tmp_path: Path) -> None:
    session = CitizenSession(tmp_path / "sessions")
    session.submission.applicant.id_number = "001090123456"
    nested = session.scratch_dir / "a" / "b.pdf"
    nested.parent.mkdir()
    nested.write_bytes(b"%PDF-1.7")
    assert session.has_personal_data
    first_id = session.id
    session.wipe()
    assert session.submission.applicant.id_number == "" and not session.has_personal_data
    assert not nested.exists()
    assert session.id != first_id
    assert list((tmp_path / "sessions").iterdir()) == [session.scratch_dir]


@pytest.mark.expect_log(logger="kiosk.session", level="WARNING",
                         message=r"removed 1 session scratch directories left by an earlier run")
def test_leftovers_of_a_crashed_run_are_purged(tmp_path: Path) -> None:
    crashed = CitizenSession(tmp_path / "sessions")
    (crashed.scratch_dir / "scan.jpg").write_bytes(b"x")
    fresh = CitizenSession(tmp_path / "sessions")
    assert fresh.purge_leftovers() == 1
    assert not crashed.scratch_dir.exists()
    assert fresh.scratch_dir.exists()


def test_a_clean_stop_leaves_no_scratch_directory(tmp_path: Path) -> None:
    """Stopping the kiosk erases the visitor's data and leaves nothing the next start must purge."""
    root = tmp_path / "sessions"
    session = CitizenSession(root)
    (session.scratch_dir / "page.jpg").write_bytes(b"\xff\xd8")
    session.submission.applicant.full_name = "Nguyễn Văn Bình"
    session.close()
    assert list(root.iterdir()) == []
    assert not session.submission.applicant.full_name
    assert CitizenSession(root).purge_leftovers() == 0
