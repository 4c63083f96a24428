"""The pages of one document component: add, retake, delete, reorder, undoable until submission.

Generic over the page type (the scanning flow stores encoded pages with their previews). Every change
keeps the previous list on an undo stack; :meth:`ComponentPages.submit` freezes the list.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Generic, TypeVar

PageT = TypeVar("PageT")


class PagesLocked(RuntimeError):
    """The component's pages were submitted and can no longer change."""


class ComponentPages(Generic[PageT]):
    """An ordered list of pages of one component with an undo history."""

    def __init__(self, component_id: str, max_pages: int = 50) -> None:
        self.component_id = component_id
        self.max_pages = max_pages
        self._pages: tuple[PageT, ...] = ()
        self._history: list[tuple[PageT, ...]] = []
        self._locked = False

    # ------------------------------------------------------------------ reading
    @property
    def pages(self) -> tuple[PageT, ...]:
        """The pages in order."""
        return self._pages

    def __len__(self) -> int:
        return len(self._pages)

    def __iter__(self) -> Iterator[PageT]:
        return iter(self._pages)

    def __getitem__(self, index: int) -> PageT:
        return self._pages[index]

    @property
    def can_undo(self) -> bool:
        """Whether there is a change to undo."""
        return bool(self._history) and not self._locked

    @property
    def locked(self) -> bool:
        """Whether the pages were submitted."""
        return self._locked

    # ------------------------------------------------------------------ changes
    def _change(self, pages: tuple[PageT, ...]) -> None:
        if self._locked:
            raise PagesLocked(f"component {self.component_id} was submitted")
        self._history.append(self._pages)
        self._pages = pages

    def _index(self, index: int) -> int:
        if not -len(self._pages) <= index < len(self._pages):
            raise IndexError(f"page {index} does not exist (component has {len(self._pages)})")
        return index % len(self._pages)

    def add(self, page: PageT) -> int:
        """Append a page; returns its index."""
        if len(self._pages) >= self.max_pages:
            raise ValueError(f"a component holds at most {self.max_pages} pages")
        self._change(self._pages + (page,))
        return len(self._pages) - 1

    def retake(self, index: int, page: PageT) -> None:
        """Replace page ``index`` with a new capture of it, or with the page turned."""
        i = self._index(index)
        self._change(self._pages[:i] + (page,) + self._pages[i + 1:])

    def delete(self, index: int) -> PageT:
        """Remove page ``index`` and return it."""
        i = self._index(index)
        removed = self._pages[i]
        self._change(self._pages[:i] + self._pages[i + 1:])
        return removed

    def move(self, index: int, to: int) -> None:
        """Move page ``index`` so that it ends up at position ``to``."""
        i, j = self._index(index), self._index(to)
        pages = list(self._pages)
        page = pages.pop(i)
        pages.insert(j, page)
        self._change(tuple(pages))

    def undo(self) -> None:
        """Revert the last change."""
        if self._locked:
            raise PagesLocked(f"component {self.component_id} was submitted")
        if not self._history:
            raise IndexError("nothing to undo")
        self._pages = self._history.pop()

    def submit(self) -> tuple[PageT, ...]:
        """Freeze the pages (after this, nothing changes and nothing can be undone)."""
        self._locked = True
        self._history.clear()
        return self._pages

    def clear(self) -> None:
        """Drop every page and the history (privacy wipe at the end of a session)."""
        self._pages = ()
        self._history.clear()
