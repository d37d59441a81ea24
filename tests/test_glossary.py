"""The terms of docs/GLOSSARY.md hold in every text an analyst reads in Kazakh or Russian: the interface's
translations, the PDF wording, the notice letters, the taxonomy and the legal directory."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GLOSSARY = ROOT / "docs" / "GLOSSARY.md"
RESOURCES = ROOT / "resources"
TABLE_HEADING = "## The table the test reads"
LANGS = ("ru", "kk")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


@dataclass(frozen=True)
class Rule:
    term: str
    where: tuple[re.Pattern[str], ...]
    needs: dict[str, tuple[re.Pattern[str], ...]]
    forbids: dict[str, tuple[re.Pattern[str], ...]]

    def applies(self, english: str) -> bool:
        words = PLACEHOLDER.sub("", english)  # "{refuted} {when}": the words are in what fills them
        return any(p.search(words) for p in self.where)

    def broken_by(self, lang: str, text: str) -> str | None:
        """Why ``text`` (a translation into ``lang``) breaks this rule, or None."""
        for pattern in self.forbids[lang]:
            if found := pattern.search(text):
                return f"{self.term}: uses «{found.group(0)}»"
        if self.needs[lang] and not any(p.search(text) for p in self.needs[lang]):
            return f"{self.term}: lacks the term ({', '.join(p.pattern for p in self.needs[lang])})"
        return None


def _patterns(cell: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(code.replace(r"\|", "|"), re.IGNORECASE | re.DOTALL)
                 for code in re.findall(r"`((?:[^`\\]|\\.)*)`", cell))


def load_rules() -> list[Rule]:
    text = GLOSSARY.read_text(encoding="utf-8")
    table = text.split(TABLE_HEADING, 1)[1]
    rows = [line.strip() for line in table.splitlines() if line.strip().startswith("|")]
    header = [c.strip() for c in re.split(r"(?<!\\)\|", rows[0].strip("|"))]
    rules = []
    for line in rows[2:]:
        cells = dict(zip(header, (c.strip() for c in re.split(r"(?<!\\)\|", line[1:-1])), strict=True))
        rules.append(Rule(term=cells["term"], where=_patterns(cells["where"]),
                          needs={lang: _patterns(cells[f"{lang} needs"]) for lang in LANGS},
                          forbids={lang: _patterns(cells[f"{lang} forbids"]) for lang in LANGS}))
    return rules


RULES = load_rules()


def ts_messages(lang: str) -> list[tuple[str, str, str]]:
    """(where, English source, translation) for each message of a .ts file; plural forms joined."""
    root = ET.parse(RESOURCES / "translations" / f"workstation_{lang}.ts").getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            text = " | ".join(forms) if forms else (translation.text or "")
            out.append((f"{lang}.ts [{name}]", message.findtext("source") or "", text))
    return out


def _text(value: str | dict[str, str]) -> str:
    """A string, or a string's plural forms ({"one": ..., "few": ..., "many": ...}) joined."""
    return " | ".join(value.values()) if isinstance(value, dict) else value


def json_messages(lang: str) -> list[tuple[str, str, str]]:
    """The same for report_strings.json, the taxonomy, the legal bases and the platform directory."""
    out = []
    strings = json.loads((RESOURCES / "translations" / "report_strings.json").read_text(encoding="utf-8"))
    out += [(f"report_strings.json {key}", _text(value["en"]), _text(value.get(lang, "")))
            for key, value in strings.items() if isinstance(value, dict) and "en" in value]
    taxonomy = json.loads((RESOURCES / "taxonomy.json").read_text(encoding="utf-8"))
    out += [(f"taxonomy.json {tag['key']}", tag["en"], tag[lang]) for tag in taxonomy["tags"]]
    legal = json.loads((RESOURCES / "legal.json").read_text(encoding="utf-8"))
    out += [(f"legal.json {basis['key']}", basis["en"], basis[lang]) for basis in legal["legal_bases"]]
    for platform in legal["platforms"]:
        for field in ("name", "notes"):
            out.append((f"legal.json {platform['key']} {field}", platform[field],
                        platform.get(f"{field}_{lang}", platform[field])))
    return out


def template_messages(lang: str) -> list[tuple[str, str, str]]:
    folder = RESOURCES / "notice_templates"
    english = (folder / "notice_en.txt").read_text(encoding="utf-8")
    return [(f"notice_{lang}.txt", english, (folder / f"notice_{lang}.txt").read_text(encoding="utf-8"))]


def breaches(messages: list[tuple[str, str, str]], lang: str) -> list[str]:
    found = []
    for where, english, text in messages:
        if not text.strip(" |"):
            continue  # not translated yet: update.py --check and tests/gui/test_translations.py report that
        for rule in RULES:
            if rule.applies(english) and (why := rule.broken_by(lang, text)):
                found.append(f"{where} {english!r} → {text!r}: {why}")
    return found


def test_the_glossary_table_is_read() -> None:
    terms = {rule.term for rule in RULES}
    assert {"feed", "register", "response", "fake category", "negative or resonant topic", "legal representative",
            "request access restriction"} <= terms
    assert all(rule.where for rule in RULES)


@pytest.mark.parametrize("lang", LANGS)
def test_interface_translations_follow_the_glossary(lang: str) -> None:
    assert breaches(ts_messages(lang), lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_report_taxonomy_and_directory_follow_the_glossary(lang: str) -> None:
    assert breaches(json_messages(lang), lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_notice_templates_follow_the_glossary(lang: str) -> None:
    assert breaches(template_messages(lang), lang) == []


def test_a_forbidden_term_is_caught() -> None:
    """The test itself: «юридический представитель» and «жауап» for an official response are reported."""
    wrong = [("x", "the platform's legal representative", "юридическому представителю платформы"),
             ("y", "First official response", "Первый официальный ответ")]
    assert len(breaches(wrong, "ru")) >= 2
    assert breaches([("z", "First official response", "Алғашқы ресми жауап")], "kk")
    assert not breaches([("z", "First official response", "Алғашқы ресми ден қою")], "kk")


def test_no_ts_translation_names_a_platform_representative_juridical() -> None:
    for lang in LANGS:
        for where, _english, text in ts_messages(lang):
            assert "юридическ" not in text.lower(), where
