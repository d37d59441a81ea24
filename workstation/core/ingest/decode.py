"""Bytes of a fetched feed or page to text, right for Cyrillic.

Order: the source's encoding override; a byte-order mark; valid UTF-8 (whatever any declaration says);
UTF-16/32 without a BOM (zero bytes around "<"); UTF-8 with a few bad bytes (kept as UTF-8, bad bytes
replaced: feedparser shows such feeds as mojibake); the HTTP charset; the XML or HTML declaration; detection
among Cyrillic (and a few other) code pages by how much the result reads like Russian or Kazakh; windows-1251
for bytes that read as nothing. A claimed charset that turns a long Cyrillic text into garbage where another
code page reads well loses. Afterwards UTF-8 once mis-read as windows-1252 and encoded again ("Ð Ð¾Ñ..." for
"Ро") is repaired, and C1 controls (windows-1252 bytes passed off as Latin-1) become their punctuation.
"""

from __future__ import annotations

import codecs
import math
import re
import unicodedata
import zlib
from dataclasses import dataclass

from charset_normalizer import from_bytes

CYRILLIC_CODEPAGES = ("windows-1251", "koi8-r", "koi8-u", "cp866", "mac-cyrillic", "iso-8859-5")
# Tried after the Cyrillic pages, so that they win ties: KZ-1048 is windows-1251 with Kazakh letters in
# place of the Serbian/Ukrainian ones; windows-1252 for Latin-script feeds that declare nothing.
_EXTRA_CANDIDATES = ("kz1048", "windows-1252")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))  # UTF-32 LE before UTF-16 LE
_WIDE = ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be")
# Python codecs that are not character sets a server could mean (or, like UTF-7, are an XSS vector).
_NOT_CHARSETS = {"idna", "punycode", "unicode-escape", "raw-unicode-escape", "utf-7", "undefined", "mbcs",
                 "oem", "charmap", "palmos"}
# What browsers do (WHATWG Encoding): a Latin-1 or ASCII label means windows-1252.
_LATIN_LABELS = {"iso8859-1", "ascii", "iso8859-15"}
_XML_DECL = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.I)
_DECL_IN_TEXT = re.compile(r"^(<\?xml\s[^>]*?encoding\s*=\s*)([\"'])[^\"'>]*([\"'])", re.I)
_DECLARATION_SCAN = 16 * 1024  # <meta charset> belongs in the first 1024 bytes, but real pages put it later
_SAMPLE = 60_000  # bytes or characters: enough to judge a code page; all of a 15 MB feed would be slow
# A claimed code page is first judged on this many characters, and stands at once when they hold enough letters
# (``_FIRST_LOOK_EVIDENCE``) and read well: one code page reads a whole document alike. Decoding a 100-item
# windows-1251 feed took 72 ms when all of the sample was scored, 11 ms with this.
_FIRST_LOOK = 6_000
_FIRST_LOOK_EVIDENCE = 300
_MIN_EVIDENCE = 16  # fewer non-ASCII characters than this: too little to overrule what the document claims
_CLAIM_MARGIN = 0.6  # how much more plausible another code page must read before a claimed charset loses
_READS_WELL = 1.0  # plausibility of ordinary Russian or Kazakh text is 1.4-1.7; no need to look further
_IMPLAUSIBLE = -0.3  # real text scores 0 or more, random bytes -0.6 and less: no code page makes it text
_MAX_GUNZIP = 64 * 1024 * 1024


@dataclass
class Decoded:
    text: str
    encoding: str  # codec actually used, normalised ("utf-8", "windows-1251", "koi8-r", "utf-16-le" ...)
    how: str  # override | bom | utf-8 | utf-8-repaired | http | declared | detected | fallback
    repaired: bool  # bad bytes were replaced, double encoding undone or C1 controls mapped


def decode(body: bytes, *, http_charset: str | None = None, override: str | None = None) -> Decoded:
    """The text of ``body``; never raises (the worst case is windows-1251 or Latin-1 with replacements)."""
    try:
        return _decode(_gunzip(body), http_charset, override)
    except Exception:  # noqa: BLE001 - a feed must never stop the fetch loop; Latin-1 decodes any bytes
        return Decoded(bytes(body).decode("latin-1"), "iso-8859-1", "fallback", True)


def _decode(body: bytes, http_charset: str | None, override: str | None) -> Decoded:
    forced = _codec(override)
    if forced:
        return _finish(*_lenient(body, forced), forced, "override")
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return _finish(*_lenient(body[len(bom):], codec), codec, "bom")
    text = _strict(body, "utf-8")
    if text is not None:
        return _finish(text, False, "utf-8", "utf-8")
    wide = _wide_without_bom(body)
    if wide:
        return _finish(*_lenient(body, wide), wide, "detected")
    mostly = _utf8_with_a_few_bad_bytes(body)
    if mostly is not None:
        return _finish(mostly, True, "utf-8", "utf-8-repaired")
    ranked: list[_Candidate] = []  # computed once, and only if needed
    for how, codec in (("http", _claimed(http_charset)), ("declared", _declared(body))):
        if not codec or codec in _WIDE:
            continue  # a UTF-16 claim readable as ASCII bytes is a lie; real UTF-16 was caught above
        for candidate in (("cp1252", codec) if codec in _LATIN_LABELS else (codec,)):
            text = _strict(body, candidate)
            if text is not None and _believable(text, candidate, body, ranked):
                return _finish(text, False, candidate, how)
    best = (ranked or _ranked(body))[0]
    if best.score < _IMPLAUSIBLE:  # binary or noise: no code page reads as text, say so and use the local one
        return _finish(*_lenient(body, "cp1251"), "cp1251", "fallback")
    return _finish(*_lenient(body, best.codec), best.codec, "detected")


def xml_for_parser(text: str) -> bytes:
    """UTF-8 bytes whose XML declaration (if any) says utf-8, so the parser cannot second-guess us.

    A BOM and whitespace before the declaration are dropped too: expat rejects a declaration that is not
    the very first thing in the document (WordPress feeds often start with a newline).
    """
    text = text.lstrip("\ufeff")
    if _DECL_IN_TEXT.match(text.lstrip()):
        text = _DECL_IN_TEXT.sub(r"\g<1>\g<2>utf-8\g<3>", text.lstrip(), count=1)
    elif re.match(r"\s+<\?xml\s", text):
        text = text.lstrip()
    return text.encode("utf-8", errors="replace")


def normalised_name(codec: str) -> str:
    """The name to show and store for a Python codec: windows-1251, iso-8859-5, koi8-r, euc-kr ..."""
    name = codecs.lookup(codec).name
    if name == "iso8859-1" or name == "latin-1":
        return "iso-8859-1"
    if name.startswith("cp125"):
        return "windows-" + name[2:]
    if name.startswith("iso8859-"):
        return "iso-8859-" + name[8:]
    return name.replace("_", "-")


# --- the steps ---------------------------------------------------------------------------------------


def is_known_encoding(name: str) -> bool:
    """Whether ``name`` is a character encoding a source's override can use (labels as in HTTP and HTML)."""
    return _codec(name) is not None


def _codec(name: str | None) -> str | None:
    """Python's name for a charset label, or None for unknown and non-charset names."""
    if not name or not isinstance(name, str):
        return None
    label = name.strip().strip("\"'").strip().lower()
    for attempt in (label, label.removeprefix("x-"), re.sub(r"^win-?(\d+)$", r"cp\1", label)):
        try:
            info = codecs.lookup(attempt)
        except (LookupError, ValueError, TypeError):
            continue
        codec = info.name.replace("_", "-")
        if info._is_text_encoding and codec not in _NOT_CHARSETS:
            return "utf-8" if codec == "utf-8-sig" else info.name
    return None


def _claimed(http_charset: str | None) -> str | None:
    """The charset parameter, whether given alone or as a whole Content-Type value."""
    if http_charset and "charset" in http_charset.lower():
        match = re.search(r"charset\s*=\s*[\"']?\s*([^\s\"';,]+)", http_charset, re.I)
        http_charset = match.group(1) if match else None
    return _codec(http_charset)


def _declared(body: bytes) -> str | None:
    head = body[:_DECLARATION_SCAN]
    match = _XML_DECL.match(head) or _META_CHARSET.search(head)
    return _codec(match.group(1).decode("ascii", "ignore")) if match else None


def _strict(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeError, LookupError, ValueError):
        return None


def _lenient(body: bytes, codec: str) -> tuple[str, bool]:
    """Decoded with replacement characters where bytes are invalid; and whether any were."""
    text = _strict(body, codec)
    if text is not None:
        return text, False
    try:
        return body.decode(codec, errors="replace"), True
    except (UnicodeError, LookupError, ValueError):
        return body.decode("latin-1"), True


def _gunzip(body: bytes) -> bytes:
    """A gzip file handed over as the body (a saved .xml.gz, a server that sends one without saying so)."""
    if not body.startswith(b"\x1f\x8b"):
        return body
    try:  # with a length cap, so that a small "gzip bomb" cannot fill the memory
        inflated = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(body, _MAX_GUNZIP)
    except zlib.error:
        return body
    return inflated if inflated else body


def _wide_without_bom(body: bytes) -> str | None:
    """UTF-16/32 without a BOM, from where the zero bytes fall in the first characters (ASCII markup)."""
    head = body[:16]
    if len(head) < 4 or b"\x00" not in head[:4]:
        return None
    zero = [b == 0 for b in head[: len(head) // 4 * 4]]
    for codec, pattern in (("utf-32-le", (False, True, True, True)), ("utf-32-be", (True, True, True, False)),
                           ("utf-16-le", (False, True)), ("utf-16-be", (True, False))):
        if all(zero[i] == pattern[i % len(pattern)] for i in range(len(zero))):
            return codec
    return None


def _utf8_with_a_few_bad_bytes(body: bytes) -> str | None:
    """UTF-8 with a few broken bytes: kept as UTF-8 when valid multibyte sequences clearly outnumber bad ones.

    A legacy code page almost never forms valid UTF-8 sequences by chance (windows-1251 and KOI8-R letters
    sit at C0..FF, where nearly every pair is invalid), while a UTF-8 feed with one stray byte has thousands.
    """
    text = body.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - body.count(b"\xef\xbf\xbd")
    if bad <= 0:
        return None
    good = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    return text if good >= 2 and good >= 2 * bad else None


def _believable(text: str, codec: str, body: bytes, ranked: list[_Candidate]) -> bool:
    """Whether a claimed charset may stand: yes, unless it reads as garbage where another code page reads well."""
    if _is_multibyte(codec) or sum(1 for char in text[:_SAMPLE] if ord(char) > 0x7F) < _MIN_EVIDENCE:
        return True
    start = text[:_FIRST_LOOK]
    if sum(1 for char in start if ord(char) > 0x7F) >= _FIRST_LOOK_EVIDENCE and plausibility(start) >= _READS_WELL:
        return True
    score = plausibility(text)
    if score >= _READS_WELL:
        return True
    ranked.extend(() if ranked else _ranked(body))
    return ranked[0].codec == codec or score >= ranked[0].score - _CLAIM_MARGIN


def _is_multibyte(codec: str) -> bool:
    """CJK charsets: a clean strict decoding is evidence enough, and our letter scores know nothing of them."""
    try:
        return len("\u4e2d".encode(codec, errors="replace")) > 1
    except (UnicodeError, LookupError):
        return False


@dataclass
class _Candidate:
    score: float
    codec: str


def _ranked(body: bytes) -> list[_Candidate]:
    """The candidate code pages, most plausible reading first; the Cyrillic pages come first and win ties.

    Bytes a code page leaves undefined (0x98 in windows-1251) become U+FFFD, which the score punishes, so
    one stray byte does not throw out the right code page. Only the start of the body is judged.
    """
    sample = body[:_SAMPLE]
    names = [_codec(name) for name in (*CYRILLIC_CODEPAGES, *_EXTRA_CANDIDATES)]
    try:
        names += [_codec(match.encoding) for match in list(from_bytes(sample))[:3]]
    except Exception:  # noqa: BLE001 - a detector failure must not stop decoding; the Cyrillic pages remain
        pass
    ranked = []
    for codec in dict.fromkeys(name for name in names if name):
        text = _lenient(sample, codec)[0]
        if len(sample) < len(body):
            text = text.rstrip("\ufffd")  # a multibyte character cut in two by the sample's end
        ranked.append(_Candidate(plausibility(text), codec))
    ranked.sort(key=lambda candidate: -candidate.score)  # stable: ties keep the Cyrillic-first order
    return ranked


def _finish(text: str, repaired: bool, codec: str, how: str) -> Decoded:
    text = text.removeprefix("\ufeff")
    fixed = repair_double_encoding(text)
    if fixed is not None:
        text, repaired = fixed, True
    if _C1.search(text):
        text, repaired = _C1.sub(_c1_to_cp1252, text), True
    return Decoded(text, normalised_name(codec), how, repaired)


# --- how much a decoding reads like text ---------------------------------------------------------------

# Letter frequencies of Russian (per cent), with the Kazakh letters added; a wrong code page turns frequent
# letters into rare ones (KOI8-R read as windows-1251 swaps case and scatters the alphabet). Ukrainian and
# Belarusian letters weigh as much as the Kazakh letters KZ-1048 puts at the same bytes, so that windows-1251
# keeps those texts on a tie.
_FREQ = {
    "о": 10.97, "е": 8.45, "а": 8.01, "и": 7.35, "н": 6.70, "т": 6.26, "с": 5.47, "р": 4.73, "в": 4.54,
    "л": 4.40, "к": 3.49, "м": 3.21, "д": 2.98, "п": 2.81, "у": 2.62, "я": 2.01, "ы": 1.90, "ь": 1.74,
    "г": 1.70, "з": 1.65, "б": 1.59, "ч": 1.44, "й": 1.21, "х": 0.97, "ж": 0.94, "ш": 0.73, "ю": 0.64,
    "ц": 0.48, "щ": 0.36, "э": 0.32, "ф": 0.26, "ъ": 0.04, "ё": 0.3,
    "і": 3.0, "қ": 2.5, "ә": 2.0, "ң": 1.5, "ұ": 1.2, "ү": 1.2, "ғ": 1.0, "ө": 0.8, "һ": 0.05,
    "ї": 1.2, "є": 1.0, "ґ": 0.8, "ў": 1.2,
}
_WEIGHT = {letter: math.log10(freq) + 1.0 for letter, freq in _FREQ.items()}
_RARE_CYRILLIC = -1.5
_VOWELS = set("аеёиоуыэюяәөұүі")
# Letters only one Cyrillic language uses. Real text keeps to one of these sets; a wrong code page mixes them
# (Kazakh KZ-1048 read as windows-1251 gives Ukrainian є beside Belarusian ў).
_LANGUAGE_LETTERS = (set("әқңғүұөһ"), set("єїґ"), set("ў"), set("ђјљњћџѓќѕ"))
_COMMON_MARKS = set("«»—–…№“”„‘’‚•·©®°±×€£₸₽¥§™\u00a0\u00ad\u2009\u200b\u202f\u2032\u2033")
_GLUE_OK = set("’ʼ\u00ad")  # may sit between two letters: apostrophes, soft hyphen


def plausibility(text: str) -> float:
    """Mean score per non-ASCII character: high for Russian/Kazakh letters in sensible words, negative for
    box-drawing, control characters, mixed-script words and Cyrillic with its case scrambled."""
    sample = text[:_SAMPLE]
    total, count, cyrillic, vowels, capitals = 0.0, 0, 0, 0, 0
    seen: set[str] = set()
    for match in re.finditer(r"[^\W\d_]+", sample):
        word = match.group()
        if word.isascii():
            continue
        seen.update(word.lower())
        score, n, cyr, vow = _word_score(word)
        total, count, cyrillic, vowels = total + score, count + n, cyrillic + cyr, vowels + vow
        if cyr > 1 and word.isupper():
            capitals += cyr
    for match in re.finditer(r"[^\w\x00-\x7f]", sample):
        char, start = match.group(), match.start()
        glued_left = start > 0 and sample[start - 1].isalpha()
        glued = glued_left and start < len(sample) - 1 and sample[start + 1].isalpha()
        total += _mark_score(char, glued, glued_left)
        count += 1
    if not count:
        return 0.0
    mean = total / count
    if cyrillic >= 20:
        # Russian and Kazakh text is about 42% vowels; a wrong code page maps vowels onto consonants.
        ratio = vowels / cyrillic
        mean -= 8 * max(0.0, 0.30 - ratio, ratio - 0.58)
        # Headlines and abbreviations aside, text is lower case; KOI8-R read as windows-1251 is all capitals.
        mean -= 3 * max(0.0, capitals / cyrillic - 0.4)
    mean -= 0.3 * max(0, sum(1 for letters in _LANGUAGE_LETTERS if letters & seen) - 1)
    return mean


def _script(char: str) -> str:
    code = ord(char)
    if 0xC0 <= code <= 0x24F or 0x1E00 <= code <= 0x1EFF or char in "ªº":
        return "latin"
    if 0x400 <= code <= 0x52F:
        return "cyrillic"
    return "other"


def _word_score(word: str) -> tuple[float, int, int, int]:
    """(score, non-ASCII letters, Cyrillic letters, Cyrillic vowels) for one run of letters."""
    non_ascii = sum(1 for char in word if ord(char) > 0x7F)
    scripts = {_script(char) for char in word if ord(char) > 0x7F}
    if "cyrillic" in scripts and (len(scripts) > 1 or not word.isalpha() or non_ascii < len(word)):
        return -4.0 * non_ascii, non_ascii, 0, 0  # "rйsumй", "Ð¯Ð½": Cyrillic words are Cyrillic throughout
    if len(scripts) > 1:
        return -2.0 * non_ascii, non_ascii, 0, 0  # Japanese runs into ASCII words, but not into "é"
    if "cyrillic" in scripts:
        lower = word.lower()
        score = sum(_WEIGHT.get(char, _RARE_CYRILLIC) for char in lower)
        if len(word) > 1 and not word.islower() and not (word[0].isupper() and word[1:].islower()):
            # ALL CAPS is allowed (abbreviations, headlines), scrambled case is what a wrong code page gives.
            score -= 0.3 * len(word) if word.isupper() else 2.0 * sum(1 for c in word[1:] if c.isupper())
        if lower[0] in "ъьы":
            score -= 3.0  # no Russian or Kazakh word starts with these
        # Ukrainian ї follows only a vowel or an apostrophe; KZ-1048 Kazakh read as windows-1251 has "кїшті".
        score -= 2.0 * sum(1 for i, char in enumerate(lower) if char == "ї" and i and lower[i - 1] not in _VOWELS)
        return score, len(word), len(word), sum(1 for char in lower if char in _VOWELS)
    if "latin" in scripts:
        if len(word) >= 4 and non_ascii * 2 > len(word):
            return -2.0 * non_ascii, non_ascii, 0, 0  # "Íîâîñòè": Cyrillic read as Latin-1
        return 0.5 * non_ascii, non_ascii, 0, 0
    return 0.5 * non_ascii, non_ascii, 0, 0  # Greek, Hebrew, CJK ...: plausible in their own script


def _mark_score(char: str, glued: bool, glued_left: bool) -> float:
    if 0x3000 <= ord(char) <= 0x303F or 0xFF00 <= ord(char) <= 0xFFEF:
        return 0.0  # CJK punctuation sits between ideographs
    if char in _COMMON_MARKS:
        return -3.0 if glued and char not in _GLUE_OK else 0.0
    category = unicodedata.category(char)
    if char == "\ufffd" or category in ("Cc", "Co", "Cn", "Cs"):
        return -4.0
    if category.startswith("P"):
        return -3.0 if glued else -0.5
    if category.startswith("Z"):
        return 0.0
    if category.startswith("M"):
        return 0.5 if glued_left else -2.0  # Thai vowel signs, stress accents: part of the word before them
    return -2.0  # box drawing, math and modifier symbols: the marks of a wrong code page


# --- repairs -----------------------------------------------------------------------------------------

# Each byte 0x80..0xFF as windows-1252 shows it; its five undefined bytes pass through as C1 controls, as
# they do in browsers and in the Yandex.News feed of the corpus.
_CP1252_SLOPPY = {(bytes([b]).decode("cp1252", errors="ignore") or chr(b)): b for b in range(0x80, 0x100)}
_CONT = "".join(sorted(char for char, b in _CP1252_SLOPPY.items() if b < 0xC0))
_CONT_CLASS = "[" + re.escape(_CONT) + "]"
# A UTF-8 lead byte shown as Latin-1 (Â..ô) followed by as many continuation bytes as it announces.
_MOJIBAKE = re.compile(
    "[\u00c2-\u00df]" + _CONT_CLASS + "|[\u00e0-\u00ef]" + _CONT_CLASS + "{2}|[\u00f0-\u00f4]" + _CONT_CLASS + "{3}"
)
REPAIR_MIN_HITS = 3
# Only the 27 C1 positions windows-1252 defines; the other five have no meaning to restore.
_C1 = re.compile("[" + "".join(chr(b) for b in range(0x80, 0xA0) if bytes([b]).decode("cp1252", "ignore")) + "]")


def repair_double_encoding(text: str) -> str | None:
    r"""Undo UTF-8 that was read as windows-1252/Latin-1 and encoded again: 'Ð Ð¾Ñ\x81' → 'Рос'.

    Only sequences that decode back to a character such text is made of (Latin, Greek, Cyrillic letters,
    typographic punctuation) are replaced, so a feed where one item was mangled is mended without touching
    the rest, and French "é\u00a0»" (no-break space before a guillemet) stays as it is. Returns None when
    there is too little to repair.
    """
    fixed = text
    for _ in range(2):  # a second time: some feeds went through the mistake twice
        hits = sum(1 for match in _MOJIBAKE.finditer(fixed[:_SAMPLE]) if _undo(match.group()))
        if hits < REPAIR_MIN_HITS:
            break
        fixed = _MOJIBAKE.sub(lambda match: _undo(match.group()) or match.group(), fixed)
    return fixed if fixed != text else None


def _undo(sequence: str) -> str | None:
    try:
        char = bytes(_CP1252_SLOPPY[c] for c in sequence).decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return None
    code = ord(char)
    if 0xA0 <= code <= 0x24F or 0x370 <= code <= 0x52F or 0x2000 <= code <= 0x214F:
        return char
    return None


def _c1_to_cp1252(match: re.Match[str]) -> str:
    r"""U+0080..U+009F are never text: they are windows-1252 punctuation mislabelled as Latin-1 ('don\x92t')."""
    return bytes([ord(match.group())]).decode("cp1252")
