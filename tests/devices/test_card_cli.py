"""Issue 16 point 7: ``kiosk card read`` prints the fields and the trust level as JSON, IDs masked unless --show,
reading the test chip through the real PC/SC stack."""
from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ec

from kiosk_app.cli import build_parser
from kiosk_app.commands import card as card_command
from testkit.cccd_chip.chip import VirtualChip
from testkit.cccd_chip.documents import atr, make_card
from tests.devices.card_stack import READER, VirtualReaderBench


def run_cli(argv: list[str]) -> tuple[int, dict]:
    args = build_parser().parse_args(argv)
    out = io.StringIO()
    status = card_command.run(args, out=out)
    return status, json.loads(out.getvalue().strip().splitlines()[-1])


def test_card_read_prints_masked_fields_and_trust(virtual_reader: VirtualReaderBench, tmp_path: Path) -> None:
    """Issue 16: through pcscd, `kiosk card read --can` prints chip-verified with the ID masked; --show unmasks."""
    card = make_card()
    csca = tmp_path / "csca.pem"
    csca.write_bytes(card.pki.csca_pem)
    virtual_reader.insert(card)
    base = ["card", "read", "--adapter", "pcsc", "--reader", READER, "--csca", str(csca), "--wait", "5",
            "--can", card.citizen.can]
    status, result = run_cli(base)
    assert status == 0
    assert result["trust"] == "chip-verified"
    assert (result["chip_authentication"], result["active_authentication"]) == ("verified", "verified")
    assert result["fields"]["id_number"] == "001******345"
    assert result["fields"]["full_name"] == "Nguyễn Thị Minh Khai"
    assert result["apdus"] > 0 and result["face_image_bytes"] > 1000
    status, shown = run_cli([*base, "--show"])
    assert (status, shown["fields"]["id_number"]) == (0, "001190012345")


def test_card_read_without_csca_is_unverified_signer(virtual_reader: VirtualReaderBench) -> None:
    """Issue 16: with no CSCA configured the same card is chip-unverified-signer."""
    card = make_card()
    virtual_reader.insert(card)
    status, result = run_cli(["card", "read", "--adapter", "pcsc", "--reader", READER, "--wait", "5",
                              "--can", card.citizen.can])
    assert (status, result["trust"], result["trust_reason"]) == (0, "chip-unverified-signer", "no CSCA configured")


def test_card_read_of_a_cloned_chip_reports_it_not_authentic(virtual_reader: VirtualReaderBench) -> None:
    """Issue 16 (chip authentication): a copied chip (DG14's private key missing) exits 1 with
    chip_not_authentic and no fields."""
    card = make_card()
    virtual_reader.insert_chip(VirtualChip(replace(card.files, ca_key=ec.generate_private_key(ec.BrainpoolP256R1())),
                                           atr()))
    status, result = run_cli(["card", "read", "--adapter", "pcsc", "--reader", READER, "--wait", "5",
                              "--can", card.citizen.can])
    assert (status, result["error"]) == (1, "chip_not_authentic")
    assert "chip authentication failed" in result["detail"] and "fields" not in result


def test_card_read_with_a_wrong_can_reports_the_error(virtual_reader: VirtualReaderBench) -> None:
    """Issue 16: a wrong CAN exits 1 with the error code, no fields."""
    virtual_reader.insert(make_card())
    status, result = run_cli(["card", "read", "--adapter", "pcsc", "--reader", READER, "--wait", "5",
                              "--can", "999999"])
    assert (status, result["error"]) == (1, "card_access_denied")
    assert "fields" not in result
