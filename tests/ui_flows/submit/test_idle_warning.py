"""Issue 21 finding 1: the idle warning gives a minute, sounds, covers nothing, offers more time; reading
screens wait longer. Real window, real services (one photographed page under the simulated camera)."""
from __future__ import annotations

import array
import wave
from pathlib import Path

from idle_kit import live_window, tap, wizard_to_scan_step
from PySide6.QtCore import QPoint, QRect

from kiosk_app.chime import WavChime
from kiosk_app.flow import Screen


def window_rect(widget, window) -> QRect:  # type: ignore[no-untyped-def]
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def loudest_sample(path: Path) -> tuple[float, int]:
    """A recorded WAV's length in seconds and its loudest sample (16-bit mono)."""
    with wave.open(str(path), "rb") as recording:
        assert recording.getsampwidth() == 2 and recording.getnchannels() == 1
        frames = recording.readframes(recording.getnframes())
        seconds = recording.getnframes() / recording.getframerate()
    samples = array.array("h", frames)
    return seconds, max(abs(s) for s in samples)


def one_page_then_warning(qtbot, flow, window, clock, services):  # type: ignore[no-untyped-def]
    """Scan one page, leave it lying under the camera untouched until the warning opens; returns the scanner
    and the (injected) time the page was left."""
    submit = wizard_to_scan_step(qtbot, flow, window, services)
    tap(qtbot, window, "btn_component_request")
    scanner = submit.scanner

    def one_page() -> bool:
        clock.advance(0.25)
        return len(scanner.pages("request")) == 1

    qtbot.waitUntil(one_page, timeout=30000)
    qtbot.waitUntil(lambda: not flow.idle_paused, timeout=10000)
    still_since = clock.monotonic()

    def warned() -> bool:
        # Long steps while the warning is far off (fewer polls, fewer real camera frames), then half seconds up
        # to the 300 s: the warning opens within a second of its time and shows the whole minute.
        clock.advance(5.0 if clock.monotonic() - still_since < 290 else 0.5)
        flow.tick()
        return flow.counting_down

    qtbot.waitUntil(warned, timeout=60000)
    return scanner, still_since


def test_warning_on_the_scan_step_sounds_keeps_the_preview_and_gives_more_time(qtbot, services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Issue 21 finding 1: a page lying still after its picture (nobody there) lets the timer run; the warning
    then chimes with speech off, counts down from 60 in a banner that leaves the live camera preview
    visible and uncovered, and 'I need more time' gives the whole scanning time again with every page kept."""
    chime = WavChime(tmp_path / "sounds")
    with live_window(qtbot, services, chime=chime) as (flow, window, clock):
        assert not flow.speech
        scanner, still_since = one_page_then_warning(qtbot, flow, window, clock, services)
        assert clock.monotonic() - still_since >= flow.idle_periods[flow.idle_kind] == 300  # the scanning time
        banner = window.idle_overlay
        assert banner.isVisible() and banner.seconds.text() == "60"
        assert banner.stay.text() == "I need more time" and banner.finish.isVisible()

        # The chime sounded once, through the recording sink, with speech mode off.
        recordings = chime.recordings()
        assert len(recordings) == 1
        seconds, loudest = loudest_sample(recordings[0])
        assert seconds >= 0.3 and loudest > 10000

        # The preview is visible, not covered by anything, and still shows live frames.
        preview = scanner.preview
        assert preview.isVisible() and not window_rect(preview, window).intersects(window_rect(banner, window))
        centre = window_rect(preview, window).center()
        assert window.childAt(centre) is preview
        frame = preview.pixmap().cacheKey()
        qtbot.waitUntil(lambda: preview.pixmap().cacheKey() != frame, timeout=10000)

        tap(qtbot, window, "btn_idle_stay")
        assert not banner.isVisible() and not flow.counting_down
        assert len(scanner.pages("request")) == 1
        clock.advance(299)
        flow.tick()
        assert not flow.counting_down  # the whole scanning time again

        clock.advance(1.5)
        flow.tick()
        assert banner.isVisible() and banner.seconds.text() == "60"
        assert len(chime.recordings()) == 2
        clock.advance(50)
        flow.tick()
        assert banner.seconds.text() == "10"
        assert len(chime.recordings()) == 3  # a second chime near the end
        clock.advance(9)
        flow.tick()
        assert flow.state is Screen.SUBMIT and len(scanner.pages("request")) == 1  # 59 s in: nothing lost yet
        clock.advance(1.5)
        flow.tick()
        assert flow.state is Screen.WELCOME and not flow.session.has_personal_data


def test_at_200_percent_text_the_warning_scrolls_the_preview_back_into_view(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    """Issue 21 finding 1: with the largest text the banner pushes the scan step down; the screen scrolls so
    the camera preview is still on the panel, beside nothing that covers it."""
    with live_window(qtbot, services) as (flow, window, clock):
        flow.set_text_scale(2.0)
        scanner, _still_since = one_page_then_warning(qtbot, flow, window, clock, services)
        banner, preview = window.idle_overlay, scanner.preview
        assert banner.isVisible()
        shown = preview.visibleRegion().boundingRect()
        assert shown.size() == preview.size()  # the whole preview is on the panel
        assert not window_rect(preview, window).intersects(window_rect(banner, window))


def test_a_reading_screen_waits_longer_than_the_search(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    """Issue 21 finding 1: the profile's idle times per screen: 120 s on the search, 300 s on a procedure."""
    with live_window(qtbot, services) as (flow, window, clock):
        tap(qtbot, window, "btn_lookup")
        clock.advance(121)
        flow.tick()
        assert window.idle_overlay.isVisible()
        tap(qtbot, window, "btn_idle_stay")
        flow.session.procedure_code = "1.005164"
        flow.go(Screen.PROCEDURE)
        clock.advance(121)
        flow.tick()
        assert not window.idle_overlay.isVisible()
        clock.advance(300 - 121)
        flow.tick()
        assert window.idle_overlay.isVisible() and flow.state is Screen.PROCEDURE
