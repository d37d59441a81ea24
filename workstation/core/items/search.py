"""The analysts' query language, translated into a safe SQLite FTS5 query over folded text.

Grammar (operators in capitals; adjacent terms are joined by AND):
    word   prefix*   "a phrase"   ( ... )   AND   OR   NOT   -word (same as NOT word)
    title:word   text:"a phrase"   title:(a OR b)
Every term is folded (see textfold.py) and quoted before it reaches FTS5, so punctuation in a term
can never become FTS5 syntax. Mistakes raise WorkstationError with a plain message; so does a query nested
deeper than ``MAX_DEPTH`` brackets or fields (the parser recurses once per level, and FTS5 has its own limit).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from sqlite_utils import Database

from workstation.core.analysis.forms import query_forms
from workstation.core.db import bodies
from workstation.core.errors import Problem, WorkstationError
from workstation.core.ingest.dedup import EXACT_ONLY_FTS, STORED_FTS
from workstation.core.textfold import fold

FIELDS = ("title", "text")
_TOKEN = re.compile(r'\s*(?:(?P<lp>\()|(?P<rp>\))|(?P<phrase>"[^"]*"?)|(?P<word>[^\s()"]+))')
_HAS_WORD = re.compile(r"\w")
_OPERATORS = {"AND", "OR", "NOT"}
MAX_DEPTH = 8


@dataclass(frozen=True)
class Explained:
    """One term of a query and what it matches: its folded exact form and the word forms it also finds."""

    term: str
    kind: str  # word, phrase, prefix
    exact: str
    forms: tuple[str, ...]


@dataclass
class _Tok:
    kind: str  # lp, rp, phrase, term, op, field
    value: str = ""
    prefix: bool = False


def _tokenize(query: str) -> list[_Tok]:
    tokens: list[_Tok] = []
    pos = 0
    query = query.strip()
    while pos < len(query):
        match = _TOKEN.match(query, pos)
        if not match or match.end() == pos:
            break
        pos = match.end()
        if match.group("lp"):
            tokens.append(_Tok("lp"))
        elif match.group("rp"):
            tokens.append(_Tok("rp"))
        elif match.group("phrase") is not None:
            raw = match.group("phrase")
            if len(raw) < 2 or not raw.endswith('"'):
                raise WorkstationError("search.unclosed_quote")
            tokens.append(_Tok("phrase", raw[1:-1]))
        else:
            tokens.extend(_word_tokens(match.group("word"), tokens))
    return tokens


def _word_tokens(word: str, before: list[_Tok]) -> list[_Tok]:
    """The tokens of one word: an operator, "title:"/"text:" prefixes, a leading "-" (NOT), then the term.
    A loop, not recursion: "title:title:...:x" or "a ----x" must not exhaust the stack."""
    out: list[_Tok] = []
    last = before[-1] if before else None  # what a leading "-" follows: NOT needs a term before it
    while True:
        if word in _OPERATORS:
            return out + [_Tok("op", word)]
        field, sep, rest = word.partition(":")
        if sep and field.lower() in FIELDS:
            last = _Tok("field", field.lower())
            out.append(last)
            if not rest:
                return out
            word = rest
            continue
        if word.startswith("-") and len(word) > 1 and last is not None and last.kind in ("term", "phrase", "rp"):
            out.append(_Tok("op", "NOT"))
            word = word[1:]
            continue
        break
    prefix = word.endswith("*")
    text = word.rstrip("*")
    if not _HAS_WORD.search(text):
        return out  # punctuation alone matches nothing the tokenizer keeps
    return out + [_Tok("term", text, prefix)]


class _Parser:
    def __init__(self, tokens: list[_Tok], *, forms: bool = False, lang_hint: str | None = None) -> None:
        self.tokens = tokens
        self.pos = 0
        self.depth = 0  # brackets and fields open around the current token
        self.forms = forms  # plain words also match their word forms (the forms columns); else exact words only
        self.lang_hint = lang_hint
        self.field: str | None = None  # the field the current term is limited to (forms mode applies it per term)
        self.explained: list[Explained] = []

    def descend(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise WorkstationError("search.too_deep", limit=MAX_DEPTH)

    def peek(self) -> _Tok | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> _Tok:
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def parse(self) -> str:
        if not self.tokens:
            raise WorkstationError("search.empty")
        first = self.tokens[0]
        if first.kind == "op":
            if first.value == "NOT":
                raise WorkstationError("search.leading_not")
            raise WorkstationError("search.dangling_operator", op=first.value)
        expr = self.or_expr()
        if self.peek() is not None:
            raise WorkstationError("search.unbalanced")
        return expr

    def or_expr(self) -> str:
        parts = [self.and_expr()]
        while (tok := self.peek()) is not None and tok.kind == "op" and tok.value == "OR":
            self.take()
            parts.append(self.operand_after("OR", self.and_expr))
        return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"

    def and_expr(self) -> str:
        parts = [self.not_terms()]
        while (tok := self.peek()) is not None and not (tok.kind == "rp" or (tok.kind == "op" and tok.value == "OR")):
            if tok.kind == "op" and tok.value == "AND":
                self.take()
                nxt = self.peek()
                if nxt is not None and nxt.kind == "op" and nxt.value == "NOT":
                    # "a AND NOT b" is FTS5's "a NOT b"
                    self.take()
                    parts[-1].append(self.operand_after("NOT", self.primary))
                    continue
                parts.append(self.operand_after("AND", self.not_terms))
            else:
                parts.append(self.not_terms())
        groups = [_not_group(terms) for terms in parts]
        return groups[0] if len(groups) == 1 else "(" + " AND ".join(groups) + ")"

    def not_terms(self) -> list[str]:
        """A term and the terms NOT-ed from it: "a NOT b NOT c"."""
        terms = [self.primary()]
        while (tok := self.peek()) is not None and tok.kind == "op" and tok.value == "NOT":
            self.take()
            terms.append(self.operand_after("NOT", self.primary))
        return terms

    def operand_after(self, op: str, rule) -> str:
        tok = self.peek()
        if tok is None or tok.kind in ("op", "rp"):
            raise WorkstationError("search.dangling_operator", op=op)
        return rule()

    def primary(self) -> str:
        tok = self.peek()
        if tok is None:
            raise WorkstationError("search.unbalanced")
        if tok.kind == "field":
            self.take()
            inner = self.peek()
            if inner is None or inner.kind in ("op", "rp", "field"):
                raise WorkstationError("search.invalid", reason=Problem("search.needs_term", field=tok.value))
            self.descend()
            outer, self.field = self.field, tok.value
            expr = self.primary()
            self.field = outer
            self.depth -= 1
            return expr if self.forms else f"{tok.value} : {expr}"
        if tok.kind == "lp":
            self.take()
            if (nxt := self.peek()) is not None and nxt.kind == "rp":
                raise WorkstationError("search.empty_group")
            self.descend()
            expr = self.or_expr()
            if (close := self.peek()) is None or close.kind != "rp":
                raise WorkstationError("search.unbalanced")
            self.take()
            self.depth -= 1
            return f"({expr})"
        if tok.kind == "rp":
            raise WorkstationError("search.unbalanced")
        if tok.kind == "op":
            raise WorkstationError("search.dangling_operator", op=tok.value)
        self.take()
        text = fold(tok.value).replace('"', " ")
        if tok.kind == "phrase" and not _HAS_WORD.search(text):
            raise WorkstationError("search.invalid", reason=Problem("search.empty_phrase"))
        exact = f'"{text}"' + ("*" if tok.prefix else "")
        if not self.forms:
            return exact
        columns = self.field or "{title text}"
        if tok.kind == "phrase" or tok.prefix:
            self.explained.append(Explained(tok.value, tok.kind if tok.kind == "phrase" else "prefix", text, ()))
            return f"{columns} : {exact}"
        forms = tuple(f for f in query_forms(tok.value, self.lang_hint) if f and '"' not in f)
        self.explained.append(Explained(tok.value, "word", text, forms))
        if not forms:
            return f"{columns} : {exact}"
        form_columns = f"{self.field}_forms" if self.field else "{title_forms text_forms}"
        alternatives = " OR ".join(f'"{f}"' for f in forms)
        return f"({columns} : {exact} OR {form_columns} : ({alternatives}))"


def _not_group(terms: list[str]) -> str:
    # One group for a chain: FTS5's NOT binds left to right, and nested brackets would use up its parser stack.
    return terms[0] if len(terms) == 1 else "(" + " NOT ".join(terms) + ")"


def to_fts(query: str) -> str:
    """Translate an analyst's query into an FTS5 MATCH expression on the exact words only, or raise
    WorkstationError. (The index kept from before word forms is searched with this.)"""
    return _Parser(_tokenize(query)).parse()


def to_match(query: str, lang_hint: str | None = None) -> str:
    """The FTS5 MATCH expression for ``items_fts``: each plain word matches its exact form in the title and text
    columns or one of its word forms (``analysis.forms.query_forms``) in the forms columns; a phrase and a prefix
    match exact words only."""
    return _Parser(_tokenize(query), forms=True, lang_hint=lang_hint).parse()


def explain(query: str, lang_hint: str | None = None) -> list[Explained]:
    """Each term of the query with the forms it matches, in the order written."""
    parser = _Parser(_tokenize(query), forms=True, lang_hint=lang_hint)
    parser.parse()
    return parser.explained


def validate(query: str) -> None:
    to_match(query)


def run_match_sql(db: Database, sql: str, params: list) -> list:
    try:
        return db.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        # The translator should make this unreachable; keep the promise of no traceback anyway.
        if "stack overflow" in str(exc):
            raise WorkstationError("search.too_deep", limit=MAX_DEPTH) from exc
        raise WorkstationError("search.invalid", reason=str(exc)) from exc


# bm25 weights of title, text, title forms, text forms: an item with the word as typed scores above one that has
# only another form of it (the typed word's item matches in both the exact and the forms columns).
WEIGHTS = "4.0, 2.0, 1.0, 0.5"
RANK = f"bm25(items_fts, {WEIGHTS})"


def _older_indexes(db: Database) -> list[str]:
    found = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (?, ?)",
                                      [STORED_FTS, EXACT_ONLY_FTS])}
    return [name for name in (STORED_FTS, EXACT_ONLY_FTS) if name in found]


def matching_rowids(db: Database, query: str, *, rank: bool = False) -> tuple[str, list]:
    """A SELECT of the matching item ids (and, with ``rank``, a column ``r``: lower is better), with parameters.
    While an old workspace is being moved over (``items.compact``, ``items.reindex``), its items not yet moved are
    found in the index kept from before: the same query on the index with its stored copy, exact words only on the
    one from before word forms."""
    match = to_match(query)
    select = f"SELECT rowid{', ' + RANK + ' AS r' if rank else ''} FROM items_fts WHERE items_fts MATCH ?"
    parts, params = [select], [match]
    for name in _older_indexes(db):
        score, where = f"4.0 * bm25({name})", f"{name} MATCH ?"
        if name == STORED_FTS:
            # Items from ``below`` on are in items_fts already (items.compact moves them newest first).
            score, where = f"bm25({name}, {WEIGHTS})", f"{where} AND rowid < ?"
            params += [match, bodies.moving_below(db) or 0]
        else:
            params.append(to_fts(query))
        parts.append(f"SELECT rowid{', ' + score + ' AS r' if rank else ''} FROM {name} WHERE {where}")
    return " UNION ALL ".join(parts), params


def search_ids(db: Database, query: str, *, limit: int | None = 100, offset: int = 0,
               relevance: bool = False) -> list[int]:
    """Ids of matching items, newest stored first (or by relevance: the words as typed before their other forms)."""
    inner, params = matching_rowids(db, query, rank=relevance)
    if _older_indexes(db):
        sql = f"SELECT rowid FROM ({inner}) ORDER BY {'r' if relevance else 'rowid DESC'}"
    else:
        sql = f"{inner} ORDER BY {RANK if relevance else 'rowid DESC'}"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return [row[0] for row in run_match_sql(db, sql, params)]


def count_matches(db: Database, query: str, *, up_to: int | None = None) -> int:
    """How many items match ``query``; with ``up_to``, counting stops there (a common word's 140,000 matches of a
    million items took 26 ms to count, its first 5,001 under 2 ms)."""
    inner, params = matching_rowids(db, query)
    if not _older_indexes(db):
        inner = "SELECT rowid FROM items_fts WHERE items_fts MATCH ?"
    if up_to is not None:
        return run_match_sql(db, f"SELECT count(*) FROM ({inner} LIMIT ?)", [*params, up_to])[0][0]
    return run_match_sql(db, f"SELECT count(*) FROM ({inner})", params)[0][0]


def match_sql(db: Database, query: str) -> tuple[str, list]:
    """A SQL condition on ``items.id`` for combining a text query with other filters."""
    inner, params = matching_rowids(db, query)
    return f"items.id IN ({inner})", params
