"""Issue 16 point 6: the chip reader's cryptography reproduces ICAO 9303 part 11's worked examples byte for byte.

Sources of every vector (data below, copied as published):
- ICAO Doc 9303 part 11 (8th edition, 2021), appendix D "Worked example: Basic Access Control" — D.2 key
  derivation from the MRZ of the specimen (L898902C<, 690806, 940623), D.3 mutual authentication and session
  keys, D.4 secure messaging of SELECT EF.COM and two READ BINARY;
  appendix G.1 "Worked example: PACE – ECDH generic mapping" (brainpoolP256r1, AES-128, MRZ password
  T22000129 / 640812 / 101031): K_π, the encrypted nonce, both sides' mapping and agreement keys, H, G', the
  shared secret, the session keys and the two tokens, and the EF.CardAccess of the example.
- The same values, cross-checked in public code: gmrtd/gmrtd (Go) bac/bac_test.go and its PACE tests
  (TestDecryptNonce, TestDoECDH: nonce 95A3A016…, mapping keys 7F4EF07B…/498FF497…), and
  dmrtd (Dart, ZeroPass) test/pace_test.dart, which reprint appendix D and G.1.
- AES-CMAC (used by AES secure messaging and PACE tokens): RFC 4493 §4 examples 1 and 2.
The reader talks to a scripted chip that answers exactly the appendix's responses and checks that every
command the reader sends is exactly the appendix's command.
"""
from __future__ import annotations

import pytest

from devices.base import CardAccessDenied
from devices.card_reader import crypto
from devices.card_reader.access import MrzKey, PaceEphemeral, bac, pace, pace_password_key, public_key_data
from devices.card_reader.apdu import CommandApdu, ResponseApdu
from devices.card_reader.channel import CardChannel
from devices.card_reader.crypto import CipherKind
from devices.card_reader.ec import EcGroup
from devices.card_reader.security_infos import pace_infos
from devices.card_reader.sm import SecureMessaging, SessionKeys

H = bytes.fromhex

# --- appendix D -------------------------------------------------------------------------------------------
D_MRZ = ("L898902C", "690806", "940623")
D_MRZ_INFORMATION = "L898902C<369080619406236"
D_K_SEED = H("239AB9CB282DAF66231DC5A4DF6BFBAE")
D_K_ENC = H("AB94FDECF2674FDFB9B391F85D7F76F2")
D_K_MAC = H("7962D9ECE03D1ACD4C76089DCE131543")
D_RND_IC = H("4608F91988702212")
D_RND_IFD = H("781723860C06C226")
D_K_IFD = H("0B795240CB7049B01C19B33E32804F0B")
D_EXTERNAL_AUTHENTICATE = H("0082000028" "72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F2"
                            "5F1448EEA8AD90A7" "28")
D_EA_RESPONSE = H("46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F" "2F2D235D074D7449" "9000")
D_KS_ENC = H("979EC13B1CBFE9DCD01AB0FED307EAE5")
D_KS_MAC = H("F1CB1F1FB5ADF208806B89DC579DC1F8")
D_SSC = 0x887022120C06C226
# D.4: (plain command, protected command, protected response, plain response data)
D4_EXCHANGES = [
    (CommandApdu(0x00, 0xA4, 0x02, 0x0C, H("011E")),
     H("0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800"),
     H("990290008E08FA855A5D4C50A8ED9000"), b""),
    (CommandApdu(0x00, 0xB0, 0x00, 0x00, le=4),
     H("0CB000000D9701048E08ED6705417E96BA5500"),
     H("8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000"), H("60145F01")),
    (CommandApdu(0x00, 0xB0, 0x00, 0x04, le=0x12),
     H("0CB000040D9701128E082EA28A70F3C7B53500"),
     H("871901FB9235F4E4037F2327DCC8964F1F9B8C30F42C8E2FFF224A990290008E08C8B2787EAEA07D749000"),
     H("04303130365F36063034303030305C026175")),
]

# --- appendix G.1 -----------------------------------------------------------------------------------------
G_MRZ = ("T22000129", "640812", "101031")
G_CARD_ACCESS = H("31143012060A04007F0007020204020202010202010D")
G_K = H("7E2D2A41C74EA0B38CD36F863939BFA8E9032AAD")
G_K_PI = H("89DED1B26624EC1E634C1989302849DD")
G_Z = H("95A3A016522EE98D01E76CB6B98B42C3")
G_S = H("3F00C4D39D153F2B2A214A078D899B22")
G_SK_MAP_IFD = 0x7F4EF07B9EA82FD78AD689B38D0BC78CF21F249D953BC46F4C6E19259C010F99
G_PK_MAP_IFD = H("047ACF3EFC982EC45565A4B155129EFBC74650DCBFA6362D896FC70262E0C2CC5E"
                 "544552DCB6725218799115B55C9BAA6D9F6BC3A9618E70C25AF71777A9C4922D")
G_SK_MAP_IC = 0x498FF49756F2DC1587840041839A85982BE7761D14715FB091EFA7BCE9058560
G_PK_MAP_IC = H("04824FBA91C9CBE26BEF53A0EBE7342A3BF178CEA9F45DE0B70AA601651FBA3F57"
                "30D8C879AAA9C9F73991E61B58F4D52EB87A0A0C709A49DC63719363CCD13C54")
G_H = H("0460332EF2450B5D247EF6D3868397D398852ED6E8CAF6FFEEF6BF85CA57057FD5"
        "0840CA7415BAF3E43BD414D35AA4608B93A2CAF3A4E3EA4E82C9C13D03EB7181")
G_G_MAPPED = H("048CED63C91426D4F0EB1435E7CB1D74A46723A0AF21C89634F65A9AE87A9265E2"
               "8C879506743F8611AC33645C5B985C80B5F09A0B83407C1B6A4D857AE76FE522")
G_SK_EPH_IFD = 0xA73FB703AC1436A18E0CFA5ABB3F7BEC7A070E7A6788486BEE230C4A22762595
G_PK_EPH_IFD = H("042DB7A64C0355044EC9DF190514C625CBA2CEA48754887122F3A5EF0D5EDD301C"
                 "3556F3B3B186DF10B857B58F6A7EB80F20BA5DC7BE1D43D9BF850149FBB36462")
G_SK_EPH_IC = 0x107CF58696EF6155053340FD633392BA81909DF7B9706F226F32086C7AFF974A
G_PK_EPH_IC = H("049E880F842905B8B3181F7AF7CAA9F0EFB743847F44A306D2D28C1D9EC65DF6DB"
                "7764B22277A2EDDC3C265A9F018F9CB852E111B768B326904B59A0193776F094")
G_SHARED = H("28768D20701247DAE81804C9E780EDE582A9996DB4A315020B2733197DB84925")
G_KS_ENC = H("F5F0E35C0D7161EE6724EE513A0D9A7F")
G_KS_MAC = H("FE251C7858B356B24514B3BD5F4297D1")
G_T_IFD = H("C2B0BD78D94BA866")
G_T_IC = H("3ABB9674BCE93C08")
G_TRANSCRIPT = [  # (command the terminal must send, the chip's response)
    (H("0022C1A412800A04007F0007020204020283010184010D"), H("9000")),
    (H("10860000027C0000"), H("7C128010") + G_Z + H("9000")),
    (H("10860000457C438141") + G_PK_MAP_IFD + H("00"), H("7C438241") + G_PK_MAP_IC + H("9000")),
    (H("10860000457C438341") + G_PK_EPH_IFD + H("00"), H("7C438441") + G_PK_EPH_IC + H("9000")),
    (H("008600000C7C0A8508") + G_T_IFD + H("00"), H("7C0A8608") + G_T_IC + H("9000")),
]


class ScriptedChip:
    """Answers a fixed transcript and fails the test on any command that differs from it."""

    def __init__(self, transcript: list[tuple[bytes, bytes]]) -> None:
        self.transcript = list(transcript)

    def __call__(self, command: bytes) -> bytes:
        expected, answer = self.transcript.pop(0)
        assert command.hex().upper() == expected.hex().upper()
        return answer


def test_bac_key_derivation_appendix_d2() -> None:
    """Issue 16: MRZ information, K_seed, K_enc and K_mac of appendix D.2."""
    assert crypto.mrz_information(*D_MRZ) == D_MRZ_INFORMATION
    assert MrzKey(*D_MRZ).bac_seed() == D_K_SEED
    assert crypto.kdf(D_K_SEED, crypto.KDF_ENC, CipherKind.TDES) == D_K_ENC
    assert crypto.kdf(D_K_SEED, crypto.KDF_MAC, CipherKind.TDES) == D_K_MAC


def test_bac_mutual_authentication_appendix_d3() -> None:
    """Issue 16: the EXTERNAL AUTHENTICATE of appendix D.3 and the session keys and SSC it yields."""
    chip = ScriptedChip([(H("0084000008"), D_RND_IC + H("9000")), (D_EXTERNAL_AUTHENTICATE, D_EA_RESPONSE)])
    randoms = [D_RND_IFD, D_K_IFD]
    keys = bac(CardChannel(chip), MrzKey(*D_MRZ), random=lambda n: randoms.pop(0))
    assert (keys.ks_enc, keys.ks_mac, keys.ssc) == (D_KS_ENC, D_KS_MAC, D_SSC)
    assert chip.transcript == []


def test_bac_refuses_a_chip_answer_under_other_keys() -> None:
    """Issue 16: a wrong MRZ gives keys under which the chip's answer does not verify: access denied."""
    def answer(command: bytes) -> bytes:
        return D_RND_IC + H("9000") if command == H("0084000008") else D_EA_RESPONSE

    with pytest.raises(CardAccessDenied):
        randoms = [D_RND_IFD, D_K_IFD]
        bac(CardChannel(answer), MrzKey("L898902C", "690807", "940623"), random=lambda n: randoms.pop(0))


def test_secure_messaging_3des_appendix_d4() -> None:
    """Issue 16: SELECT EF.COM and two READ BINARY protected and unprotected exactly as appendix D.4."""
    sm = SecureMessaging(SessionKeys(CipherKind.TDES, D_KS_ENC, D_KS_MAC, D_SSC))
    for plain, protected, response, data in D4_EXCHANGES:
        assert sm.wrap(plain).to_bytes().hex().upper() == protected.hex().upper()
        answer = sm.unwrap(ResponseApdu.parse(response))
        assert (answer.data, answer.sw) == (data, 0x9000)


def test_secure_messaging_refuses_a_changed_response() -> None:
    """Issue 16: one flipped bit in a protected response fails its MAC."""
    from devices.card_reader.sm import SecureMessagingError

    sm = SecureMessaging(SessionKeys(CipherKind.TDES, D_KS_ENC, D_KS_MAC, D_SSC))
    sm.wrap(D4_EXCHANGES[0][0])
    tampered = bytearray(D4_EXCHANGES[0][2])
    tampered[3] ^= 0x01
    with pytest.raises(SecureMessagingError):
        sm.unwrap(ResponseApdu.parse(bytes(tampered)))


def test_aes_cmac_rfc4493() -> None:
    """Issue 16: AES-CMAC (AES secure messaging, PACE tokens) against RFC 4493 examples 1 and 2."""
    key = H("2b7e151628aed2a6abf7158809cf4f3c")
    assert crypto.aes_cmac(key, b"") == H("bb1d6929e95937287fa37d129b756746")
    assert crypto.aes_cmac(key, H("6bc1bee22e409f96e93d7e117393172a")) == H("070a16b46b4d4144f79bdd9dd04a287c")


def test_pace_intermediate_values_appendix_g1() -> None:
    """Issue 16: K_π, nonce, H, mapped generator G', shared secret, session keys and tokens of appendix G.1."""
    info = pace_infos(G_CARD_ACCESS)[0]
    assert (info.protocol, info.version, info.parameter_id, info.cipher) == \
        ("0.4.0.127.0.7.2.2.4.2.2", 2, 13, CipherKind.AES128)
    key = MrzKey(*G_MRZ)
    assert key.pace_secret() == G_K
    assert pace_password_key(key, CipherKind.AES128) == G_K_PI
    assert crypto.decrypt_cbc(CipherKind.AES128, G_K_PI, G_Z) == G_S
    group = EcGroup.standard(13)
    assert group.encode(group.multiply(G_SK_MAP_IFD)) == G_PK_MAP_IFD
    assert group.encode(group.multiply(G_SK_MAP_IC)) == G_PK_MAP_IC
    shared_point = group.multiply(G_SK_MAP_IFD, group.decode(G_PK_MAP_IC))
    assert group.encode(shared_point) == G_H
    assert group.encode(group.multiply(G_SK_MAP_IC, group.decode(G_PK_MAP_IFD))) == G_H
    mapped = group.mapped(int.from_bytes(G_S, "big"), shared_point)
    assert group.encode(mapped.generator) == G_G_MAPPED
    assert mapped.encode(mapped.multiply(G_SK_EPH_IFD)) == G_PK_EPH_IFD
    assert mapped.encode(mapped.multiply(G_SK_EPH_IC)) == G_PK_EPH_IC
    shared = mapped.x_bytes(mapped.multiply(G_SK_EPH_IFD, mapped.decode(G_PK_EPH_IC)))
    assert shared == G_SHARED
    assert crypto.kdf(shared, crypto.KDF_ENC, CipherKind.AES128) == G_KS_ENC
    assert crypto.kdf(shared, crypto.KDF_MAC, CipherKind.AES128) == G_KS_MAC
    assert crypto.token_mac(CipherKind.AES128, G_KS_MAC, public_key_data(info.protocol, G_PK_EPH_IC)) == G_T_IFD
    assert crypto.token_mac(CipherKind.AES128, G_KS_MAC, public_key_data(info.protocol, G_PK_EPH_IFD)) == G_T_IC


def test_pace_run_reproduces_the_appendix_g1_transcript() -> None:
    """Issue 16: with the example's terminal keys, PACE sends exactly the APDUs of appendix G.1 and ends with its keys."""
    chip = ScriptedChip(G_TRANSCRIPT)
    keys = pace(CardChannel(chip), MrzKey(*G_MRZ), pace_infos(G_CARD_ACCESS)[0],
                PaceEphemeral(mapping=G_SK_MAP_IFD, agreement=G_SK_EPH_IFD))
    assert (keys.kind, keys.ks_enc, keys.ks_mac, keys.ssc) == (CipherKind.AES128, G_KS_ENC, G_KS_MAC, 0)
    assert chip.transcript == []


def test_pace_refuses_a_wrong_chip_token() -> None:
    """Issue 16: a chip token that does not verify (another password on the chip's side) is access denied."""
    transcript = list(G_TRANSCRIPT)
    command, _answer = transcript[-1]
    transcript[-1] = (command, H("7C0A8608") + bytes(8) + H("9000"))
    with pytest.raises(CardAccessDenied):
        pace(CardChannel(ScriptedChip(transcript)), MrzKey(*G_MRZ), pace_infos(G_CARD_ACCESS)[0],
             PaceEphemeral(mapping=G_SK_MAP_IFD, agreement=G_SK_EPH_IFD))


def test_test_chip_answers_the_appendix_g1_transcript() -> None:
    """Issue 16: the test chip (testkit), given the example's nonce and chip keys, answers exactly appendix G.1."""
    from testkit.cccd_chip.chip import ChipFiles, ChipTestHooks, VirtualChip

    files = ChipFiles(G_CARD_ACCESS, {}, can="", mrz=MrzKey(*G_MRZ))
    chip = VirtualChip(files, b"\x3B\x00", ChipTestHooks(nonce=G_S, mapping_key=G_SK_MAP_IC, agreement_key=G_SK_EPH_IC))
    for command, answer in G_TRANSCRIPT:
        assert chip.execute(command).hex().upper() == answer.hex().upper()
    assert chip.state.sm is not None
    assert (chip.state.sm.ks_enc, chip.state.sm.ks_mac) == (G_KS_ENC, G_KS_MAC)


def test_test_chip_answers_the_appendix_d3_and_d4_exchanges() -> None:
    """Issue 16: the test chip's BAC and secure messaging answer as appendix D.3/D.4 (its EF.COM starts 60145F01…)."""
    from testkit.cccd_chip.chip import ChipFiles, ChipTestHooks, VirtualChip

    com = H("60145F0104303130365F36063034303030305C026175")
    files = ChipFiles(None, {0x011E: com}, can="", mrz=MrzKey(*D_MRZ))
    chip = VirtualChip(files, b"\x3B\x00", ChipTestHooks(rnd_ic=D_RND_IC, k_ic=H("0B4F80323EB3191CB04970CB4052790B")))
    assert chip.execute(H("00A4040C07A0000002471001")) == H("9000")
    assert chip.execute(H("0084000008")) == D_RND_IC + H("9000")
    assert chip.execute(D_EXTERNAL_AUTHENTICATE) == D_EA_RESPONSE
    for _plain, protected, response, _data in D4_EXCHANGES:
        assert chip.execute(protected).hex().upper() == response.hex().upper()
