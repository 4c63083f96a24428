"""Elliptic-curve points for PACE generic mapping, on the curves part 11 §9.5.1 standardises.

The generic mapping needs G' = s·G + H (H = the mapping's shared point) and then key pairs on G'.
``cryptography`` computes ECDH only on a curve's own generator and exposes no point addition, so the
point arithmetic is the ``ecdsa`` package's (pure Python, arbitrary points on named curves including the
brainpool ones). It is not constant-time: acceptable on the terminal, whose ephemeral secrets live for
one PACE run; the standard's worked example (appendix G) is reproduced in tests.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass

from ecdsa import curves
from ecdsa.ellipticcurve import INFINITY, Point, PointJacobi

# Standardised domain parameter IDs (part 11 §9.5.1, table 6) → the ecdsa package's curves.
STANDARD_CURVES: dict[int, curves.Curve] = {
    8: curves.NIST192p,
    9: curves.BRAINPOOLP192r1,
    10: curves.NIST224p,
    11: curves.BRAINPOOLP224r1,
    12: curves.NIST256p,
    13: curves.BRAINPOOLP256r1,
    14: curves.BRAINPOOLP320r1,
    15: curves.NIST384p,
    16: curves.BRAINPOOLP384r1,
    17: curves.BRAINPOOLP512r1,
    18: curves.NIST521p,
}


class PointError(ValueError):
    """An encoded point that is malformed or not on the curve."""


@dataclass(frozen=True)
class EcGroup:
    """One curve with a generator (the standard one, or a PACE-mapped one)."""

    curve: curves.Curve
    generator: Point

    @classmethod
    def standard(cls, parameter_id: int) -> EcGroup:
        try:
            curve = STANDARD_CURVES[parameter_id]
        except KeyError:
            raise PointError(f"unsupported PACE domain parameter id {parameter_id}") from None
        return cls(curve, _affine(curve.generator))

    @property
    def order(self) -> int:
        return int(self.curve.order)

    @property
    def coordinate_length(self) -> int:
        return (int(self.curve.curve.p()).bit_length() + 7) // 8

    def multiply(self, scalar: int, point: Point | None = None) -> Point:
        """scalar · point (the generator when no point is given)."""
        result = _affine((point if point is not None else self.generator) * scalar)
        if result == INFINITY:
            raise PointError("scalar multiplication gave the point at infinity")
        return result

    def add(self, first: Point, second: Point) -> Point:
        result = _affine(first + second)
        if result == INFINITY:
            raise PointError("point addition gave the point at infinity")
        return result

    def mapped(self, nonce: int, shared: Point) -> EcGroup:
        """Generic mapping (part 11 §4.4.3.3.1): the same curve with generator s·G + H."""
        return EcGroup(self.curve, self.add(self.multiply(nonce), shared))

    def new_private_key(self) -> int:
        return secrets.randbelow(self.order - 1) + 1

    def encode(self, point: Point) -> bytes:
        """Uncompressed encoding 04 || X || Y."""
        size = self.coordinate_length
        return b"\x04" + int(point.x()).to_bytes(size, "big") + int(point.y()).to_bytes(size, "big")

    def decode(self, data: bytes) -> Point:
        """An uncompressed point, checked to lie on the curve."""
        size = self.coordinate_length
        if len(data) != 1 + 2 * size or data[0] != 0x04:
            raise PointError("not an uncompressed point of this curve")
        x = int.from_bytes(data[1:1 + size], "big")
        y = int.from_bytes(data[1 + size:], "big")
        curve = self.curve.curve
        if not curve.contains_point(x, y):
            raise PointError("point is not on the curve")
        return Point(curve, x, y, self.order)

    def x_bytes(self, point: Point) -> bytes:
        """The x-coordinate, fixed length: the shared secret of ECDH (part 11 §9.6)."""
        return int(point.x()).to_bytes(self.coordinate_length, "big")


def _affine(point: Point | PointJacobi) -> Point:
    if isinstance(point, PointJacobi):
        return point.to_affine()
    return point
