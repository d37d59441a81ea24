"""OPML 2.0 import and export, folders as nested outlines. Untrusted XML goes through defusedxml.

Our own fields (kind, selectors, interval, encoding override, category, language) travel as extra
outline attributes prefixed ``ws``, which other readers ignore, so a round trip keeps every source.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException
from sqlite_utils import Database

from workstation import APP_NAME
from workstation.core import clock
from workstation.core.errors import Problem, WorkstationError
from workstation.core.files import document_text, write_with
from workstation.core.ingest.decode import is_known_encoding
from workstation.core.ingest.sources import CATEGORIES, KINDS, add_source, infer, list_sources
from workstation.core.urls import pasted_url

_EXTRA = {"wsKind": "kind", "wsCategory": "category", "wsLanguage": "language", "wsInterval": "interval_minutes",
          "wsEncoding": "encoding_override", "wsSelectors": "selectors", "wsStateBody": "state_body",
          "wsCountry": "country"}


# Outlines nest folders; no reader's folder tree comes near this, and a hostile file nesting thousands deep must
# give one line, not a crash.
MAX_DEPTH = 50


@dataclass
class OpmlImport:
    added: list[int] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already present (in the workspace or earlier in the file)
    held: list[int] = field(default_factory=list)  # added but disabled: a local file, loopback or private address


@dataclass(frozen=True)
class _Outline:
    """One feed outline, checked and ready to add."""

    url: str  # as ``infer`` stores it
    options: dict[str, Any]  # add_source's keyword arguments
    site_url: str | None


def _read(path: Path) -> ET.Element:
    """The document's root, parsed by defusedxml (no entity tricks) and given up as soon as it nests too deep."""
    depth, root = 0, None
    try:
        for event, element in SafeET.iterparse(str(path), events=("start", "end"), forbid_dtd=False):
            if event == "end":
                depth -= 1
                continue
            depth += 1
            root = element if root is None else root
            if depth > MAX_DEPTH + 2:  # <opml><body> and then the outlines
                raise WorkstationError("opml.too_deep", limit=MAX_DEPTH)
    except DefusedXmlException as exc:
        raise WorkstationError("parse.hostile_xml") from exc
    except (ET.ParseError, OSError, UnicodeError, ValueError, LookupError) as exc:  # LookupError: encoding="bogus"
        raise WorkstationError("parse.bad_opml", reason=str(exc)[:200]) from exc
    if root is None:
        raise WorkstationError("parse.bad_opml", reason=Problem("opml.empty"))
    return root


def import_opml(db: Database, path: str | Path) -> OpmlImport:
    """Add the feed outlines of an OPML file, folders included: all of them or none.

    Every outline is checked first (its address, and our ``ws`` fields when present); the first one that cannot
    be added stops the import with its number and the reason, before anything is written. Then all are added in
    one transaction. Sources already in the workspace are skipped. The file comes from outside: a local file,
    loopback or private-network address is added disabled, with its reason, until an analyst enables it.
    """
    root = _read(Path(path))
    if root.tag.lower() != "opml" or root.find("body") is None:
        raise WorkstationError("parse.bad_opml", reason=Problem("opml.no_body"))
    result = OpmlImport()
    existing = {row[0] for row in db.execute("SELECT url FROM sources")}
    ready: list[_Outline] = []
    for number, (outline, folders) in enumerate(_feed_outlines(root.find("body")), start=1):
        checked = _check(outline, folders, number)
        if checked.url in existing:
            result.skipped.append(checked.url)
            continue
        existing.add(checked.url)
        ready.append(checked)
    with db.atomic():
        for checked in ready:
            source = add_source(db, checked.url, **checked.options, from_outside=True)
            if checked.site_url:
                db.table("sources").update(source["id"], {"site_url": checked.site_url})
            result.added.append(source["id"])
            if source["held_reason"]:
                result.held.append(source["id"])
    return result


def _feed_outlines(body: ET.Element) -> Iterator[tuple[ET.Element, list[str]]]:
    """Each outline with a feed address, in document order, with the folders (outlines without one) around it."""
    stack: list[tuple[Iterator[ET.Element], list[str]]] = [(iter(body.findall("outline")), [])]
    while stack:
        outline = next(stack[-1][0], None)
        if outline is None:
            stack.pop()
            continue
        folders = stack[-1][1]
        if _address(outline):
            yield outline, folders
        else:
            label = _label(outline)
            stack.append((iter(outline.findall("outline")), folders + [label] if label else folders))


def _address(outline: ET.Element) -> str:
    return (outline.get("xmlUrl") or outline.get("xmlurl") or outline.get("url") or "").strip()


def _label(outline: ET.Element) -> str:
    return (outline.get("title") or outline.get("text") or "").strip()


def _check(outline: ET.Element, folders: list[str], number: int) -> _Outline:
    """The outline as add_source's arguments, or WorkstationError("opml.bad_outline") saying what is wrong."""
    address, title = _address(outline), _label(outline)

    def bad(reason: Problem | WorkstationError) -> WorkstationError:
        return WorkstationError("opml.bad_outline", number=number, title=title, address=address, reason=reason)

    values = {ours: outline.get(attr).strip() for attr, ours in _EXTRA.items() if (outline.get(attr) or "").strip()}
    kind = values.get("kind")
    if kind is not None and kind not in KINDS:
        raise bad(Problem("opml.bad_kind", value=repr(kind), kinds=", ".join(KINDS)))
    category = values.get("category", "media")
    if category not in CATEGORIES:
        raise bad(Problem("opml.bad_category", value=repr(category), categories=", ".join(CATEGORIES)))
    try:
        interval = int(values.get("interval_minutes", 60))
    except ValueError:
        raise bad(Problem("opml.bad_interval")) from None
    if interval < 1:
        raise bad(Problem("opml.bad_interval"))
    encoding = values.get("encoding_override")
    if encoding is not None and not is_known_encoding(encoding):
        raise bad(Problem("opml.bad_encoding", value=repr(encoding)))
    selectors = None
    if "selectors" in values:
        try:
            selectors = json.loads(values["selectors"])
        except ValueError:
            raise bad(Problem("opml.selectors_not_json")) from None
        if not isinstance(selectors, dict) or not all(isinstance(v, str) for v in selectors.values()):
            raise bad(Problem("opml.selectors_not_css"))
    try:
        kind, url = infer(address, kind)
    except WorkstationError as exc:
        raise bad(exc) from None
    except (OSError, ValueError):  # a "path" the file system refuses to even look up (too long, say)
        raise bad(Problem("source.bad_url", url=address[:200])) from None
    site = outline.get("htmlUrl")
    return _Outline(url=url, site_url=pasted_url(site) if site else None, options={
        "kind": kind, "name": title or None, "folder": "/".join(folders), "category": category,
        "language": values.get("language", ""), "selectors": selectors, "interval_minutes": interval,
        "encoding_override": encoding, "state_body": values.get("state_body", ""), "country": values.get("country", ""),
    })


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
        parent = _folder_element(folders, document_text(source["folder"]))
        attrs = {"type": "rss", "text": source["name"], "title": source["name"], "xmlUrl": source["url"]}
        if source.get("site_url"):
            attrs["htmlUrl"] = source["site_url"]
        for attr, ours in _EXTRA.items():
            value = source.get(ours)
            if value not in (None, ""):
                attrs[attr] = json.dumps(value, ensure_ascii=False) if ours == "selectors" else str(value)
        # A name taken from a feed may hold characters XML 1.0 forbids: left out, the file stays well-formed.
        ET.SubElement(parent, "outline", {key: document_text(value) for key, value in attrs.items()})
    ET.indent(root)
    write_with(path, lambda handle: ET.ElementTree(root).write(handle, encoding="utf-8", xml_declaration=True))
    return len(sources)


def _folder_element(folders: dict[str, ET.Element], folder: str) -> ET.Element:
    """The outline of ``folder`` ("Media/KZ"), made with its parents where missing. Folders nest freely in the
    workspace; past the depth an import takes, the rest of the path is one outline named "a/b/c", which an import
    splits back into the same folder."""
    names = folder.split("/") if folder else []
    if len(names) > MAX_DEPTH - 1:
        names = names[:MAX_DEPTH - 2] + ["/".join(names[MAX_DEPTH - 2:])]
    path = ""
    for name in names:
        path = f"{path}/{name}" if path else name
        if path not in folders:
            parent = folders[path[: len(path) - len(name)].rstrip("/")]
            folders[path] = ET.SubElement(parent, "outline", {"text": name, "title": name})
    return folders[path]
