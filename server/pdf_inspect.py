"""The inspection of an uploaded PDF by a real parser (pikepdf/qpdf); runs in a child process.

:func:`inspect_pdf` reads the file with pikepdf, so names are normalised (``/J#61vaScript`` is
``/JavaScript``) and comments are comments (a fake ``%stream … %endstream`` hides nothing). It refuses
scripts, launch and form-submission actions, embedded files, rich media and XFA forms; it counts the
decoded size of every stream with a bounded inflater (decompression bombs); and it refuses bytes
before the header, markup in the first kilobyte and data after the last ``%%EOF`` (polyglots,
appended ZIPs).

qpdf is not linear on every hostile input, so the server runs this module as a child process
(:mod:`server.pdf_check`) under CPU, address-space and wall-clock limits. It imports only the
standard library and pikepdf, to start fast.
"""
from __future__ import annotations

import base64
import binascii
import io
import json
import math
import re
import sys
import zlib
from dataclasses import dataclass
from typing import Any, BinaryIO

import pikepdf

NOT_A_PDF = "not_a_pdf"
UNSAFE_PDF = "unsafe_pdf"
"""Values of kiosk_app.api.schemas.ErrorCode (not imported here: the child starts without pydantic)."""

_HEADER = re.compile(rb"%PDF-(1\.[0-7]|2\.0)")
_MARKUP = re.compile(rb"<\s*(?:!doctype|html|head|body|script|iframe|svg|meta|object|embed|form)\b", re.IGNORECASE)
_EOF_SLACK = 1024
_TRAILING_OK = b" \t\r\n\x0c\x00"
_ZIP_END_OF_DIRECTORY = b"PK\x05\x06"
_ZIP_TAIL = 65536 + 22 + _EOF_SLACK
"""A ZIP reader looks for its end-of-central-directory record in the last 64 KiB of the file."""

FORBIDDEN_KEYS = frozenset({"/JS", "/JavaScript", "/EmbeddedFiles", "/EF", "/XFA", "/RichMediaContent",
                            "/RichMediaSettings"})
FORBIDDEN_ACTIONS = frozenset({"/JavaScript", "/Launch", "/SubmitForm", "/ImportData", "/GoToE", "/GoToR",
                               "/Rendition", "/RichMediaExecute"})
FORBIDDEN_TYPES = frozenset({"/EmbeddedFile"})
FORBIDDEN_SUBTYPES = frozenset({"/RichMedia", "/FileAttachment"})
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class PdfLimits:
    """How much an inspection may cost."""

    max_decoded_bytes: int = 200 * 1024 * 1024
    max_inflation: int = 100
    """Decoded bytes allowed per byte of file (scanned pages compress well, bombs compress 1000:1)."""
    seconds: float = 10.0
    memory_bytes: int = 768 * 1024 * 1024
    """Address space the child may add to what it starts with."""

    def decoded_budget(self, file_bytes: int) -> int:
        return min(self.max_decoded_bytes, max(self.max_inflation * file_bytes, 16 * 1024 * 1024))


@dataclass(frozen=True)
class Verdict:
    """Why a file is refused (an ErrorCode value and a technician-facing reason), or ``code`` None."""

    code: str | None = None
    reason: str = ""


class Refused(Exception):
    """Raised by the checks; carries the verdict."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.verdict = Verdict(code, reason)


# ---------------------------------------------------------------- the checks


def check_envelope(data: bytes) -> None:
    """Header first, no markup near the start, nothing but whitespace after the last ``%%EOF``."""
    if not _HEADER.match(data):
        raise Refused(NOT_A_PDF, "no PDF header at byte 0")
    if _MARKUP.search(data, 0, 1024):
        raise Refused(NOT_A_PDF, "markup in the first kilobyte")
    end = data.rfind(b"%%EOF")
    if end < 0:
        raise Refused(NOT_A_PDF, "no %%EOF marker")
    trailing = data[end + 5:]
    if len(trailing) > _EOF_SLACK or trailing.strip(_TRAILING_OK):
        raise Refused(NOT_A_PDF, "data after the last %%EOF")
    if data.rfind(b"startxref", max(0, end - _EOF_SLACK), end) < 0:
        raise Refused(NOT_A_PDF, "no startxref before the last %%EOF")
    if _ZIP_END_OF_DIRECTORY in data[-_ZIP_TAIL:]:
        raise Refused(NOT_A_PDF, "a ZIP directory at the end of the file")


class _DecodeBudget:
    """Decoded bytes left for the whole file."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0

    def spend(self, count: int) -> None:
        self.used += count
        if self.used > self.limit:
            raise Refused(UNSAFE_PDF, f"decompression bomb: more than {self.limit} decoded bytes")


def _inflate(data: bytes, budget: _DecodeBudget, keep: bool) -> bytes:
    """Inflate in bounded pieces, charging the budget; the output is kept only if a next filter needs it."""
    inflater = zlib.decompressobj()
    out = io.BytesIO() if keep else _Discard()
    pending = data
    try:
        while pending:
            piece = inflater.decompress(pending, _CHUNK)
            budget.spend(len(piece))
            out.write(piece)
            pending = inflater.unconsumed_tail
            if inflater.eof:
                break
        piece = inflater.flush(_CHUNK)
        budget.spend(len(piece))
        out.write(piece)
    except zlib.error:
        pass  # a damaged stream decodes to what it has; viewers do the same
    return out.getvalue()


class _Discard:
    """Counts nothing, keeps nothing: the sink of the last filter."""

    def write(self, _data: bytes) -> None:
        pass

    def getvalue(self) -> bytes:
        return b""


def _filters(stream: Any) -> list[str]:
    chosen = stream.stream_dict.get("/Filter")
    if chosen is None:
        return []
    if isinstance(chosen, pikepdf.Array):
        return [str(item) for item in chosen]
    return [str(chosen)]


def _count_decoded(stream: Any, budget: _DecodeBudget) -> None:
    """Charge the budget with the stream's decoded size, decoding only what can expand."""
    data = stream.read_raw_bytes()
    budget.spend(len(data))
    filters = _filters(stream)
    for position, name in enumerate(filters):
        if name in ("/FlateDecode", "/Fl"):
            data = _inflate(data, budget, keep=position < len(filters) - 1)
        elif name in ("/ASCIIHexDecode", "/AHx"):
            data = _hex(data)
            budget.spend(len(data))
        elif name in ("/ASCII85Decode", "/A85"):
            try:
                data = base64.a85decode(data.strip().removesuffix(b"~>"), adobe=False, ignorechars=b" \t\n\r\x0c")
            except ValueError:
                return
            budget.spend(len(data))
        elif name in ("/RunLengthDecode", "/RL"):
            data = _run_length(data, budget, keep=position < len(filters) - 1)
        elif name in ("/LZWDecode", "/LZW"):
            try:  # qpdf decodes the whole chain; the child's memory limit bounds it
                budget.spend(len(stream.read_bytes()))
            except pikepdf.PdfError:
                pass  # not decodable: nothing for a viewer to expand either
            return
        else:
            return  # image codecs (DCT, JPX, JBIG2, CCITT) are not decoded here


def _run_length(data: bytes, budget: _DecodeBudget, keep: bool) -> bytes:
    """RunLengthDecode (PDF 32000 7.4.5), charging the budget run by run."""
    out = bytearray()
    index, size = 0, len(data)
    while index < size and data[index] != 128:
        length = data[index]
        if length < 128:
            literal = data[index + 1:index + 2 + length]
            budget.spend(len(literal))
            if keep:
                out += literal
            index += 2 + length
        else:
            budget.spend(257 - length)
            if keep:
                out += data[index + 1:index + 2] * (257 - length)
            index += 2
    return bytes(out)


def _hex(data: bytes) -> bytes:
    digits = bytes(c for c in data.split(b">", 1)[0] if c in b"0123456789abcdefABCDEF")
    if len(digits) % 2:
        digits += b"0"
    return binascii.unhexlify(digits)


def _check_dictionary(dictionary: Any, where: str) -> None:
    for key in dictionary.keys():
        if key in FORBIDDEN_KEYS:
            raise Refused(UNSAFE_PDF, f"{key} in {where}")
    for key, names in (("/S", FORBIDDEN_ACTIONS), ("/Type", FORBIDDEN_TYPES), ("/Subtype", FORBIDDEN_SUBTYPES)):
        value = dictionary.get(key)
        if value is not None and str(value) in names:
            raise Refused(UNSAFE_PDF, f"{key} {value} in {where}")
    if str(dictionary.get("/S", "")) == "/URI":
        target = dictionary.get("/URI")
        if isinstance(target, pikepdf.String) and bytes(target).strip().lower().startswith(b"javascript:"):
            raise Refused(UNSAFE_PDF, f"a javascript: link in {where}")


def _walk(root: Any, where: str) -> None:
    """Check ``root`` and every direct dictionary inside it (indirect ones are walked on their own)."""
    pending = [root]
    while pending:
        item = pending.pop()
        kind = item._type_code
        if kind == pikepdf.ObjectType.stream:
            item = item.stream_dict
            kind = pikepdf.ObjectType.dictionary
        if kind == pikepdf.ObjectType.dictionary:
            _check_dictionary(item, where)
            children = item.values()
        elif kind == pikepdf.ObjectType.array:
            children = list(item)
        else:
            continue
        pending.extend(child for child in children
                       if isinstance(child, pikepdf.Object) and not child.is_indirect and child._type_code in (
                           pikepdf.ObjectType.dictionary, pikepdf.ObjectType.array))


def _qpdf_message(error: Exception) -> str:
    """qpdf's message without the name of the in-memory stream it read."""
    return str(error).rsplit(": ", 1)[-1][:200]


def inspect_pdf(data: bytes, limits: PdfLimits) -> Verdict:
    """Parse ``data`` and say whether it is a plain PDF (see the module docstring)."""
    try:
        check_envelope(data)
        try:
            pdf = pikepdf.open(io.BytesIO(data))
        except pikepdf.PasswordError:
            raise Refused(NOT_A_PDF, "encrypted") from None
        except pikepdf.PdfError as exc:
            raise Refused(NOT_A_PDF, f"unreadable: {_qpdf_message(exc)}") from None
        with pdf:
            budget = _DecodeBudget(limits.decoded_budget(len(data)))
            _walk(pdf.trailer, "the trailer")
            for obj in pdf.objects:
                where = f"object {obj.objgen[0]}"
                if obj._type_code == pikepdf.ObjectType.stream:
                    _count_decoded(obj, budget)
                _walk(obj, where)
            if len(pdf.pages) == 0:
                raise Refused(NOT_A_PDF, "no pages")
    except Refused as refusal:
        return refusal.verdict
    except pikepdf.PdfError as exc:
        return Verdict(NOT_A_PDF, f"unreadable: {_qpdf_message(exc)}")
    return Verdict()


def _limit_resources(limits: PdfLimits) -> None:
    """CPU seconds and address space for this process (POSIX; elsewhere only the wall clock applies)."""
    try:
        import resource  # noqa: PLC0415

        cpu = math.ceil(limits.seconds) + 1
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        with open("/proc/self/statm", encoding="ascii") as statm:
            size = int(statm.read().split()[0]) * resource.getpagesize()
        resource.setrlimit(resource.RLIMIT_AS, (size + limits.memory_bytes,) * 2)
    except (ImportError, OSError, ValueError):
        pass


def read_files(stream: BinaryIO) -> list[bytes]:
    """Files framed as an 8-byte big-endian length followed by the bytes."""
    files = []
    while header := stream.read(8):
        files.append(stream.read(int.from_bytes(header, "big")))
    return files


def main() -> None:
    """``python -m server.pdf_inspect '<limits json>'``: framed files on stdin, verdicts as JSON on stdout."""
    limits = PdfLimits(**json.loads(sys.argv[1]))
    _limit_resources(limits)
    verdicts = []
    for data in read_files(sys.stdin.buffer):
        try:
            verdict = inspect_pdf(data, limits)
        except MemoryError:
            verdict = Verdict(UNSAFE_PDF, "too large to inspect")
        except Exception as exc:  # noqa: BLE001 (hostile input may break the parser anywhere: refuse, say why)
            verdict = Verdict(NOT_A_PDF, f"unreadable ({type(exc).__name__})")
        verdicts.append([verdict.code, verdict.reason])
        if verdict.code is not None:
            break
    json.dump(verdicts, sys.stdout)


if __name__ == "__main__":
    main()
