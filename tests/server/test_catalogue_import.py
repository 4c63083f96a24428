"""Issue 14, item 1: `kiosk-server catalogue import FILE` loads the national procedure database's export.

The fixture tests/server/data/dvcqg_catalogue.json is built from the field names OpenCPS reads from the
national portal's LayThuTuc answer (server/catalogue_import.py cites the lines); its contents are test data.
"""
from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from server_testkit import KIOSK_TOKEN, VN, AppFactory, FakeClock, dossier_payload, submit
from sqlalchemy import select

import server.catalogue_import as catalogue_import
from kiosk_app.api.schemas import ProcedureDetail, TimeUnit
from server import cli
from server.catalogue import read_catalogue
from server.catalogue_import import CatalogueImportError
from server.models import Meta, Procedure

pytestmark = pytest.mark.pdf_envelope_only  # the subject is not the upload check (tests/server/conftest.py)

FIXTURE = Path(__file__).parent / "data" / "dvcqg_catalogue.json"
FIXTURE_CODES = {"1.009846", "2.000169", "1.005298", "9.900001", "9.900002"}  # 9.900003 is not public


def _export() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return data


def _write(tmp_path: Path, data: dict[str, Any], name: str = "export.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _snapshot(app: FastAPI) -> tuple[list[tuple[str, bool, Any]], dict[str, str]]:
    """Every procedure row and every catalogue fact of the database, to compare before and after."""
    with app.state.backend.db.read() as session:
        rows = [(p.code, p.active, p.data) for p in session.scalars(select(Procedure).order_by(Procedure.code))]
        meta = {m.key: m.value for m in session.scalars(select(Meta)) if m.key.startswith("catalogue")}
    return rows, meta


def test_fixture_has_at_least_five_procedures_in_the_national_shape() -> None:
    """Issue 14: the national-format fixture holds >= 5 public procedures using the source's field names."""
    records = _export()["result"]
    public = [r for r in records if r["TRANGTHAI"] == 1]
    assert len(public) >= 5
    for record in records:
        assert {"MATTHC", "TENTTHC", "LINHVUCTHUCHIEN", "CACHTHUCTHUCHIEN", "DOITUONGTHUCHIEN", "KETQUATHUCHIEN",
                "CANCUPHAPLY", "TRANGTHAI", "COQUANTHUCHIEN", "THANHPHANHOSO"} <= record.keys()


def test_import_reports_additions_changes_and_removals(make_app: AppFactory, tmp_path: Path) -> None:
    """Issue 14: an import reports added, changed and removed procedures, and the API serves the result."""
    app = make_app()
    shipped = {p.code for p in read_catalogue().procedures}
    first = app.state.backend.import_catalogue(FIXTURE)
    assert set(first.added) == FIXTURE_CODES - shipped
    assert set(first.changed) == FIXTURE_CODES & shipped
    assert set(first.removed) == shipped - FIXTURE_CODES
    assert first.unchanged == []

    client = TestClient(app, headers={"Authorization": f"Bearer {KIOSK_TOKEN}"})
    catalogue = client.get("/api/v1/catalogue").json()
    assert catalogue["version"] == first.version
    assert {p["code"] for p in catalogue["procedures"]} == FIXTURE_CODES
    trademark = ProcedureDetail.model_validate(client.get("/api/v1/catalogue/1.005298").json())
    assert trademark.processing_times[0].unit is TimeUnit.MONTHS and trademark.processing_times[0].amount == 9
    assert [f.amount_vnd for f in trademark.fees] == [150000, 550000]
    assert trademark.verified is None and trademark.confirm_at_counter  # imported entries are unverified
    assert trademark.name_en == next(p.name_en for p in read_catalogue().procedures if p.code == "1.005298")
    licence = ProcedureDetail.model_validate(client.get("/api/v1/catalogue/2.000169").json())
    assert licence.processing_times[0].unit is TimeUnit.CALENDAR_DAYS
    assert licence.fees[0].amount_vnd is None  # a described charge is not shown as free
    assert all(not c.particulars_known for c in licence.components)
    assert [d.number for d in licence.legal_documents] == ["94/2025/QH15"]

    changed = _export()
    records = changed["result"]
    records[0]["TENTTHC"] = "Cấp chứng chỉ nhân viên bức xạ (dữ liệu thử, sửa)"  # 1.009846 changed
    records[:] = [r for r in records if r["MATTHC"] != "9.900001"]  # removed
    new = copy.deepcopy(records[-2])
    new["MATTHC"] = "9.900009"  # added
    records.append(new)
    second = app.state.backend.import_catalogue(_write(tmp_path, changed))
    assert (second.added, second.changed, second.removed) == (["9.900009"], ["1.009846"], ["9.900001"])
    assert set(second.unchanged) == FIXTURE_CODES - {"1.009846", "9.900001"}
    assert "thêm 1: 9.900009" in second.summary() and "bỏ 1: 9.900001" in second.summary()


def test_an_import_survives_a_restart(make_app: AppFactory) -> None:
    """Issue 14: the shipped file does not overwrite an imported catalogue on the next start (same file version)."""
    report = make_app().state.backend.import_catalogue(FIXTURE)
    restarted = make_app()
    assert restarted.state.backend.catalogue_version() == report.version
    with restarted.state.backend.db.read() as session:
        active = {p.code for p in session.scalars(select(Procedure).where(Procedure.active.is_(True)))}
    assert active == FIXTURE_CODES


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """A mutation of record 3 (1-based) at a dotted path with [i] indexes."""
    def mutate(data: dict[str, Any]) -> None:
        target: Any = data["result"][2]
        parts = path.replace("]", "").replace("[", ".").split(".")
        for part in parts[:-1]:
            target = target[int(part)] if part.isdigit() else target[part]
        last = parts[-1]
        if value is _DELETE:
            del target[last]
        else:
            target[int(last) if last.isdigit() else last] = value
    return mutate


_DELETE = object()


@pytest.mark.parametrize(("mutate", "field"), [
    (_set("CACHTHUCTHUCHIEN[0].THOIGIAN[0].DONVITINH", "Tuần"), "CACHTHUCTHUCHIEN[0].THOIGIAN[0].DONVITINH"),
    (_set("CACHTHUCTHUCHIEN[1].THOIGIAN[0].PHILEPHI[1].SOTIEN", -5), "CACHTHUCTHUCHIEN[1].THOIGIAN[0].PHILEPHI[1].SOTIEN"),
    (_set("CACHTHUCTHUCHIEN[0].THOIGIAN[0].PHILEPHI[0].DONVI", "USD"), "CACHTHUCTHUCHIEN[0].THOIGIAN[0].PHILEPHI[0].DONVI"),
    (_set("CACHTHUCTHUCHIEN[2].KENH", 7), "CACHTHUCTHUCHIEN[2].KENH"),
    (_set("TENTTHC", _DELETE), "TENTTHC"),
    (_set("MATTHC", "1.5298"), "MATTHC"),
    (_set("LINHVUCTHUCHIEN[0].TENLINHVUC", "Giao thông vận tải"), "LINHVUCTHUCHIEN[0].TENLINHVUC"),
    (_set("COQUANTHUCHIEN", []), "COQUANTHUCHIEN"),
    (_set("MATTHC", "1.009846"), "MATTHC"),  # duplicate of record 1
])
def test_bad_input_is_rejected_naming_the_record_and_the_field(
        app: FastAPI, tmp_path: Path, mutate: Callable[[dict[str, Any]], None], field: str) -> None:
    """Issue 14: bad input is rejected naming the record and the field; the database is unchanged."""
    before = _snapshot(app)
    data = _export()
    mutate(data)
    with pytest.raises(CatalogueImportError) as caught:
        app.state.backend.import_catalogue(_write(tmp_path, data))
    assert caught.value.record == 3
    assert caught.value.field == field
    assert "bản ghi 3" in str(caught.value) and field in str(caught.value)
    assert _snapshot(app) == before


def test_oversized_or_too_deep_files_are_refused(app: FastAPI, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 14: the input is bounded in size and nesting depth (refused before parsing)."""
    deep = tmp_path / "deep.json"
    deep.write_text('{"result": [' + "[" * 50_000 + "]" * 50_000 + "]}", encoding="utf-8")
    with pytest.raises(CatalogueImportError, match="lồng sâu"):
        app.state.backend.import_catalogue(deep)
    monkeypatch.setattr(catalogue_import, "MAX_FILE_BYTES", 1000)
    with pytest.raises(CatalogueImportError, match="lớn hơn 1000 byte"):
        app.state.backend.import_catalogue(FIXTURE)


def test_a_failure_while_storing_leaves_the_database_unchanged(app: FastAPI,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 14: nothing is half-imported: a failure after rows were written rolls the whole import back."""
    before = _snapshot(app)
    real_store = catalogue_import.store_procedures

    def store_then_fail(*args: Any, **kwargs: Any) -> None:
        real_store(*args, **kwargs)
        raise RuntimeError("disk full (simulated)")

    monkeypatch.setattr(catalogue_import, "store_procedures", store_then_fail)
    with pytest.raises(RuntimeError, match="simulated"):
        app.state.backend.import_catalogue(FIXTURE)
    assert _snapshot(app) == before


def test_the_command_line_imports_and_refuses(database_url: str, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 14: `kiosk-server catalogue import FILE` prints the report; a bad file exits 2 and changes nothing."""
    base = ["--database-url", database_url, "--data-dir", str(tmp_path / "data")]
    bad = _export()
    bad["result"][4]["CACHTHUCTHUCHIEN"][0]["THOIGIAN"][0]["THOIGIANGIAIQUYET"] = "mười"
    assert cli.main([*base, "catalogue", "import", str(_write(tmp_path, bad))]) == 2
    err = capsys.readouterr().err
    assert "bản ghi 5 (MATTHC 9.900002)" in err and "CACHTHUCTHUCHIEN[0].THOIGIAN[0].THOIGIANGIAIQUYET" in err
    assert cli.main([*base, "catalogue", "import", str(FIXTURE)]) == 0
    assert "thêm 2: 9.900001, 9.900002" in capsys.readouterr().out


def test_deadlines_of_imported_procedures_use_their_time_unit(make_app: AppFactory, clock: FakeClock) -> None:
    """Issue 14: after import, the 9-month procedure is due in 9 months and the 60-calendar-day one in 60 days,
    not in 9 or 60 working days; the 15-working-day one stays in working days."""
    app = make_app()
    app.state.backend.import_catalogue(FIXTURE)
    client = TestClient(app, headers={"Authorization": f"Bearer {KIOSK_TOKEN}"})
    clock.set(datetime(2026, 3, 4, 9, 0, tzinfo=VN))  # Wednesday 4 March 2026

    def due(code: str, component: str) -> str:
        payload = dossier_payload(documents=[{"component_id": component, "pages": 1}])
        payload["procedure_code"] = code
        response = submit(client, payload)
        assert response.status_code == 201, response.text
        return str(response.json()["appointed_date"])

    assert due("1.005298", "tokhai") == "2026-12-04"  # 9 months (a Friday)
    assert due("2.000169", "don") == "2026-05-04"  # 3 May + 60 days is a Sunday -> Monday 4 May
    assert due("9.900001", "don") == "2026-03-18"  # 10 working days
