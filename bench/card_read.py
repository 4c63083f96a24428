"""Chip ID card benchmark: card present → verified fields, through the real PC/SC stack (pcscd + vpcd + pyscard).

    .venv/bin/python bench/card_read.py [--runs 10] [--short-apdus]

Each run puts a freshly signed test CCCD (testkit/cccd_chip) on Debian's vsmartcard-vpcd virtual reader,
waits until pcscd reports the card present (what the kiosk's reader monitor reacts to), then times the
kiosk's path to verified fields: PACE-CAN, secure messaging, EF.CardAccess/COM, DG14, chip authentication
with DG14's key (secure messaging restarted under the agreed keys), EF.SOD, DG1, DG2, DG13, DG15, active
authentication, passive authentication against the CSCA, DG13 parsing. It also reports the
time from the card touching the reader (the vpcd connection) to verified fields, which adds pcscd's
detection. A pcscd is started for the run when none answers, and stopped after.
One line per run, then one JSON object: median/p90/max milliseconds, APDU count and bytes per reading, the
target (median ≤ 3000 ms) and whether it is met.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from devices.card_reader.access import CanKey  # noqa: E402
from devices.card_reader.pcsc import PcscCardReader  # noqa: E402
from devices.options import PcscCardReaderOptions  # noqa: E402
from kiosk_app.identity.chip_identity import identify  # noqa: E402
from kiosk_app.identity.passive_auth import CscaStore, TrustLevel  # noqa: E402
from testkit.cccd_chip import pcsc_stack  # noqa: E402
from testkit.cccd_chip.chip import VirtualChip  # noqa: E402
from testkit.cccd_chip.documents import atr, make_card, make_pki  # noqa: E402
from testkit.cccd_chip.vpcd import VirtualCardInReader  # noqa: E402

READER = "Virtual PCD 00 00"
TARGET_MS = 3000.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--short-apdus", action="store_true", help="a card whose ATR offers no extended length")
    args = parser.parse_args(argv)

    pki = make_pki()
    store = CscaStore([pki.csca])
    present_ms: list[float] = []
    insert_ms: list[float] = []
    counters: list[tuple[int, int, int]] = []
    with pcsc_stack.reader_lock():
        pcsc_stack.ensure_pcscd()
        reader = PcscCardReader(PcscCardReaderOptions(reader=READER))
        try:
            for run in range(args.runs):
                card = make_card(pki=pki)
                slot = VirtualCardInReader(VirtualChip(card.files, atr(extended_length=not args.short_apdus)))
                touched = time.perf_counter()
                slot.insert(wait=False)
                pcsc_stack.wait_for_card(READER, present=True)
                present = time.perf_counter()
                reading = reader.read_card(CanKey(card.citizen.can))
                identity = identify(reading, store)
                done = time.perf_counter()
                if identity.trust is not TrustLevel.CHIP_VERIFIED or identity.chip_auth != "verified" \
                        or identity.active_auth != "verified":
                    raise SystemExit(f"run {run}: trust {identity.trust.value}, chip authentication "
                                     f"{identity.chip_auth}, active authentication {identity.active_auth}")
                present_ms.append((done - present) * 1000)
                insert_ms.append((done - touched) * 1000)
                c = reading.counters
                counters.append((c.apdus, c.bytes_sent, c.bytes_received))
                print(f"run {run + 1}: present→verified {present_ms[-1]:.0f} ms, touch→verified {insert_ms[-1]:.0f} ms, "
                      f"{c.apdus} APDUs, {c.bytes_sent} B sent, {c.bytes_received} B received", flush=True)
                reading.wipe()
                identity.wipe()
                slot.remove()
                pcsc_stack.wait_for_card(READER, present=False, settle_s=0.6)
        finally:
            reader.stop()
            pcsc_stack.stop_pcscd()

    def p90(values: list[float]) -> float:
        return sorted(values)[max(0, int(round(0.9 * len(values))) - 1)]

    median = statistics.median(present_ms)
    print(json.dumps({
        "runs": args.runs, "extended_length": not args.short_apdus,
        "chip_authentication": "verified", "active_authentication": "verified",
        "present_to_verified_ms": {"median": round(median, 1), "p90": round(p90(present_ms), 1),
                                   "max": round(max(present_ms), 1)},
        "touch_to_verified_ms": {"median": round(statistics.median(insert_ms), 1), "max": round(max(insert_ms), 1)},
        "apdus": counters[-1][0], "bytes_sent": counters[-1][1], "bytes_received": counters[-1][2],
        "target_median_ms": TARGET_MS, "pass": median <= TARGET_MS,
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
