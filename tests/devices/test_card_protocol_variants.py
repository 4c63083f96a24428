"""Issue 16 point 2: PACE on the curves and ciphers part 11 allows, both secure messaging ciphers, and privacy
of what is read (in-process test chip; the worked examples are in test_card_icao_vectors.py)."""
from __future__ import annotations

import logging

import pytest

from devices.card_reader.access import CanKey
from devices.card_reader.ec import STANDARD_CURVES
from devices.card_reader.reading import ChipSession
from devices.card_reader.security_infos import PACE_ECDH_GM, PaceInfo
from kiosk_app.identity.chip_identity import identify
from kiosk_app.identity.passive_auth import CscaStore, TrustLevel
from testkit.cccd_chip.chip import VirtualChip
from testkit.cccd_chip.documents import atr, make_card, make_pki

PKI = make_pki()


@pytest.mark.parametrize("parameter_id", sorted(STANDARD_CURVES))
def test_pace_generic_mapping_on_every_standard_curve(parameter_id: int) -> None:
    """Issue 16: PACE-CAN ECDH-GM (AES-128) opens the chip on each standardised curve (ids 8-18)."""
    card = make_card(pki=PKI, pace_info=PaceInfo("0.4.0.127.0.7.2.2.4.2.2", 2, parameter_id), active_auth=False)
    reading = ChipSession(VirtualChip(card.files, atr()).execute).read(CanKey(card.citizen.can))
    assert reading.data_groups == card.data_groups


@pytest.mark.parametrize("protocol", sorted(PACE_ECDH_GM))
def test_pace_with_each_cipher_and_its_secure_messaging(protocol: str) -> None:
    """Issue 16: 3DES, AES-128, AES-192 and AES-256 PACE, each followed by secure messaging with that cipher
    (a card without chip authentication, which would restart secure messaging with its own cipher)."""
    card = make_card(pki=PKI, pace_info=PaceInfo(protocol, 2, 13), chip_auth=False)
    chip = VirtualChip(card.files, atr())
    reading = ChipSession(chip.execute).read(CanKey(card.citizen.can))
    assert chip.state.sm is not None and chip.state.sm.kind is PACE_ECDH_GM[protocol]
    assert identify(reading, CscaStore([PKI.csca])).trust is TrustLevel.CHIP_VERIFIED


def test_nothing_personal_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    """Issue 16 point 7: a whole reading and verification at DEBUG logs neither the CAN nor any DG13 value."""
    card = make_card(pki=PKI)
    caplog.set_level(logging.DEBUG)
    reading = ChipSession(VirtualChip(card.files, atr()).execute).read(CanKey(card.citizen.can))
    identity = identify(reading, CscaStore([PKI.csca]))
    logging.getLogger("kiosk.test").debug("%r %r %r", reading, identity, CanKey(card.citizen.can))
    text = caplog.text + repr(reading) + repr(identity) + repr(identity.applicant)
    citizen = card.citizen
    for secret in (citizen.can, citizen.id_number, citizen.full_name, citizen.residence, citizen.mother_name):
        assert secret not in text
    reading.wipe()
    identity.wipe()
    assert reading.data_groups == {} and reading.sod == b"" and identity.face_jpeg is None
