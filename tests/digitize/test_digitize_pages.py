"""Page management of a component: add, retake, delete, reorder, undo, submit."""
from __future__ import annotations

import pytest

from kiosk_app.digitize.pages import ComponentPages, PagesLocked


def test_add_retake_delete_move_and_undo_each_step() -> None:
    pages: ComponentPages[str] = ComponentPages("don-de-nghi")
    assert pages.add("p1") == 0
    pages.add("p2")
    pages.add("p3")
    assert pages.pages == ("p1", "p2", "p3")
    pages.retake(1, "p2-new")
    assert pages.pages == ("p1", "p2-new", "p3")
    assert pages.delete(0) == "p1"
    assert pages.pages == ("p2-new", "p3")
    pages.move(1, 0)
    assert pages.pages == ("p3", "p2-new")
    pages.undo()
    assert pages.pages == ("p2-new", "p3")
    pages.undo()
    assert pages.pages == ("p1", "p2-new", "p3")
    pages.undo()
    assert pages.pages == ("p1", "p2", "p3")
    for _ in range(3):
        pages.undo()
    assert pages.pages == () and not pages.can_undo
    with pytest.raises(IndexError):
        pages.undo()


def test_move_to_the_end_and_negative_indexes() -> None:
    pages: ComponentPages[int] = ComponentPages("x")
    for n in range(4):
        pages.add(n)
    pages.move(0, -1)
    assert pages.pages == (1, 2, 3, 0)
    pages.delete(-1)
    assert list(pages) == [1, 2, 3] and pages[0] == 1 and len(pages) == 3


def test_bad_indexes_change_nothing() -> None:
    pages: ComponentPages[str] = ComponentPages("x")
    pages.add("a")
    for action in (lambda: pages.delete(1), lambda: pages.retake(5, "b"), lambda: pages.move(0, 3)):
        with pytest.raises(IndexError):
            action()
    assert pages.pages == ("a",)
    pages.undo()
    assert pages.pages == ()


def test_page_limit() -> None:
    pages: ComponentPages[int] = ComponentPages("x", max_pages=2)
    pages.add(1)
    pages.add(2)
    with pytest.raises(ValueError):
        pages.add(3)


def test_submission_locks_and_clears_history() -> None:
    pages: ComponentPages[str] = ComponentPages("x")
    pages.add("a")
    pages.add("b")
    assert pages.submit() == ("a", "b")
    assert pages.locked and not pages.can_undo
    for action in (lambda: pages.add("c"), lambda: pages.delete(0), lambda: pages.undo()):
        with pytest.raises(PagesLocked):
            action()
    assert pages.pages == ("a", "b")


def test_clear_wipes_pages_and_history() -> None:
    pages: ComponentPages[str] = ComponentPages("x")
    pages.add("a")
    pages.clear()
    assert pages.pages == () and not pages.can_undo
