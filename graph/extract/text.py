"""Tokens, sentences, paragraphs and quotations of an article's text, with offsets.

Everything keeps character offsets into the one string the NIF context holds, so each
fact can point back at the sentence it came from.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, NamedTuple

from .lexicon import lexicon

__all__ = ["Token", "tokenize", "tokens_of", "sentences", "paragraphs", "quotations", "Quotation", "written_alone"]

_TOKEN_RE = re.compile(r"\(\*\)|\w+(?:[.'’/-]\w+)*\.?|[^\w\s]")
_SINGLE_CAP = re.compile(r"^[A-Z]\.$")
_DEGREE_SHAPE = re.compile(r"^(?:[A-Z][A-Za-z]{0,4}\.){2,}$")


class Token(NamedTuple):
    """A word or punctuation mark and its offsets. A named tuple, not a frozen dataclass:
    an article has hundreds and a dataclass's frozen ``__init__`` made building them most
    of what tokenizing cost."""

    start: int
    end: int
    text: str

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    lx = lexicon()
    forms = set(lx.prefixes) | set(lx.suffixes) | set(lx.name_starts) | set(lx.name_inner)
    forms |= set(lx.title_prefixes) | {r for r in lx.ranks if r.endswith(".")} | set(lx.corps)
    forms |= {"dll.", "dsb.", "No.", "Jl.", "Jln.", "Kab.", "Kec.", "Kel.", "Prov.", "Rp.", "Tbk.", "a.n."}
    return frozenset(f for f in forms if f.endswith("."))


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word and punctuation tokens; a final period stays only on abbreviations.

    >>> [t.text for t in tokenize("Hj. St. Aminah, S.Sos., hadir.")]
    ['Hj.', 'St.', 'Aminah', ',', 'S.Sos.', ',', 'hadir', '.']
    """
    abbrev = _abbreviations()
    out: list[Token] = []
    end = len(text) if end is None else end
    new = tuple.__new__  # (what Token(...) calls, without the call in between)
    for m in _TOKEN_RE.finditer(text, start, end):
        w = m.group()
        s, e = m.span()
        if w[-1] == "." and len(w) > 1 and not (
                w in abbrev or _SINGLE_CAP.match(w) or _DEGREE_SHAPE.match(w)):
            out.append(new(Token, (s, e - 1, w[:-1])))
            out.append(new(Token, (e - 1, e, ".")))
        else:
            out.append(new(Token, (s, e, w)))
    return out


def tokens_of(text: str) -> list[Token]:
    """All the tokens of ``text`` (see :func:`tokenize`), computed once for the sentence
    splitter and the extractor."""
    return list(_all_tokens(text))


@lru_cache(maxsize=8)  # the extractor and the graph builder read the same article
def _all_tokens(text: str) -> tuple[Token, ...]:
    return tuple(tokenize(text))


def _joins_a_word(ch: str, hyphen: bool) -> bool:
    """Whether the character ``ch`` continues a word: a word character of ``re`` (a letter, a
    digit of any script, "_"), or a hyphen when ``hyphen``."""
    return ch.isalnum() or ch == "_" or hyphen and ch == "-"


def written_alone(text: str, phrase: str, *, hyphen_after: bool = True) -> Iterator[int]:
    r"""Where ``phrase`` is written in ``text`` and not inside a longer word: what
    ``re.finditer(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text)`` finds (``(?![\w])``
    after it when not ``hyphen_after``), without compiling a pattern for each phrase, the
    matches one after another as there.

    >>> list(written_alone("Rudi, Rudi-Rudi, Rudianto dan Rudi", "Rudi"))
    [0, 30]
    >>> list(written_alone("Rudi-Rudi", "Rudi", hyphen_after=False))
    [0]
    """
    if not phrase:
        raise ValueError("an empty phrase")
    pos, n = text.find(phrase), len(phrase)
    while pos >= 0:
        end = pos + n
        if (pos == 0 or not _joins_a_word(text[pos - 1], True)) and \
                (end == len(text) or not _joins_a_word(text[end], hyphen_after)):
            yield pos
            pos = text.find(phrase, end)
        else:
            pos = text.find(phrase, pos + 1)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line (the body keeps one paragraph a line)."""
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            spans.append((pos + lead, pos + len(line.rstrip())))
        pos += len(line) + 1
    return spans


_QUOTE_CHARS = "“”\"„"
_SENTENCE_MARKS = frozenset([*_QUOTE_CHARS, ".", "!", "?"])  # (a punctuation mark is a token of one character)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; abbreviations and quotations do not end one."""
    return list(_sentences(text))


@lru_cache(maxsize=8)  # the extractor and the graph builder split the same article
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    every = _all_tokens(text)  # no token crosses a line, so a paragraph's are a slice of them
    starts = [t.start for t in every]
    for p_start, p_end in paragraphs(text):
        toks = every[bisect.bisect_left(starts, p_start):bisect.bisect_left(starts, p_end)]
        s_start = p_start
        in_quote = False
        for i, t in enumerate(toks):
            if t.text not in _SENTENCE_MARKS:
                continue  # (no other token opens or closes a quotation or ends a sentence)
            if t.text in _QUOTE_CHARS:
                in_quote = not in_quote if t.text == '"' else t.text in "“„"
            if t.text in {".", "!", "?"} and not in_quote:
                nxt = toks[i + 1] if i + 1 < len(toks) else None
                if nxt is None or nxt.is_cap or nxt.text in _QUOTE_CHARS:
                    out.append((s_start, t.end))
                    s_start = nxt.start if nxt else p_end
            elif t.text in "”\"" and i > 0 and toks[i - 1].text in {".", "!", "?"} and not in_quote:
                nxt = toks[i + 1] if i + 1 < len(toks) else None
                if nxt is not None and nxt.is_cap:
                    out.append((s_start, t.end))
                    s_start = nxt.start
        if s_start < p_end:
            out.append((s_start, p_end))
    return tuple(out)


@dataclass(frozen=True)
class Quotation:
    start: int  # offset of the first character inside the quote marks
    end: int  # offset just after the last character inside
    open_at: int
    close_at: int  # offset of the closing quote mark

    def text(self, source: str) -> str:
        return source[self.start:self.end]


# Curly marks, straight marks, and a paragraph's mixed pair the site left ("\"…”", "“…\""), the
# mixed ones only where neither matched pair starts.
_QUOTE_RE = re.compile(r"“([^“”]+)”|\"([^\"”\n]+)\"|\"([^\"“”\n]+)”|“([^“”\"\n]+)\"")


def quotations(text: str, *, min_words: int = 5) -> list[Quotation]:
    """Quoted speech (curly or straight quotes) of at least ``min_words`` words.

    Short quoted strings are names ("Kopi Desa", "Warung Bu Sri"), not speech.
    """
    out = []
    for m in _QUOTE_RE.finditer(text):
        g = m.lastindex
        inner = m.group(g)
        if len(inner.split()) < min_words:
            continue
        s, e = m.start(g), m.end(g)
        while e > s and text[e - 1] in " ,":
            e -= 1
        while s < e and text[s] == " ":
            s += 1
        out.append(Quotation(s, e, m.start(), m.end() - 1))
    return out
