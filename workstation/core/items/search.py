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

from workstation.core.errors import WorkstationError
from workstation.core.textfold import fold

FIELDS = ("title", "text")
_TOKEN = re.compile(r'\s*(?:(?P<lp>\()|(?P<rp>\))|(?P<phrase>"[^"]*"?)|(?P<word>[^\s()"]+))')
_HAS_WORD = re.compile(r"\w")
_OPERATORS = {"AND", "OR", "NOT"}
MAX_DEPTH = 8


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
    def __init__(self, tokens: list[_Tok]) -> None:
        self.tokens = tokens
        self.pos = 0
        self.depth = 0  # brackets and fields open around the current token

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
                raise WorkstationError("search.invalid", reason=f"{tok.value}: needs a term after it")
            self.descend()
            expr = self.primary()
            self.depth -= 1
            return f"{tok.value} : {expr}"
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
            raise WorkstationError("search.invalid", reason="empty phrase")
        return f'"{text}"' + ("*" if tok.prefix else "")


def _not_group(terms: list[str]) -> str:
    # One group for a chain: FTS5's NOT binds left to right, and nested brackets would use up its parser stack.
    return terms[0] if len(terms) == 1 else "(" + " NOT ".join(terms) + ")"


def to_fts(query: str) -> str:
    """Translate an analyst's query into an FTS5 MATCH expression, or raise WorkstationError."""
    return _Parser(_tokenize(query)).parse()


def validate(query: str) -> None:
    to_fts(query)


def run_match_sql(db: Database, sql: str, params: list) -> list:
    try:
        return db.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        # The translator should make this unreachable; keep the promise of no traceback anyway.
        if "stack overflow" in str(exc):
            raise WorkstationError("search.too_deep", limit=MAX_DEPTH) from exc
        raise WorkstationError("search.invalid", reason=str(exc)) from exc


def search_ids(db: Database, query: str, *, limit: int | None = 100, offset: int = 0,
               relevance: bool = False) -> list[int]:
    """Ids of matching items, newest stored first (or by relevance)."""
    order = "rank" if relevance else "rowid DESC"
    sql = f"SELECT rowid FROM items_fts WHERE items_fts MATCH ? ORDER BY {order}"
    params: list = [to_fts(query)]
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return [row[0] for row in run_match_sql(db, sql, params)]


def count_matches(db: Database, query: str) -> int:
    return run_match_sql(db, "SELECT count(*) FROM items_fts WHERE items_fts MATCH ?", [to_fts(query)])[0][0]


def match_sql(query: str) -> tuple[str, list]:
    """A SQL condition on ``items.id`` for combining a text query with other filters."""
    return "items.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)", [to_fts(query)]
