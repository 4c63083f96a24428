"""A virtual Vietnamese chip ID card (CCCD) for tests, benchmarks and the simulated card reader.

``documents.py`` builds the card's files (DG1, DG2, DG13, DG14, DG15, EF.COM, EF.SOD signed by a throw-away
CSCA and document signer), ``chip.py`` answers APDUs as the chip would (PACE-CAN, BAC, secure messaging,
READ BINARY, active authentication) and ``vpcd.py`` plugs it into a real PC/SC stack through Debian's
``vsmartcard-vpcd`` reader driver. Never part of the product's runtime paths.
"""
