"""A removal notice as an official letter: whom it goes to, the values its template fills, the fields it must
state before it is sent, and the outgoing number from the unit's register.

The letter (resources/notice_templates/notice_{kk,ru,en}.txt) gives the issuing body, the outgoing number and its
date, the addressee with its address or e-mail, every address exactly as it is (one a line; ``screen_copy``
defangs a copy for a screen), what the law forbids (prohibitions.json, per violation type), the legal basis cited
in the grammatical form each sentence needs (legal_bases' citation columns, schema step 15), the deadline sentence,
the request to confirm removal, the consequence, the signature block and the executor. Times name their zone and
its offset at that moment. A value not known is named as missing in the letter's language, never printed empty.
"""

from __future__ import annotations

import json
import string
from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.db.settings import all_settings, get_setting, outgoing_number
from workstation.core.errors import BadArgument
from workstation.core.paths import resources_dir
from workstation.core.urls import defang
from workstation.core.violations import directory
from workstation.core.violations import workflow as viol

LANGS = ("kk", "ru", "en")
# The template's sentences on where the deadline runs from follow its body, each under a "## name" line.
FROM_RECEIPT, FROM_SENDING = "from_receipt", "from_sending"

# The default addressee is written in the notice's own language, like the rest of its text.
ADMINISTRATION = {"ru": "Администрация интернет-ресурса {domain}", "kk": "{domain} интернет-ресурсының әкімшілігі",
                  "en": "Administration of the internet resource {domain}"}


def _recipient(db: Database, violation: dict[str, Any], to: str | None,
               lang: str = "ru") -> tuple[int | None, str, str]:
    """A directory entry by key or name (with its address or e-mail), or free text (the resource's
    administration, whose address the analyst gives)."""
    if to:
        row = db.execute("SELECT id, name, contact FROM platform_contacts WHERE key = ? OR lower(name) = lower(?)",
                         [to, to]).fetchone()
        return (row[0], row[1], row[2]) if row else (None, to.strip(), "")
    if violation["platform_id"]:
        row = db.execute("SELECT id, name, contact FROM platform_contacts WHERE id = ?",
                         [violation["platform_id"]]).fetchone()
        if row:
            return row[0], row[1], row[2]
    return None, ADMINISTRATION.get(lang, ADMINISTRATION["ru"]).format(domain=violation["domain"]), ""


def addressee(db: Database, violation_ids: int | Iterable[int], to: str | None = None, to_contact: str | None = None,
              lang: str = "ru") -> dict[str, Any]:
    """Whom a notice about these violations goes to, as ``send_notice`` chooses: ``to`` (a directory key or name,
    or free text), else the first violation's platform, else the resource's administration; its address or e-mail
    from the directory unless ``to_contact`` gives it."""
    first = viol.get_violation(db, listed_ids(violation_ids)[0])
    recipient_id, name, contact = _recipient(db, first, to, lang if lang in LANGS else "ru")
    return {"recipient_id": recipient_id, "recipient": name,
            "recipient_contact": (to_contact if to_contact is not None else contact).strip()}


def listed_ids(violation_ids: int | Iterable[int]) -> list[int]:
    """The listed violations once each, in the order given."""
    ids = [violation_ids] if isinstance(violation_ids, int) else list(dict.fromkeys(violation_ids))
    if not ids:
        raise BadArgument("notice.no_violations")
    return ids


def template(lang: str) -> tuple[str, dict[str, str]]:
    """The body of resources/notice_templates/notice_{lang}.txt and its "## name" sentences."""
    path = resources_dir() / "notice_templates" / f"notice_{lang}.txt"
    if not path.exists():
        path = resources_dir() / "notice_templates" / "notice_ru.txt"
    body, sentences, name = [], {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            name = line[3:].strip()
            sentences[name] = ""
        elif name is None:
            body.append(line)
        elif line.strip():
            sentences[name] = (sentences[name] + " " + line.strip()).strip()
    return "\n".join(body).rstrip() + "\n", sentences


def prohibitions() -> dict[str, dict[str, str]]:
    """What the law forbids, per violation type: resources/notice_templates/prohibitions.json."""
    return json.loads((resources_dir() / "notice_templates" / "prohibitions.json").read_text(encoding="utf-8"))


# What the text says in place of a value not known (yet): a field is named as missing, never printed empty.
MISSING: dict[str, dict[str, str]] = {
    "issuing_body": {"kk": "[хабарламаны жіберетін орган көрсетілмеген]", "ru": "[орган-отправитель не указан]",
                     "en": "[issuing body not set]"},
    "number": {"kk": "[нөмір берілмеген]", "ru": "[номер не присвоен]", "en": "[no number given]"},
    "recipient": {"kk": "[алушы көрсетілмеген]", "ru": "[получатель не указан]", "en": "[recipient not set]"},
    "recipient_contact": {"kk": "[алушының мекенжайы немесе электрондық поштасы көрсетілмеген]",
                          "ru": "[адрес или электронная почта получателя не указаны]",
                          "en": "[recipient's address or e-mail not set]"},
    "sent_at": {"kk": "[жіберілген күні көрсетілмеген]", "ru": "[дата отправки не указана]",
                "en": "[date of sending not set]"},
    "received_at": {"kk": "[алынған күні көрсетілмеген]", "ru": "[дата получения не указана]",
                    "en": "[date of receipt not set]"},
    "deadline_at": {"kk": "[мерзімі анықталмаған]", "ru": "[срок не определён]", "en": "[deadline not set]"},
    "type": {"kk": "[бұзушылық түрі көрсетілмеген]", "ru": "[вид нарушения не указан]",
             "en": "[type of breach not set]"},
    "legal_basis": {"kk": "[құқықтық негіз көрсетілмеген]", "ru": "[правовое основание не указано]",
                    "en": "[legal basis not set]"},
    "contact": {"kk": "[жауап жіберілетін мекенжай көрсетілмеген]", "ru": "[адрес для ответа не указан]",
                "en": "[reply address not set]"},
    "signatory_position": {"kk": "[қол қоюшының лауазымы көрсетілмеген]", "ru": "[должность подписанта не указана]",
                           "en": "[signatory's position not set]"},
    "signatory_name": {"kk": "[қол қоюшының аты-жөні көрсетілмеген]", "ru": "[ФИО подписанта не указаны]",
                       "en": "[signatory's name not set]"},
    "author": {"kk": "[орындаушы көрсетілмеген]", "ru": "[исполнитель не указан]", "en": "[executor not set]"},
    "executor_phone": {"kk": "[орындаушының телефоны көрсетілмеген]", "ru": "[телефон исполнителя не указан]",
                       "en": "[executor's phone not set]"},
}
# What a notice must state before it is recorded as sent (the number and the dates are given when it is), and
# where each comes from, as the command line names them.
REQUIRED: dict[str, str] = {
    "issuing_body": "the issuing body (settings set issuing_body)",
    "recipient": "the addressee (--to)",
    "recipient_contact": "the addressee's address or e-mail (--to-contact, or the platform directory)",
    "type": "the type of violation",
    "legal_basis": "the legal basis with its citation forms",
    "contact": "the address for the confirmation of removal (settings set contact)",
    "signatory_position": "the signatory's position (settings set signatory_position)",
    "signatory_name": "the signatory's name (settings set signatory_name)",
    "author": "the executor (settings set author, or --analyst)",
    "executor_phone": "the executor's phone (settings set executor_phone)",
}
# The hours of the term in words, as official letters give them beside the figure ("6 (шести) часов").
HOURS_IN_WORDS = {"kk": {6: "алты", 12: "он екі", 24: "жиырма төрт", 48: "қырық сегіз"},
                  "ru": {6: "шести", 12: "двенадцати", 24: "двадцати четырёх", 48: "сорока восьми"},
                  "en": {6: "six", 12: "twelve", 24: "twenty-four", 48: "forty-eight"}}
# A basis's citation in the form each language's sentences need (columns of legal_bases, schema step 15).
CITATION = {"kk": ("cite_gen_kk", "article_dat_kk"), "ru": ("cite_ins_ru", "article_dat_ru"),
            "en": ("cite_en", "article_en")}


def _hours_text(hours: float, lang: str) -> str:
    word = HOURS_IN_WORDS.get(lang, {}).get(int(hours)) if hours == int(hours) else None
    return f"{hours:g} ({word})" if word else f"{hours:g}"


def letter_values(db: Database, violation_ids: int | Iterable[int], lang: str, *, recipient: str | None = None,
                  recipient_contact: str | None = None, sent_at: str | None = None,
                  deadline_at: str | None = None, received_at: str | None = None, analyst: str = "",
                  number: str = "") -> dict[str, str]:
    """Every value the template fills, as plain text; empty where not known (see ``missing_fields``). Addresses
    are exact, one a line: the letter is an official document (``screen_copy`` defangs a copy for a screen)."""
    listed = [viol.get_violation(db, vid) for vid in listed_ids(violation_ids)]
    lang = lang if lang in LANGS else "ru"
    if recipient is None:
        chosen = addressee(db, [v["id"] for v in listed], to_contact=recipient_contact, lang=lang)
        recipient, recipient_contact = chosen["recipient"], chosen["recipient_contact"]
    cite_column, article_column = CITATION[lang]
    cites, articles, hours = [], [], []
    for basis_id in sorted({v["legal_basis_id"] for v in listed}, key=lambda b: (b is None, b)):
        row = db.execute(f"SELECT {cite_column}, {article_column}, deadline_hours FROM legal_bases WHERE id = ?",
                         [basis_id]).fetchone()
        if row:
            cites.append(row[0].strip())
            articles.append(row[1].strip())
            hours.append(float(row[2]))
    known = prohibitions()
    forbidden = []
    for v in listed:
        row = db.execute("SELECT key FROM tags WHERE id = ?", [v["type_tag_id"]]).fetchone()
        if row:
            sentence = known.get(row[0], known["_default"])[lang]
            if sentence not in forbidden:
                forbidden.append(sentence)
    settings = all_settings(db)
    cited = ", ".join(cites) if cites and all(cites) else ""
    article = ", ".join(dict.fromkeys(articles)) if articles and all(articles) else ""
    values = {
        "issuing_body": settings["issuing_body"].strip(), "number": number.strip(),
        "number_date": clock.local_text(sent_at, clock.DOCUMENT_DATE),
        # A seeded platform is named in the letter's language («ВКонтакте»); the notice stores it as chosen.
        "recipient": directory.platform_name((recipient or "").strip(), lang),
        "recipient_contact": (recipient_contact or "").strip(),
        "detected_at": clock.document_time(min(v["detected_at"] for v in listed), lang),
        "domain": ", ".join(dict.fromkeys(v["domain"] for v in listed)), "count": str(len(listed)),
        "addresses": "\n".join(f"    {n}) {v['url']}" for n, v in enumerate(listed, start=1)),
        "prohibition": "; ".join(forbidden), "type": "; ".join(forbidden),
        "legal_basis": cited, "basis_gen": cited, "basis_ins": cited, "basis": cited,
        "article_dat": article, "article": article,
        "hours": f"{min(hours, default=6):g}", "hours_text": _hours_text(min(hours, default=6.0), lang),
        "sent_at": clock.document_time(sent_at, lang), "received_at": clock.document_time(received_at, lang),
        "deadline_at": clock.document_time(deadline_at, lang),
        "contact": settings["contact"].strip(), "signatory_position": settings["signatory_position"].strip(),
        "signatory_name": settings["signatory_name"].strip(),
        "author": settings["author"].strip() or analyst.strip(), "executor_phone": settings["executor_phone"].strip(),
    }
    if not article:
        values["article_dat"] = values["article"] = ""
    return values


def missing_fields(values: dict[str, str]) -> list[str]:
    """The fields a notice must state that these values leave empty, in the order of ``REQUIRED``."""
    return [key for key in REQUIRED if not values.get(key, "").strip()]


def _named_missing(values: dict[str, str], lang: str) -> dict[str, str]:
    named = dict(values)
    aliases = {"number_date": "sent_at", "prohibition": "type", "basis_gen": "legal_basis",
               "basis_ins": "legal_basis", "basis": "legal_basis", "article_dat": "legal_basis",
               "article": "legal_basis"}
    for key, value in values.items():
        missing = MISSING.get(aliases.get(key, key))
        if not value.strip() and missing:
            named[key] = missing[lang]
    return named


def _fill(text: str, values: dict[str, str]) -> str:
    return string.Template(text).safe_substitute(values)


def render_letter(values: dict[str, str], lang: str, *, received: bool) -> str:
    """The template filled with ``values``; a value not known is named as missing ("[recipient not set]"), never
    left empty. The deadline sentence says the term runs from receipt, or, receipt not yet confirmed, gives the
    monitoring time counted from sending, labelled as such."""
    lang = lang if lang in LANGS else "ru"
    body, sentences = template(lang)
    named = _named_missing(values, lang)
    named["deadline_sentence"] = _fill(sentences.get(FROM_RECEIPT if received else FROM_SENDING, ""), named)
    return _fill(body, named).rstrip() + "\n"


def screen_copy(text: str, urls: Iterable[str]) -> str:
    """A copy of a notice for a screen with its listed addresses defanged (the letter itself keeps them exact)."""
    for url in sorted(set(urls), key=len, reverse=True):
        text = text.replace(url, defang(url))
    return text


def next_number(db: Database, sent_at: str) -> tuple[str, int, int]:
    """Take the next outgoing number of the unit's register for the year ``sent_at`` falls in (reporting zone):
    sequential per year, never reused (the register's last number is kept even if a notice is removed). Call
    inside the write transaction that stores the notice."""
    year = clock.local(sent_at).year
    key = f"notice_register.{year}"
    row = db.execute("SELECT value FROM workspace_meta WHERE key = ?", [key]).fetchone()
    stored = db.execute("SELECT coalesce(max(number_seq), 0) FROM notices WHERE number_year = ?", [year]).fetchone()
    seq = max(int(row[0]) if row and row[0] else 0, int(stored[0])) + 1
    db.execute("INSERT INTO workspace_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
               "value = excluded.value", [key, str(seq)])
    return outgoing_number(get_setting(db, "notice_number_format"), seq, year), year, seq
