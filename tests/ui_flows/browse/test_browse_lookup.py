"""LOOKUP and PROCEDURE through the real widgets: search as you type, browse by field, open a procedure."""
from __future__ import annotations

from browse_kit import field, tap, type_into
from PySide6.QtWidgets import QLabel, QPushButton

from kiosk_app.flow import KioskFlow, Screen
from ui.main_window import MainWindow
from ui.screens.lookup import LookupScreen


def visible_results(window: MainWindow) -> list[str]:
    screen: LookupScreen = window.screens[Screen.LOOKUP]
    return [row.objectName() for row in screen.rows if row.isVisible()]


def test_typing_without_accents_finds_the_procedure_and_opens_it(qtbot, window: MainWindow, flow: KioskFlow) -> None:
    tap(qtbot, window, "btn_lookup")
    assert field(window, "field_search").property("keyboard") == "text"
    type_into(qtbot, window, "field_search", "dang ky nhan hieu")
    results = visible_results(window)
    assert results, "no result for 'dang ky nhan hieu'"
    first = flow.services.catalogue.get(results[0].removeprefix("btn_result_"))
    assert "nhãn hiệu" in first.name_vi.lower()
    row = window.findChild(QPushButton, results[0])
    assert first.name_en in row.text() and first.code in row.text()  # English session: English names
    tap(qtbot, window, results[0])
    assert flow.state is Screen.PROCEDURE
    assert flow.session.procedure_code == first.code
    assert window.findChild(QLabel, "procedure_name").text() == first.name_en
    tap(qtbot, window, "btn_back")  # Back keeps the query and the results
    assert flow.state is Screen.LOOKUP
    assert field(window, "field_search").text() == "dang ky nhan hieu"
    assert visible_results(window) == results


def test_search_tolerates_typing_mistakes_and_says_when_nothing_matches(qtbot, window: MainWindow, flow: KioskFlow) -> None:
    tap(qtbot, window, "btn_lookup")
    type_into(qtbot, window, "field_search", "dang ki nhan heiu")
    results = visible_results(window)
    assert any("nhãn hiệu" in flow.services.catalogue.get(r.removeprefix("btn_result_")).name_vi.lower() for r in results[:3])
    type_into(qtbot, window, "field_search", "qqqqzzzz")
    assert visible_results(window) == []
    assert "No procedure matches" in window.findChild(QLabel, "lookup_summary").text()


def test_browse_by_field_then_back_to_all_fields(qtbot, window: MainWindow, flow: KioskFlow) -> None:
    tap(qtbot, window, "btn_lookup")
    assert "btn_field_intellectual_property" in visible_results(window)
    tap(qtbot, window, "btn_field_intellectual_property")
    codes = [r.removeprefix("btn_result_") for r in visible_results(window)]
    expected = [p.code for p in flow.services.catalogue.procedures() if p.field.value == "intellectual_property"]
    assert sorted(codes) == sorted(expected) and codes
    assert flow.session.browse.browsed_field == "intellectual_property"
    tap(qtbot, window, f"btn_result_{codes[0]}")
    tap(qtbot, window, "btn_back")
    assert [r.removeprefix("btn_result_") for r in visible_results(window)] == codes  # still in the field
    tap(qtbot, window, "btn_all_fields")
    assert all(r.startswith("btn_field_") for r in visible_results(window))


def test_procedure_shows_everything_and_leads_to_checklist_and_submit(qtbot, window: MainWindow, flow: KioskFlow) -> None:
    tap(qtbot, window, "btn_lookup")
    type_into(qtbot, window, "field_search", "2.000169")
    tap(qtbot, window, "btn_result_2.000169")
    facts = " ".join(window.findChild(QLabel, name).text()
                     for name in ("procedure_key_facts", "procedure_facts", "procedure_legal_basis"))
    for text in ("60 days (calendar days)", "50.000.000 đ", "20.000.000 đ", "Radiation work licence",
                 "Luật Năng lượng nguyên tử 2025 (94/2025/QH15)", "in person at the one-stop department", "by post",
                 "Time and fee to be confirmed at the counter"):  # issue 14: unit, current law, unverified
        assert text in facts, text
    documents = window.findChild(QLabel, "procedure_documents").text()
    assert "Business registration certificate" in documents
    assert "When: When applying for the first time" in documents and "Only if it applies to you" in documents
    assert "original" in documents and "copy" in documents
    tap(qtbot, window, "btn_checklist")
    assert flow.state is Screen.CHECKLIST
    tap(qtbot, window, "btn_back")
    tap(qtbot, window, "btn_submit_this")
    assert flow.state is Screen.SUBMIT and flow.session.procedure_code == "2.000169"


def test_lookup_works_with_the_backend_down(qtbot, dead_window: MainWindow, dead_flow: KioskFlow) -> None:
    tap(qtbot, dead_window, "btn_lookup")
    type_into(qtbot, dead_window, "field_search", "buc xa")
    results = visible_results(dead_window)
    assert results
    tap(qtbot, dead_window, results[0])
    assert dead_flow.state is Screen.PROCEDURE
    assert "working day" in dead_window.findChild(QLabel, "procedure_key_facts").text()


def test_language_switch_renames_results_and_fields(qtbot, window: MainWindow, flow: KioskFlow) -> None:
    tap(qtbot, window, "btn_lookup")
    tap(qtbot, window, "btn_field_radiation_safety")
    row = window.findChild(QPushButton, visible_results(window)[0])
    procedure = flow.services.catalogue.get(row.objectName().removeprefix("btn_result_"))
    assert procedure.name_en in row.text()
    tap(qtbot, window, "btn_language")
    assert procedure.name_vi in row.text()
