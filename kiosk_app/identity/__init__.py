"""The citizen's identity from the chip ID card: DG13 parsing, passive/active authentication, trust level."""
