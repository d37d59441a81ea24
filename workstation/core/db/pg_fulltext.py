"""Full-text search on PostgreSQL with the same query language and the same folded words as FTS5.

``items.search`` writes an analyst's query as an FTS5 expression (quoted words, prefixes, phrases, column
filters, AND/OR/NOT, brackets). On a team workspace that expression is read here and written as a ``tsquery``.
Words are split as FTS5's unicode61 tokenizer splits them (letters and digits; everything else separates), both
when a row is indexed and when a query is read, so a word matches on both engines alike.

The document vector is written here too, not by PostgreSQL's parser: each word is stored as a lexeme tagged with
its column's letter (``a`` for the first column, then ``b``, ``c``, ``d``: "aқазақстан" is the word in the title),
at its position, labelled with the column's weight (A to D) for ranking. A column filter is then a choice of
lexemes, which the GIN index answers exactly; filtering by weight labels instead would make PostgreSQL re-read
every matching row's vector (measured: 40 times slower for a common word at 50,000 items).
"""

from __future__ import annotations

import re

from workstation.core.errors import Problem, WorkstationError

WEIGHTS = "ABCD"
TAGS = "abcd"
_WORD = re.compile(r"[^\W_]+")
_TOKEN = re.compile(r'\s*(?:(?P<quoted>"(?:[^"]|"")*")(?P<star>\*)?|(?P<lbrace>\{)(?P<cols>[^}]*)\}|'
                    r"(?P<colon>:)|(?P<lp>\()|(?P<rp>\))|(?P<op>AND|OR|NOT)\b|(?P<bare>[^\s(){}:\"]+))")


def words(text: str | None) -> list[str]:
    """The words of ``text`` as FTS5's unicode61 tokenizer finds them."""
    return _WORD.findall(text or "")


# PostgreSQL keeps at most 256 positions of a lexeme and positions up to 16,383 (later ones count as the last).
_MAX_POSITIONS, _MAX_POSITION = 256, 16383


def vector(texts: list[str | None]) -> str:
    """The ``tsvector`` text of one row's columns (already folded, as the index stores them)."""
    positions: dict[str, list[str]] = {}
    at = 0
    for column, text in enumerate(texts):
        tag, weight = TAGS[column], WEIGHTS[column]
        for word in words(text):
            at += 1
            kept = positions.setdefault(tag + word.lower(), [])
            if len(kept) < _MAX_POSITIONS:
                kept.append(f"{min(at, _MAX_POSITION)}{weight}")
        at += 1  # a phrase never runs from one column into the next
    return " ".join(f"'{lexeme}':{','.join(kept)}" for lexeme, kept in positions.items())


def term_query(term: str) -> str:
    """A ``tsquery`` finding rows with ``term`` (one word) in any column, or '' when it holds no word."""
    found = words(term.lower())
    return " | ".join(f"'{tag}{found[0]}'" for tag in TAGS) if len(found) == 1 else ""


def rank_weights(weights: list[float]) -> str:
    """ts_rank's weight array {D, C, B, A} for bm25's per-column weights (first column first)."""
    padded = (weights + [0.0] * 4)[:4]
    top = max(padded) or 1.0  # PostgreSQL's weights lie in [0, 1]; only their ratios order the results
    return "'{" + ",".join(f"{w / top:g}" for w in reversed(padded)) + "}'"


def to_tsquery(expression: str, columns: list[str]) -> str:
    """The ``tsquery`` text of an FTS5 MATCH expression over a table with ``columns``."""
    tokens = [m for m in _TOKEN.finditer(expression) if m.group(0).strip()]
    parser = _Parser(tokens, columns)
    result = parser.or_expr(TAGS[:len(columns)])
    if parser.pos != len(tokens):
        raise WorkstationError("search.invalid", reason=Problem("search.not_for_team", query=repr(expression[:60])))
    return result


class _Parser:
    def __init__(self, tokens: list[re.Match], columns: list[str]) -> None:
        self.tokens, self.pos, self.columns = tokens, 0, columns

    def peek(self) -> re.Match | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> re.Match:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def or_expr(self, tags: str) -> str:
        parts = [self.and_expr(tags)]
        while (tok := self.peek()) is not None and tok["op"] == "OR":
            self.take()
            parts.append(self.and_expr(tags))
        return parts[0] if len(parts) == 1 else "(" + " | ".join(parts) + ")"

    def and_expr(self, tags: str) -> str:
        result = self.not_expr(tags)
        while (tok := self.peek()) is not None and not tok["rp"] and tok["op"] != "OR":
            if tok["op"] == "AND":
                self.take()
            result = f"({result} & {self.not_expr(tags)})"
        return result

    def not_expr(self, tags: str) -> str:
        result = self.primary(tags)
        while (tok := self.peek()) is not None and tok["op"] == "NOT":
            self.take()
            result = f"({result} & !{self.primary(tags)})"
        return result

    def primary(self, tags: str) -> str:
        tok = self.take() if self.peek() is not None else None
        if tok is None:
            raise WorkstationError("search.unbalanced")
        if tok["lbrace"] or (tok["bare"] and (nxt := self.peek()) is not None and nxt["colon"]):
            names = tok["cols"].split() if tok["lbrace"] else [tok["bare"]]
            if not (nxt := self.peek()) or not nxt["colon"]:
                raise WorkstationError("search.invalid", reason=Problem("search.column_colon"))
            self.take()
            unknown = [n for n in names if n not in self.columns]
            if unknown:
                raise WorkstationError("search.invalid", reason=Problem("search.no_column", column=unknown[0]))
            return self.primary("".join(TAGS[self.columns.index(n)] for n in names))
        if tok["lp"]:
            inner = self.or_expr(tags)
            if (close := self.peek()) is None or not close["rp"]:
                raise WorkstationError("search.unbalanced")
            self.take()
            return inner
        if tok["quoted"] or tok["bare"]:
            text = tok["quoted"][1:-1].replace('""', '"') if tok["quoted"] else tok["bare"]
            found = _WORD.findall(text.lower())
            if not found:
                return "''"  # matches nothing, as an FTS5 phrase of no words
            star = ":*" if tok["star"] else ""
            alternatives = []
            for tag in tags:  # the columns searched
                lexemes = [f"'{tag}{w}'" for w in found[:-1]] + [f"'{tag}{found[-1]}'{star}"]
                alternatives.append(lexemes[0] if len(lexemes) == 1 else "(" + " <-> ".join(lexemes) + ")")
            return alternatives[0] if len(alternatives) == 1 else "(" + " | ".join(alternatives) + ")"
        raise WorkstationError("search.invalid", reason=Problem("search.unexpected", token=repr(tok.group(0).strip())))
