"""Bytes of a fetched feed or page to text, right for Cyrillic.

Order: the source's encoding override; a byte-order mark; valid UTF-8 (whatever any declaration
says); UTF-16/32 without a BOM (from the zero bytes around "<"); UTF-8 with a few bad bytes (kept as
UTF-8, bad bytes replaced — feedparser shows such feeds as mojibake); the HTTP charset; the XML or
HTML declaration; then detection among Cyrillic code pages, judged by how Russian/Kazakh the text
looks; last, windows-1251. Afterwards, UTF-8 that was once mis-decoded as Latin-1 and re-encoded
("Ð Ð¾Ñ...") is repaired.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

CYRILLIC_CODEPAGES = ("windows-1251", "koi8-r", "koi8-u", "cp866", "mac-cyrillic", "iso-8859-5")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_NO_BOM_WIDE = (
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00?\x00", "utf-16-le"),
    (b"\x00<\x00?", "utf-16-be"),
    (b"<\x00", "utf-16-le"),
    (b"\x00<", "utf-16-be"),
)
_XML_DECL = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.I)
_DECL_IN_TEXT = re.compile(r"^(\s*<\?xml[^>]*?encoding\s*=\s*[\"'])([A-Za-z0-9._:-]+)([\"'])", re.I)
# How often each letter appears in Russian and Kazakh text (rough shares): a decoding that puts
# weight on frequent letters reads as language, a wrong code page scatters weight onto rare ones.
_COMMON = set("оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъёәғқңөұүһі")
_TOP = set("оеаинтсрвлкмд")
_DOUBLE_ENCODED = re.compile("[ÐÑ][\u0080-\u00bf\u2018-\u203a\u0152-\u0178\u02c6-\u02dc]")
REPAIR_MIN_HITS = 3


@dataclass
class Decoded:
    text: str
    encoding: str
    how: str  # override | bom | utf-8 | utf-8-repaired | utf-16/32 | http | declared | detected | fallback
    repaired: bool = False


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        info = codecs.lookup(name.strip().strip("\"'"))
    except (LookupError, ValueError):
        return None
    return info.name


def cyrillic_score(text: str) -> float:
    """Share of letters that are common Russian/Kazakh letters, with a bonus for the most frequent ones."""
    letters = [c for c in text[:20000].lower() if c.isalpha()]
    if not letters:
        return 0.0
    common = sum(1 for c in letters if c in _COMMON)
    top = sum(1 for c in letters if c in _TOP)
    return (common + top) / (2 * len(letters))


def _utf8_mostly(body: bytes) -> str | None:
    """UTF-8 with a few broken bytes: decode with replacement when broken sequences are rare."""
    text = body.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = sum(1 for c in text if ord(c) > 0x7F) - bad
    if bad and multibyte >= 20 and bad * 50 <= multibyte:
        return text
    return None


def _declared(body: bytes) -> str | None:
    head = body[:2048]
    match = _XML_DECL.match(head) or _META_CHARSET.search(head)
    return _codec(match.group(1).decode("ascii", "ignore")) if match else None


def _strict(body: bytes, codec: str | None) -> str | None:
    if not codec:
        return None
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(body: bytes) -> tuple[str, str] | None:
    """The most plausible decoding: charset-normalizer's guess and every Cyrillic code page, scored as text."""
    candidates: dict[str, str] = {}
    best = from_bytes(body[:200_000]).best()
    if best is not None:
        codec = _codec(best.encoding)
        text = _strict(body, codec) if codec else None
        if codec and text is not None:
            candidates[codec] = text
    for page in CYRILLIC_CODEPAGES:
        codec = _codec(page)
        if codec and codec not in candidates:
            text = _strict(body, codec)
            if text is not None:
                candidates[codec] = text
    if not candidates:
        return None
    codec = max(candidates, key=lambda c: (cyrillic_score(candidates[c]), c == "cp1251"))
    return candidates[codec], codec


def repair_double_encoding(text: str) -> str | None:
    """Undo UTF-8 bytes that were decoded as Latin-1/cp1252 and encoded again: 'Ð Ð¾Ñ' → 'Ро'."""
    if len(_DOUBLE_ENCODED.findall(text[:20000])) < REPAIR_MIN_HITS:
        return None
    try:
        fixed = _as_windows_1252_bytes(text).decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        fixed = _MOJIBAKE_RUN.sub(_repair_run, text)
    return fixed if fixed != text and cyrillic_score(fixed) > cyrillic_score(text) else None


def _as_windows_1252_bytes(text: str) -> bytes:
    """Bytes as a browser's "windows-1252" had them: its five undefined bytes pass through as C1 controls."""
    out = bytearray()
    for char in text:
        code = ord(char)
        if code < 0x80:
            out.append(code)
            continue
        try:
            out += char.encode("cp1252")
        except UnicodeEncodeError:
            if code > 0xFF:
                raise
            out.append(code)
    return bytes(out)


# Runs of the characters UTF-8-read-as-1252 produces, for repairing only those when the markup around them
# holds characters that code page lacks.
_MOJIBAKE_RUN = re.compile("[\u0080-\u00ff\u0152-\u0178\u0192\u02c6-\u02dc\u2013-\u203a\u20ac\u2122]+")


def _repair_run(match: re.Match) -> str:
    try:
        return _as_windows_1252_bytes(match.group(0)).decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return match.group(0)


def _finish(text: str, encoding: str, how: str, repaired: bool = False) -> Decoded:
    fixed = repair_double_encoding(text)
    if fixed is not None:
        return Decoded(fixed, encoding, how, True)
    return Decoded(text, encoding, how, repaired)


def decode(body: bytes, *, http_charset: str | None = None, override: str | None = None) -> Decoded:
    """Never raises: the worst case is windows-1251 with replacement characters."""
    forced = _codec(override)
    if forced:
        return Decoded(body.decode(forced, errors="replace"), forced, "override")
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return _finish(body[len(bom):].decode(codec, errors="replace"), codec.replace("-le", "-le"), "bom")
    text = _strict(body, "utf-8")
    if text is not None:
        return _finish(text, "utf-8", "utf-8")
    for prefix, codec in _NO_BOM_WIDE:
        if body.startswith(prefix):
            wide = _strict(body, codec)
            if wide is not None:
                return _finish(wide, codec, "utf-16/32")
    mostly = _utf8_mostly(body)
    if mostly is not None:
        return _finish(mostly, "utf-8", "utf-8-repaired", True)
    for how, codec in (("http", _codec(http_charset)), ("declared", _declared(body))):
        if codec and codec not in ("utf-8", "ascii"):
            text = _strict(body, codec)
            # A Latin code page "decodes" any bytes: trust it only if the result is not a worse reading.
            if text is not None and not (codec in ("cp1252", "latin-1", "iso8859-1") and _looks_cyrillic(body)):
                return _finish(text, codec, how)
    detected = _detect(body)
    if detected is not None:
        return _finish(detected[0], detected[1], "detected")
    return Decoded(body.decode("cp1251", errors="replace"), "cp1251", "fallback")


def _looks_cyrillic(body: bytes) -> bool:
    text = _strict(body, "cp1251")
    return text is not None and cyrillic_score(text) > 0.6


def xml_for_parser(text: str) -> bytes:
    """UTF-8 bytes whose XML declaration (if any) says utf-8, so the parser cannot second-guess us."""
    text = text.lstrip("\ufeff")
    text = _DECL_IN_TEXT.sub(lambda m: f"{m.group(1)}utf-8{m.group(3)}", text, count=1)
    return text.encode("utf-8", errors="replace")
