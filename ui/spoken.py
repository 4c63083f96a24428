"""What the speech guide says: the sentences for a screen, an overlay, a focused control and a status.

Only text composition lives here (no signals, no speaker), so it can be tested on plain widgets. Words
are read from the widgets as they are shown (already translated) and the few words of our own (a
control's role and state) go through ``QCoreApplication.translate("Spoken", ...)``. A secret field
(a password echo mode or the dynamic property ``secret``) is never read out, nor are the PIN pad's dots.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QTextEdit,
    QWidget,
)

# Labels that announce an outcome (an error, a print result): read when they appear or change.
STATUS_ROLES = frozenset({"notice", "error"})
STATUS_NAME = re.compile(r"_(error|message|status)$")
# Labels never read: the PIN pad's dots would tell how many digits a PIN has.
UNSPOKEN_NAMES = frozenset({"pin_dots"})


def clean(text: str) -> str:
    """One line of text without mnemonic ampersands or runs of white space."""
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def sentence(text: str) -> str:
    """``text`` ending with a full stop (or its own punctuation), so the voice pauses after it."""
    text = clean(text)
    return text if not text or text[-1] in ".?!:…" else text + "."


def layout_order(root: QWidget) -> list[QWidget]:
    """The widgets under ``root`` in the order of its layouts (reading order), scroll contents included."""
    found: list[QWidget] = []

    def visit_widget(widget: QWidget) -> None:
        found.append(widget)
        contents = widget.widget() if isinstance(widget, QScrollArea) else None
        if contents is not None:
            visit_widget(contents)
        elif (layout := widget.layout()) is not None:
            visit_layout(layout)

    def visit_layout(layout: QLayout) -> None:
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item is None:
                continue
            if (child := item.widget()) is not None:
                visit_widget(child)
            elif (inner := item.layout()) is not None:
                visit_layout(inner)

    if (top := root.layout()) is not None:
        visit_layout(top)
    return found


def _shown_labels(root: QWidget) -> Iterator[QLabel]:
    for widget in layout_order(root):
        if isinstance(widget, QLabel) and widget.isVisibleTo(root) and widget.objectName() not in UNSPOKEN_NAMES \
                and clean(widget.text()):
            yield widget


def is_status_label(label: QLabel) -> bool:
    """A label that reports an outcome (role notice/error, or named ``*_error``/``*_message``/``*_status``)."""
    return label.property("role") in STATUS_ROLES or bool(STATUS_NAME.search(label.objectName()))


def status_labels(root: QWidget) -> list[QLabel]:
    """Every status label under ``root``, shown or not."""
    return [w for w in layout_order(root) if isinstance(w, QLabel) and is_status_label(w)
            and w.objectName() not in UNSPOKEN_NAMES]


def screen_summary(screen: QWidget, title: str) -> str:
    """The screen's title, its heading and its main instruction.

    A screen may say it itself with an ``instruction()`` method; otherwise the first shown heading
    (role ``title``) and the first shown subtitle or body text that is not a status are read.
    """
    parts = [sentence(title)]
    own = getattr(screen, "instruction", None)
    if callable(own):
        parts.append(sentence(own()))
    else:
        heading = next((label for label in _shown_labels(screen) if label.property("role") == "title"), None)
        if heading is not None and clean(heading.text()) != clean(title):
            parts.append(sentence(heading.text()))
        body = next((label for label in _shown_labels(screen) if label.property("role") in ("subtitle", "body")
                     and not is_status_label(label)), None)
        if body is not None:
            parts.append(sentence(body.text()))
    return " ".join(p for p in parts if p)


def overlay_summary(overlay: QWidget) -> str:
    """An overlay's question or heading, its texts (a countdown as seconds left) and its few choices."""
    parts: list[str] = []
    for label in _shown_labels(overlay):
        text = clean(label.text())
        if label.property("role") == "countdown" and text.isdigit():
            parts.append(QCoreApplication.translate("Spoken", "Seconds left: %1.").replace("%1", text))
        else:
            parts.append(sentence(text))
    choices = [control_name(b) for b in layout_order(overlay)
               if isinstance(b, QAbstractButton) and b.isVisibleTo(overlay) and b.focusPolicy() != Qt.FocusPolicy.NoFocus]
    if 2 <= len(choices) <= 3:
        parts.append(QCoreApplication.translate("Spoken", "Choices: %1.").replace("%1", "; ".join(choices)))
    return " ".join(p for p in parts if p)


def control_name(widget: QWidget) -> str:
    """What a control is called: its accessible name, its text, its label's text or its placeholder."""
    name = widget.accessibleName()
    if not name and isinstance(widget, QAbstractButton):
        name = widget.text()
    if not name and isinstance(widget, QLineEdit):
        buddy = next((label for label in widget.window().findChildren(QLabel) if label.buddy() is widget), None)
        name = buddy.text() if buddy is not None else widget.placeholderText()
    return clean(name)


def is_secret(widget: QWidget) -> bool:
    """A field whose content must never be spoken (a PIN, a password)."""
    if widget.property("secret"):
        return True
    return isinstance(widget, QLineEdit) and widget.echoMode() != QLineEdit.EchoMode.Normal


def spoken_value(text: str) -> str:
    """A field's value as it should be read: digits one by one (a code, phone digits), the rest as is."""
    return " ".join(text) if text.isdigit() else clean(text)


def describe_control(widget: QWidget) -> str:
    """The focused control: name, role word, state, description and (not for secrets) its value."""
    parts = [control_name(widget)]
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        parts.append(QCoreApplication.translate("Spoken", "text field"))
        if is_secret(widget):
            parts.append(QCoreApplication.translate("Spoken", "hidden entry"))
        else:
            value = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
            parts.append(QCoreApplication.translate("Spoken", "contains %1").replace("%1", spoken_value(value))
                         if value.strip() else QCoreApplication.translate("Spoken", "empty"))
    elif isinstance(widget, QCheckBox):
        parts.append(QCoreApplication.translate("Spoken", "check box"))
        parts.append(QCoreApplication.translate("Spoken", "checked") if widget.isChecked()
                     else QCoreApplication.translate("Spoken", "not checked"))
    elif isinstance(widget, QRadioButton):
        parts.append(QCoreApplication.translate("Spoken", "option"))
        parts.append(QCoreApplication.translate("Spoken", "selected") if widget.isChecked()
                     else QCoreApplication.translate("Spoken", "not selected"))
    elif isinstance(widget, QAbstractButton):
        parts.append(QCoreApplication.translate("Spoken", "button"))
        if widget.isCheckable():
            parts.append(QCoreApplication.translate("Spoken", "selected") if widget.isChecked()
                         else QCoreApplication.translate("Spoken", "not selected"))
    if not widget.isEnabled():
        parts.append(QCoreApplication.translate("Spoken", "unavailable"))
    description = clean(widget.accessibleDescription())
    if description:
        parts.append(description)
    return sentence(", ".join(p for p in parts if p))
