"""Characters no parser of ours may meet: those XML 1.0 forbids, written out or as numeric character references.

C0 controls other than tab and line breaks, the halves of UTF-16 pairs (surrogates), U+FFFE and U+FFFF, and numbers
beyond Unicode. Feeds and pages carry them ("&#0;" from a database, "&#55357;&#56832;" for an emoji escaped by
JavaScript, "&#1" in HTML, where the semicolon is optional): lxml refuses a document or a text holding one, and
feedparser's fallback either passes a NUL into a link or stops at a lone half of a pair, and with it the whole feed.
Written out, they are dropped; as references, they become U+FFFD (as HTML reads them), except a pair of halves,
which becomes a reference to its character.
"""

from __future__ import annotations

import re

_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# The references that may be to a forbidden character (the exact test is ``_allowed``): small numbers, the
# surrogates' range, U+FFFE, U+FFFF and beyond, in decimal or hexadecimal with any leading zeros. In HTML the
# semicolon may be missing; the number then ends where its digits do.
_HEX = r"[xX]0*([0-9a-fA-F]{1,2}|[dD][89a-fA-F][0-9a-fA-F]{2}|[fF]{3}[eEfF]|[0-9a-fA-F]{6,})"
_DECIMAL = r"0*([0-9]{1,2}|5[5-7][0-9]{3}|6553[45]|[0-9]{7,})"
_SUSPECT_IN_XML = re.compile(f"&#(?:{_HEX}|{_DECIMAL});")
_SUSPECT_IN_HTML = re.compile(f"&#(?:{_HEX}(?:;|(?![0-9a-fA-F]))|{_DECIMAL}(?:;|(?![0-9])))")
_PAIR = re.compile(r"&#(?:[xX]0*([dD][89abAB][0-9a-fA-F]{2})|0*(5[56][0-9]{3}));"
                   r"&#(?:[xX]0*([dD][c-fC-F][0-9a-fA-F]{2})|0*(5[67][0-9]{3}));")


def _number(hexadecimal: str | None, decimal: str) -> int:
    return int(hexadecimal, 16) if hexadecimal is not None else int(decimal)


def _joined_pair(match: re.Match) -> str:
    high_hex, high_decimal, low_hex, low_decimal = match.groups()
    high, low = _number(high_hex, high_decimal), _number(low_hex, low_decimal)
    if 0xD800 <= high <= 0xDBFF and 0xDC00 <= low <= 0xDFFF:
        return f"&#x{0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00):x};"
    return match.group()


def _allowed(match: re.Match) -> str:
    code = _number(*match.groups())
    if code in (0x9, 0xA, 0xD) or 0x20 <= code < 0xD800 or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF:
        return match.group()
    return "\ufffd"


def without_forbidden_characters(text: str) -> str:
    """XML ``text`` without the characters a parser must not meet, written out or as references (see the module
    text)."""
    if _FORBIDDEN.search(text) is not None:
        text = _FORBIDDEN.sub("", text)
    return without_forbidden_references(text)


def without_forbidden_references(text: str, *, html: bool = False) -> str:
    """``text`` (XML, or HTML when ``html``) without references to the characters a parser must not meet."""
    if "&#" not in text:
        return text
    suspect = _SUSPECT_IN_HTML if html else _SUSPECT_IN_XML
    return suspect.sub(_allowed, _PAIR.sub(_joined_pair, text))
