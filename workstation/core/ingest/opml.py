"""OPML 2.0 import and export, folders as nested outlines. Untrusted XML goes through defusedxml.

Our own fields (kind, selectors, interval, encoding override, category, language) travel as extra
outline attributes prefixed ``ws``, which other readers ignore, so a round trip keeps every source.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from email.utils import format_datetime
from pathlib import Path

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException
from sqlite_utils import Database

from workstation import APP_NAME
from workstation.core import clock
from workstation.core.errors import WorkstationError
from workstation.core.files import write_with
from workstation.core.ingest.sources import KINDS, add_source, list_sources

_EXTRA = {"wsKind": "kind", "wsCategory": "category", "wsLanguage": "language", "wsInterval": "interval_minutes",
          "wsEncoding": "encoding_override", "wsSelectors": "selectors", "wsStateBody": "state_body",
          "wsCountry": "country"}


@dataclass
class OpmlImport:
    added: list[int] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already present
    failed: list[tuple[str, str]] = field(default_factory=list)  # (address, reason)


def _read(path: Path) -> ET.Element:
    try:
        return SafeET.parse(str(path), forbid_dtd=False).getroot()
    except DefusedXmlException as exc:
        raise WorkstationError("parse.hostile_xml") from exc
    except (ET.ParseError, OSError, UnicodeError, ValueError) as exc:
        raise WorkstationError("parse.bad_opml", reason=str(exc)[:200]) from exc


def import_opml(db: Database, path: str | Path) -> OpmlImport:
    root = _read(Path(path))
    if root.tag.lower() != "opml" or root.find("body") is None:
        raise WorkstationError("parse.bad_opml", reason="no <opml><body>")
    result = OpmlImport()
    _walk(db, root.find("body"), [], result)
    return result


def _walk(db: Database, parent: ET.Element, folders: list[str], result: OpmlImport) -> None:
    for outline in parent.findall("outline"):
        url = outline.get("xmlUrl") or outline.get("xmlurl") or outline.get("url")
        label = (outline.get("title") or outline.get("text") or "").strip()
        if not url:
            _walk(db, outline, folders + [label] if label else folders, result)
            continue
        options = {ours: outline.get(attr) for attr, ours in _EXTRA.items() if outline.get(attr)}
        try:
            kind = options.get("kind") if options.get("kind") in KINDS else None
            source = add_source(
                db, url, kind=kind, name=label or None, folder="/".join(folders),
                category=options.get("category", "media"), language=options.get("language", ""),
                selectors=json.loads(options["selectors"]) if options.get("selectors") else None,
                interval_minutes=int(options.get("interval_minutes", 60)),
                encoding_override=options.get("encoding_override"), state_body=options.get("state_body", ""),
                country=options.get("country", ""),
            )
            if outline.get("htmlUrl"):
                db.table("sources").update(source["id"], {"site_url": outline.get("htmlUrl")})
            result.added.append(source["id"])
        except WorkstationError as exc:
            if exc.key == "source.duplicate":
                result.skipped.append(url)
            else:
                result.failed.append((url, str(exc)))
        except (ValueError, TypeError) as exc:
            result.failed.append((url, str(exc)))


def export_opml(db: Database, path: str | Path) -> int:
    """Write every source to ``path`` (atomically: a temporary file renamed into place). Returns the count."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = f"{APP_NAME} sources"
    ET.SubElement(head, "dateCreated").text = format_datetime(clock.now())
    body = ET.SubElement(root, "body")
    folders: dict[str, ET.Element] = {"": body}
    sources = list_sources(db)
    for source in sources:
        parent = _folder_element(folders, source["folder"])
        attrs = {"type": "rss", "text": source["name"], "title": source["name"], "xmlUrl": source["url"]}
        if source.get("site_url"):
            attrs["htmlUrl"] = source["site_url"]
        for attr, ours in _EXTRA.items():
            value = source.get(ours)
            if value not in (None, ""):
                attrs[attr] = json.dumps(value, ensure_ascii=False) if ours == "selectors" else str(value)
        ET.SubElement(parent, "outline", attrs)
    ET.indent(root)
    write_with(path, lambda handle: ET.ElementTree(root).write(handle, encoding="utf-8", xml_declaration=True))
    return len(sources)


def _folder_element(folders: dict[str, ET.Element], folder: str) -> ET.Element:
    if folder in folders:
        return folders[folder]
    parent_path, _, name = folder.rpartition("/")
    parent = _folder_element(folders, parent_path)
    element = ET.SubElement(parent, "outline", {"text": name, "title": name})
    folders[folder] = element
    return element
