"""Load the extraction lexicons (``graph/lexicons/*.tsv``) once, as compiled data.

The lexicons are plain tab-separated files a non-programmer can extend: lines starting
with ``#`` are comments, the first other line names the columns.
"""
from __future__ import annotations

import csv
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["Lexicon", "lexicon", "read_table", "Forms", "Prefiltered", "prefiltered", "literal_heads", "PlaceLevel", "Region", "Title", "TitleRule", "LawType"]

# the kinds of acronyms (acronyms.tsv) that name a body, not a term or a complement
_BODY_KINDS = frozenset({"government", "business", "cooperative", "community", "other"})


def read_table(name: str) -> list[dict[str, str]]:
    """Rows of ``graph/lexicons/<name>`` as dicts keyed by the header line."""
    text = resources.files("graph").joinpath("lexicons").joinpath(name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for row in reader:
        if None in row:  # more cells than the header names: a stray tab
            raise ValueError(f"lexicon {name}: too many columns in row {row}")
        rows.append({k: (v or "").strip() for k, v in row.items()})
    return rows


def _alternation(forms) -> str:
    """A regex alternation that tries longer forms first.

    Forms are grouped by their first letter ("Asahan|Agam|Bali" is written
    "A(?:sahan|gam)|Bali"): the regex engine tries alternatives one by one, and with
    hundreds of region names it would otherwise compare each of them at every word.
    Forms with different first letters (ignoring case) never match the same text, and
    within a group the order stays, so the alternation matches exactly what the plain
    one does, with or without ``re.I``. A group whose first letters differ in case
    ("Eritrea", "eSwatini") stays plain, and so does everything when a form starts with
    a character outside ASCII (case folding beyond ASCII relates other letters).

    >>> _alternation(["Agam", "Asahan", "Bali"])
    'A(?:sahan|gam)|Bali'
    """
    ordered = sorted(set(forms), key=len, reverse=True)
    if not all(f[:1].isascii() and f for f in ordered):
        return "|".join(re.escape(f) for f in ordered)
    groups: dict[str, list[str]] = {}
    for f in ordered:
        groups.setdefault(f[0].lower(), []).append(f)
    out = []
    for same in groups.values():
        if len(same) > 1 and len({f[0] for f in same}) == 1:
            out.append(f"{re.escape(same[0][0])}(?:{'|'.join(re.escape(f[1:]) for f in same)})")
        else:
            out.extend(re.escape(f) for f in same)
    return "|".join(out)


def top_level_alternatives(pattern: str) -> list[str]:
    r"""``pattern`` cut at each ``|`` outside parentheses and character classes.

    >>> top_level_alternatives(r"rapat (?:a|b)|[|]x|c\|d")
    ['rapat (?:a|b)', '[|]x', 'c\\|d']
    """
    alternatives, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a class ends at the first "]" that is not its first member
            i += 2 if pattern[i + 1:i + 2] == "^" else 1
            i += 1 if pattern[i:i + 1] == "]" else 0
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            alternatives.append(pattern[start:i])
            start = i + 1
        i += 1
    alternatives.append(pattern[start:])
    return alternatives


def _literal_head(alternative: str) -> str:
    r"""The literal text every match of one alternative starts with: its characters up to the
    first one that is special, escaped as a class (``\w``, ``\b``) or made optional or
    repeatable by a quantifier after it.

    >>> _literal_head("tele-?conference"), _literal_head(r"s\.d\. (?:x)"), _literal_head("(?:a|b)c")
    ('tele', 's.d. ', '')
    """
    head, i = [], 0
    while i < len(alternative):
        ch = alternative[i]
        if ch == "\\":
            lit = alternative[i + 1:i + 2]
            if not lit or lit.isalnum() or lit == "_":
                break
            step = 2
        elif ch in ".^$*+?{}[]()|":
            break
        else:
            lit, step = ch, 1
        if alternative[i + step:i + step + 1] in ("?", "*", "+", "{"):
            break
        head.append(lit)
        i += step
    return "".join(head)


def literal_heads(pattern: str) -> list[str] | None:
    r"""The literal head of each top-level alternative of ``pattern`` (see :func:`_literal_head`),
    or None when one of them has none: a match of ``pattern`` starts with one of the heads.

    >>> literal_heads("rapat paripurna|sidang (?:a|b)"), literal_heads("(?:angin )?puting|x")
    (['rapat paripurna', 'sidang '], ['angin ', 'puting', 'x'])
    >>> literal_heads("(?:a|b)?|c"), literal_heads("[ab]c")
    (None, None)
    """
    heads: list[str] = []
    for alternative in top_level_alternatives(pattern):
        more = _group_heads(alternative) if alternative.startswith("(?:") else [_literal_head(alternative)]
        if more is None or not all(more):
            return None
        heads.extend(more)
    return heads


def _group_heads(alternative: str) -> list[str] | None:
    """The heads of an alternative that starts with a group: the group's, and when the group
    may be left out ("(?:angin )?puting beliung"), also those of what follows it."""
    depth, i = 0, 0
    while i < len(alternative):
        ch = alternative[i]
        if ch == "\\":
            i += 1
        elif ch == "[":
            return None  # (a class in the group: not worth following)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                break
        i += 1
    inner, quantifier, rest = alternative[3:i], alternative[i + 1:i + 2], alternative[i + 2:]
    heads = literal_heads(inner) if i < len(alternative) else None
    if heads is None or quantifier == "{":
        return None
    if quantifier in ("?", "*"):
        after = literal_heads(rest) if rest and "|" not in rest else None
        return None if after is None else heads + after
    return heads


class Prefiltered:
    r"""A compiled pattern whose :meth:`finditer` tries it only where a cheaper pattern
    (``starts``) finds a place a match can begin, e.g. one of the literal heads of its
    alternatives. The engine tries a long alternation at every position it scans; most
    positions start none of its alternatives, and the few heads find them at a fraction
    of the cost. Same matches as ``pattern.finditer`` when every match of ``pattern`` starts
    where ``starts`` matches and the matches are all empty or all non-empty.

    >>> scan = Prefiltered(re.compile(r"\b(?:rapat \w+|sidang)\b"), re.compile(r"\b(?:rapat |sidang)"))
    >>> [m.group(0) for m in scan.finditer("rapat pleno lalu sidang; rapat.")]
    ['rapat pleno', 'sidang']
    """
    __slots__ = ("pattern", "starts")

    def __init__(self, pattern: re.Pattern, starts: re.Pattern | None) -> None:
        self.pattern, self.starts = pattern, starts

    def finditer(self, string: str):
        if self.starts is None:
            yield from self.pattern.finditer(string)
            return
        if isinstance(self.starts, tuple):
            yield from self._finditer_any(string)
            return
        pos, search, match = 0, self.starts.search, self.pattern.match
        while (place := search(string, pos)) is not None:
            at = place.start()
            m = match(string, at)
            if m is None:
                pos = at + 1
                continue
            yield m
            pos = m.end() if m.end() > at else at + 1  # (after an empty match, the next place)

    def _finditer_any(self, string: str):
        """As :meth:`finditer` for ``starts`` given as several patterns: a place is where any of
        them matches first (a pattern that is one literal is found by the engine's fast search,
        where an alternation tries each position holding a first letter of its forms)."""
        heads, match = self.starts, self.pattern.match
        ahead = [p.search(string) for p in heads]
        pos = 0
        while True:
            for x, place in enumerate(ahead):
                if place is not None and place.start() < pos:
                    ahead[x] = heads[x].search(string, pos)
            at = min((place.start() for place in ahead if place is not None), default=None)
            if at is None:
                return
            m = match(string, at)
            if m is None:
                pos = at + 1
                continue
            yield m
            pos = m.end() if m.end() > at else at + 1


class Forms:
    """Forms of a lexicon to find the longest of at a place in a text: the text is cut at each
    length the forms have and looked up (a few dozen lookups), instead of every form being
    compared with it (hundreds).

    >>> Forms(["Dinas", "Dinas Sosial", "Badan"]).longest_at("Dinas Sosial Kota", 0, " ")
    'Dinas Sosial'
    """
    __slots__ = ("forms", "lengths")

    def __init__(self, forms) -> None:
        self.forms = frozenset(forms)
        self.lengths = sorted({len(f) for f in self.forms}, reverse=True)

    def longest_at(self, text: str, pos: int = 0, then: str = "") -> str | None:
        """The longest form ``text`` has at ``pos`` with ``then`` right after it: what
        ``next((f for f in sorted(forms, key=len, reverse=True) if text.startswith(f + then, pos)), None)``
        finds (two forms of one length never both start there)."""
        for n in self.lengths:
            f = text[pos:pos + n]
            if len(f) == n and f in self.forms and text.startswith(then, pos + n):
                return f
        return None


def prefiltered(pattern: re.Pattern, alternatives: list[str]) -> Prefiltered:
    """``pattern``, made of ``alternatives`` each starting at a word boundary (``\\b``), scanned
    only where one of their literal heads starts a word, case ignored (a superset of where
    they match, with or without ``re.I``); scanned everywhere when one has no head."""
    heads = [literal_heads(a) for a in alternatives]
    if None in heads:
        return Prefiltered(pattern, None)
    flat = [h for hs in heads for h in hs]
    letter = r"(?=[A-Za-z])" if all(h[0].isascii() and h[0].isalpha() for h in flat) else ""
    # (ignoring case, an ASCII head matches what it matches in lowercase)
    alternation = _letter_tree([h.lower() for h in flat]) if all(h.isascii() for h in flat) else _alternation(flat)
    return Prefiltered(pattern, re.compile(rf"\b{letter}(?:{alternation})", re.I))


def _letter_tree(heads: list[str]) -> str:
    """An alternation that matches where one of ``heads`` starts, written as a tree of their
    letters (the engine follows one branch a letter instead of trying each head); a head
    that starts with another is left out, the shorter one matching there already.

    >>> _letter_tree(["rapat", "rapat pleno", "rakor", "sidang"])
    '(?:ra(?:kor|pat)|sidang)'
    """
    tree: dict = {}
    for h in sorted(set(heads)):
        node = tree
        for ch in h:
            if "" in node:
                break  # (a shorter head ends here)
            node = node.setdefault(ch, {})
        else:
            node.clear()
            node[""] = {}

    def branch(node: dict) -> str:
        if "" in node:
            return ""
        tails = [re.escape(ch) + branch(child) for ch, child in sorted(node.items())]
        return tails[0] if len(tails) == 1 else "(?:" + "|".join(tails) + ")"

    return branch(tree)


def _root_words() -> frozenset[str]:
    """Indonesian root words (PySastrawi's dictionary), to tell names from common words."""
    try:
        path = resources.files("Sastrawi").joinpath("Stemmer").joinpath("data").joinpath("kata-dasar.txt")
        return frozenset(path.read_text(encoding="utf-8").split())
    except (ModuleNotFoundError, FileNotFoundError):  # the rule that needs it is skipped
        return frozenset()


@dataclass(frozen=True)
class Region:
    code: str
    kind: str  # province, regency, city, district
    name: str  # core name ("Klaten")
    official: str  # "Kabupaten Klaten"
    parent: str  # parent code


@dataclass(frozen=True)
class PlaceLevel:
    """A word naming a place's level before its name (a row of ``place_levels.tsv``)."""

    form: str  # "Kabupaten", "Kab."
    level: str  # province, regency, city, district, village
    short: bool  # an abbreviation


# the levels of a region with a government of its own above the district
REGIONAL_LEVELS = ("province", "regency", "city")


@dataclass(frozen=True)
class TitleRule:
    """How a title's post finds its body: the ``org`` column of ``titles.tsv``, parsed once.

    ``how`` is one of :data:`TitleRule.KINDS`; ``arg`` is what follows the colon: the
    government's level ("gov:regency"), the head a bare complement takes ("follows:Dinas"),
    the unit ("unit:Polres") or the national body ("national:Polri").

    >>> TitleRule.parse("gov:regency"), TitleRule.parse("follows")
    (TitleRule(how='gov', arg='regency'), TitleRule(how='follows', arg=None))
    """

    how: str
    arg: str | None = None

    KINDS = ("gov", "follows", "unit", "national", "country", "client")

    @classmethod
    def parse(cls, value: str) -> TitleRule:
        how, _, arg = value.partition(":")
        if how not in cls.KINDS or (how in ("gov", "unit") and not arg):
            raise ValueError(f"titles.tsv: unknown org rule {value!r} (one of {', '.join(cls.KINDS)}, see its header)")
        return cls(how, arg or None)

    @property
    def ministry(self) -> bool:
        """A minister's title: its complement is the ministry's field ("Menteri Kelautan …")."""
        return self.how == "follows" and (self.arg or "").startswith("Kementerian")


@dataclass(frozen=True)
class Title:
    """A title of office (a row of ``titles.tsv``)."""

    form: str
    role: str
    role_en: str
    rule: TitleRule


@dataclass(frozen=True)
class LawType:
    """A type of law or regulation (a row of ``laws.tsv``)."""

    long: str  # "Peraturan Presiden" ("" when the row adds only a short form)
    short: str  # "Perpres"; "Permen*" takes the letters after it
    type: str  # the normalized type
    scope: str  # national, regional, code, constitution
    alone: str  # law, claim, no: what the short form means with nothing after it


def _law_form(form: str) -> str:
    """A law's long form as a pattern: words apart by any space, a hyphen with or without spaces.

    >>> bool(re.fullmatch(_law_form("Undang-Undang"), "Undang - undang", re.I))
    True
    """
    return r"\s+".join(r"\s*-\s*".join(re.escape(p) for p in w.split("-")) for w in form.split())


class _OwnPatternCache:
    """The functions of :mod:`re` that PySastrawi calls, over a cache of compiled patterns of
    their own. Sastrawi uses each word it stems as a pattern (``re.sub(word, "", …)``): one new
    pattern a new word, compiled for one use, which in ``re``'s shared cache (512, the first in
    goes out first) push out the fixed patterns of Sastrawi and of this package, compiled again
    and again. Here a pattern of letters only, a literal, is replaced as a string (no compile),
    the others are compiled into a cache whose least recently used goes first, so Sastrawi's
    own patterns stay compiled, and ``re``'s cache keeps everybody else's. The patterns mean
    what they mean through ``re``.

    >>> rx = _OwnPatternCache()
    >>> rx.sub(r"(kan|an)$", "", "tuliskan", count=1), bool(rx.match(r"^di", "ditulis")), rx.IGNORECASE == re.I
    ('tulis', True, True)
    """

    def __init__(self, size: int = 1024) -> None:
        self._compiled = lru_cache(maxsize=size)(re.compile)

    def __getattr__(self, name: str):  # (anything else, e.g. the flags: ``re``'s own)
        return getattr(re, name)

    def compile(self, pattern, flags: int = 0) -> re.Pattern:
        return self._compiled(pattern, flags)

    def match(self, pattern, string: str, flags: int = 0):
        return self._compiled(pattern, flags).match(string)

    def fullmatch(self, pattern, string: str, flags: int = 0):
        return self._compiled(pattern, flags).fullmatch(string)

    def search(self, pattern, string: str, flags: int = 0):
        return self._compiled(pattern, flags).search(string)

    def sub(self, pattern, repl, string: str, count: int = 0, flags: int = 0) -> str:
        if not flags and isinstance(pattern, str) and pattern.isalpha() and isinstance(repl, str) and "\\" not in repl:
            return string.replace(pattern, repl, count or -1)  # (letters only: the pattern is a literal)
        return self._compiled(pattern, flags).sub(repl, string, count)

    def split(self, pattern, string: str, maxsplit: int = 0, flags: int = 0) -> list:
        return self._compiled(pattern, flags).split(string, maxsplit)

    def findall(self, pattern, string: str, flags: int = 0) -> list:
        return self._compiled(pattern, flags).findall(string)

    def finditer(self, pattern, string: str, flags: int = 0):
        return self._compiled(pattern, flags).finditer(string)


def _sastrawi_stemmer():
    """PySastrawi's stemmer, its modules calling :class:`_OwnPatternCache` for ``re``; without
    the cache of results its factory puts before it (a table growing by each word stemmed, with
    no bound: :meth:`Lexicon.is_common_word` keeps the answers, in a table it bounds)."""
    from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
    from Sastrawi.Stemmer.Stemmer import Stemmer
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
    stemmer = Stemmer(ArrayDictionary(StemmerFactory().get_words()))
    own = _OwnPatternCache()
    for name, module in list(sys.modules.items()):
        if name.split(".")[0] == "Sastrawi" and getattr(module, "re", None) is re:
            module.re = own
    return stemmer


#: Sastrawi changes a word only through an affix it can strip: a suffix of the list below, a
#: prefix of the other list, or an infix after a first consonant ("gelembung"); a word of
#: three letters or fewer it leaves alone. A word of plain letters with none of them stems to
#: itself, so a word the dictionary lacks is then no dictionary word without asking the
#: stemmer (about half of the unknown words of news, its proper names, at a fraction of the
#: cost). Checked against the stemmer on every unknown word of IndoSum and IDNER: same answer.
_SUFFIXES = ("lah", "kah", "tah", "pun", "ku", "mu", "nya", "is", "isme", "i", "kan", "an")
_PREFIXES = ("di", "ke", "se", "be", "te", "me", "pe", "ku", "kau")
_INFIX_RE = re.compile(r"[bcdfghjklmnpqrstvwxyz](?:el|em|er|in)[aiueo]")
_LETTERS_RE = re.compile(r"[a-z]+")
# a word Sastrawi's normalizing leaves as it is (lowercase ASCII letters, digits, hyphens): one
# word, which its stemmer's ``stem`` gives to ``stem_word`` unchanged
_NORMAL_WORD_RE = re.compile(r"[a-z0-9-]+")


def _stem_keeps(w: str) -> bool:
    """Whether Sastrawi leaves the lowercase word ``w`` as it is (see above)."""
    return len(w) <= 3 or (_LETTERS_RE.fullmatch(w) is not None and not w.endswith(_SUFFIXES)
                           and not w.startswith(_PREFIXES) and _INFIX_RE.match(w) is None)


def derived_titles(titles: dict[str, Title]) -> dict[str, Title]:
    """The short titles an office makes of its heads' short titles, which ``titles.tsv`` need not
    list: a deputy's "Waka-" before a unit head's "Ka-" ("Wakapolres": "Wakil Kapolres") and a
    sub-unit head's "Kasub-" before a head of a division's ("Kasubbag", also "Kasubag", of
    "Kabag": "Kepala Subbagian"; "Kasubbid" of "Kabid": "Kepala Subbidang").

    >>> t = Title("Kabag", "Kepala Bagian", "Section Head", TitleRule("follows"))
    >>> sorted((f, x.role) for f, x in derived_titles({"Kabag": t}).items())
    [('Kasubag', 'Kepala Subbagian'), ('Kasubbag', 'Kepala Subbagian'), ('Wakabag', 'Wakil Kepala Bagian')]
    """
    out: dict[str, Title] = {}
    for form, t in titles.items():
        if not re.fullmatch(r"Ka[a-z]{2,}", form) or t.rule.how not in ("unit", "follows", "national"):
            continue
        deputy = "Waka" + form[2:]
        out[deputy] = Title(deputy, f"Wakil {t.role}", f"Deputy {t.role_en}", t.rule)
        head, _, division = t.role.partition(" ")
        if head == "Kepala" and division.isalpha() and t.rule.how == "follows" and t.rule.arg is None and \
                not form.startswith("Kasub"):
            stem = form[2:]
            sub = Title("", f"Kepala Sub{division.lower()}", f"Sub-{t.role_en[0].lower()}{t.role_en[1:]}", t.rule)
            for written in {f"Kasub{stem}", f"Kasu{stem}" if stem.startswith("b") else f"Kasub{stem}"}:
                out[written] = Title(written, sub.role, sub.role_en, t.rule)
    return {f: t for f, t in out.items() if f not in titles}


class Lexicon:
    """All extraction data, with the regular expressions compiled once."""

    def __init__(self) -> None:
        self.titles = {r["form"]: Title(r["form"], r["role"], r["role_en"], TitleRule.parse(r["org"]))
                       for r in read_table("titles.tsv")}
        self.titles.update(derived_titles(self.titles))
        self.title_prefixes = {r["form"]: r["prefix"] for r in read_table("title_prefixes.tsv")}
        hon = read_table("honorifics.tsv")
        self.prefixes = {r["form"] for r in hon if r["kind"] == "prefix"}
        self.suffixes = {r["form"] for r in hon if r["kind"] == "suffix"}
        self.ranks = {r["form"] for r in hon if r["kind"] == "rank"}
        self.corps = {r["form"] for r in hon if r["kind"] == "corps"}
        self.rank_groups = {r["form"] for r in hon if r["kind"] == "rank_group"}
        parts = read_table("name_parts.tsv")
        self.name_customary = {r["form"] for r in parts if r["kind"] == "customary"}
        self.name_starts = {r["form"] for r in parts if r["kind"] == "start"} | self.name_customary
        self.name_inner = {r["form"] for r in parts if r["kind"] == "inner"}
        self.name_particles = frozenset(r["form"] for r in parts if r["kind"] == "particle")
        self.birth_names = {r["form"] for r in parts if r["kind"] == "birth"}
        self.institutions = {r["head"]: r for r in read_table("institutions.tsv")}
        self.acronyms = {r["acronym"]: r for r in read_table("acronyms.tsv")}
        # the fields of the ministries the acronyms spell out ("Luar Negeri", "Hukum dan Hak Asasi
        # Manusia"), as words, longest first: a minister's title is followed by one
        self.ministry_fields = tuple(sorted({tuple(re.findall(r"\w+|[^\w\s]", m.group(1))) for r in self.acronyms.values()
                                            if (m := re.fullmatch(r"Kementerian (?:Koordinator (?:Bidang )?)?(.+)",
                                                                  r["expansion"]))}, key=len, reverse=True))
        self.canonical = [(re.compile(r["pattern"], re.I), r["canonical"])
                          for r in read_table("canonical_names.tsv")]
        self.events = [(re.compile(rf"\b(?:{r['pattern']})\b", re.I), r)
                       for r in read_table("events.tsv")]
        # all triggers in one pattern, in the table's order: the leftmost trigger wins, and at
        # the same place the earlier row ("meninjau lokasi" before "meninjau")
        self.event_rows = [r for _, r in self.events]
        # the type of a statement given at a place on a day: a press conference
        self.statement_row = next(r for r in self.event_rows if r["type_en"] == "press conference")
        # (every trigger starts with a letter: the lookahead lets the engine leave every other
        # place at once instead of trying each row there)
        self.EVENTS_RE = re.compile(r"\b(?=[A-Za-z])(?:" + "|".join(rf"(?P<e{n}>{r['pattern']})"
                                    for n, r in enumerate(self.event_rows)) + r")\b", re.I)
        # the same triggers without the groups that name the rows, to scan with: the engine
        # saves and restores its groups at every alternative it tries, which makes the scan
        # with EVENTS_RE three times as slow. It finds the same matches; EVENTS_RE.match
        # at a trigger found then tells its row.
        # It is tried only where a trigger's literal head starts ("rapat ", "sidang", "tele"),
        # a few places a sentence instead of every word.
        self.EVENTS_SCAN_RE = prefiltered(
            re.compile(r"\b(?=[A-Za-z])(?:" + "|".join(rf"(?:{r['pattern']})" for r in self.event_rows) + r")\b", re.I),
            [r["pattern"] for r in self.event_rows])
        sv = read_table("speech_verbs.tsv")
        self.speech_after = [r["form"] for r in sv if r["kind"] == "after"]
        self.speech_before = [r["form"] for r in sv if r["kind"] == "before"]
        self.speech_after_mark = [r["form"] for r in sv if r["kind"] == "after_mark"]  # "…,” aku Rudi"
        self.speech_words = frozenset(self.speech_after)
        self.speech_sources = [r["form"] for r in sv if r["kind"] == "source"]
        self.speech_replies = frozenset(r["form"] for r in sv if r["kind"] == "reply")  # "jawabnya"
        self.text_verbs = frozenset(r["form"] for r in sv if r["kind"] == "text")  # "spanduk bertuliskan “…”"
        self.law_text_verbs = frozenset(r["form"] for r in sv if r["kind"] == "law_text")  # "Pasal 21 berbunyi, “…”"
        # "…,” kata Rudi menirukan ucapan Bambang": whose words the speaker repeats, right after the verb
        self.RELAY_RE = re.compile(
            rf"[ \t]*,?[ \t]*(?:{_alternation(r['form'] for r in sv if r['kind'] == 'relay')})"
            rf"(?:[ \t]+(?:{_alternation(r['form'] for r in sv if r['kind'] == 'relay_noun')})){{0,2}}[ \t]+(?=[A-Z])")
        # the words of a report in running text, in lowercase: "…, kata Rudi, …", "Menurut Rudi, …", "lanjutnya",
        # "dikatakan Rudi"
        self.report_words = frozenset([*self.speech_after, *self.speech_sources,
                                       *(r["form"] for r in sv if r["kind"] == "passive")])
        # "Rudi mengatakan", "Rudi berkata", "Rudi berpendapat" (also_before and stance: read so by the
        # rules, not by the names model)
        self.speech_stances = frozenset(r["form"] for r in sv if r["kind"] == "stance")  # "Rudi berpendapat"
        self.speech_before_words = frozenset(self.speech_before) | self.speech_stances | \
            frozenset(r["form"] for r in sv if r["kind"] == "also_before")
        # the after-forms that are a verb and "-nya" ("katanya"), not a verb ending so ("tanya")
        self.speech_nya = frozenset(f for f in self.speech_after if f.endswith("nya") and f[:-3] in self.speech_after)
        # their forms as tokens: capitalized at a sentence's start, with "-nya" ("Menurutnya")
        self.report_tokens = frozenset(g for f in [*self.report_words, *self.speech_before_words]
                                       for w in (f, f.capitalize()) for g in (w, w + "nya"))
        self.venues = [r["head"] for r in read_table("venues.tsv")]
        self.venue_heads = frozenset(v for v in self.venues if " " not in v)
        self.participants = [r["form"] for r in read_table("participants.tsv")]
        self.venue_tails = [r["tail"] for r in read_table("venue_tails.tsv")]
        self.topics = [(re.compile(rf"\b(?:{r['pattern']})\b", re.I if not r["pattern"].isupper() else 0), r)
                       for r in read_table("topics.tsv")]
        # where any topic's pattern matches, in one scan of the text (a search per topic
        # scans it once each); each topic is then tried only at those places
        # (tried only where a topic's literal head starts, see Prefiltered)
        self.TOPIC_AT_RE = prefiltered(
            re.compile(r"\b(?=" + "|".join(rf"(?{'i' if rx.flags & re.I else '-i'}:{r['pattern']})\b"
                                           for rx, r in self.topics) + ")"),
            [r["pattern"] for _, r in self.topics])
        self.sectors = {r["sector"]: r["default_product"] for r in read_table("sectors.tsv")}
        self.products = [r["head"] for r in read_table("products.tsv")]
        dates = read_table("dates.tsv")
        self.months = {r["form"].lower(): int(r["value"]) for r in dates if r["kind"] == "month"}
        self.weekdays = {r["form"].lower(): int(r["value"]) for r in dates if r["kind"] == "weekday"}
        self.relative = {r["form"].lower(): int(r["value"]) for r in dates if r["kind"] == "relative"}
        self.told_after = {r["form"].lower(): int(r["value"]) for r in dates if r["kind"] == "told_after"}
        self.eras = [(r["form"], *map(int, r["value"].split("-"))) for r in dates if r["kind"] == "era"]
        self.ahead = [r["form"].lower() for r in dates if r["kind"] == "ahead"]
        country_rows = read_table("countries.tsv")
        self.countries = [r["name"] for r in country_rows]
        self.country_full = {r["name"]: r["full"] for r in country_rows if r.get("full")}
        self.media = [r["name"] for r in read_table("media.tsv")]
        self.short_names = {r["short"]: r["full"] for r in read_table("short_names.tsv")}
        self.country_names = frozenset(self.countries)
        common = read_table("common_words.tsv")
        self.start_words = {r["word"] for r in common if r["kind"] == "start"}
        self.thing_words = {r["word"] for r in common if r["kind"] == "thing"}
        self.office_words = {r["word"] for r in common if r["kind"] == "office"}
        self.number_words = frozenset(r["word"] for r in common if r["kind"] == "number")
        self.person_nouns = frozenset(r["word"] for r in common if r["kind"] == "person_noun")
        self.person_nouns_lower = frozenset(w.lower() for w in self.person_nouns)
        english = read_table("english_words.tsv")
        self.english_function = frozenset(r["word"] for r in english if r["kind"] == "function")
        self.english_common = frozenset(r["word"] for r in english if r["kind"] in ("common", "function", "job"))
        self.english_jobs = frozenset(r["word"] for r in english if r["kind"] == "job")
        self.english_tails = frozenset(r["word"] for r in english if r["kind"] == "tail")
        orgw = read_table("org_words.tsv")
        self.org_words = {r["form"] for r in orgw if r["kind"] == "word"}
        self.org_names = {r["form"] for r in orgw if r["kind"] == "name"}
        self.unit_heads = frozenset(r["form"] for r in orgw if r["kind"] == "unit")
        self.free_heads = frozenset(r["form"] for r in orgw if r["kind"] == "free_head")
        self.numbered_heads = frozenset(r["form"] for r in orgw if r["kind"] == "numbered")
        self.proper_heads = frozenset(r["form"] for r in orgw if r["kind"] == "proper_head")
        self.own_body_heads = frozenset(r["form"] for r in orgw if r["kind"] == "own_body")
        self.seat_heads = tuple(r["form"] for r in orgw if r["kind"] == "seat")
        self.event_heads = frozenset(r["form"] for r in orgw if r["kind"] == "event_head")
        self.pool_heads = frozenset(r["form"] for r in orgw if r["kind"] == "pool_head")
        self.dated_heads = frozenset(r["form"] for r in orgw if r["kind"] == "dated")
        self.governments = {r["level"]: r["name"] for r in read_table("governments.tsv")}
        self.short_heads: dict[str, tuple[str, ...]] = {}
        for r in read_table("short_heads.tsv"):
            self.short_heads[r["head"]] = (*self.short_heads.get(r["head"], ()), r["short"])
        self.legal_forms = [r["form"] for r in orgw if r["kind"] == "legal_form"]
        # "Kepala" of a Dinas is a "Kepala Dinas": the head's role by the body's first words
        self.head_roles = {r["body"]: (r["role"], r["role_en"]) for r in read_table("head_roles.tsv")}
        self.title_cues: dict[str, list[str]] = {}
        for r in read_table("title_cues.tsv"):
            self.title_cues.setdefault(r["kind"], []).append(r["form"])
        self.elect_words = frozenset(f for w in self.title_cues["elect"] for f in (w, w.capitalize()))
        self.former_words = frozenset(f for w in self.title_cues["former"] for f in (w, w.capitalize()))
        self.elect_before_words = frozenset(f for w in self.title_cues["elect_before"] for f in (w, w.capitalize()))
        self.former_after_words = frozenset(f for w in self.title_cues["former_after"] for f in (w, w.capitalize()))
        self.THEN_RE = re.compile(rf"\b(?:{'|'.join(map(re.escape, self.title_cues['then']))})\b", re.I)
        # "Ketua koperasi, …": a body's word in lowercase after a title, and the word it stands for
        self.body_words = {w.lower(): w for w in self.title_cues["body_word"]}
        self.role_units = frozenset(self.title_cues["role_unit"])
        self.lower_bodies = frozenset(self.title_cues["lower_body"])
        # the fields of the ministries the short titles name ("Luar Negeri" of "Menlu"): a
        # minister's title may be followed by one though its words are no derived nouns
        self.title_ministry_fields = frozenset(r.rule.arg[len("Kementerian "):] for r in self.titles.values()
                                         if r.rule.how == "national" and (r.rule.arg or "").startswith("Kementerian "))
        self.division_words = frozenset(self.title_cues["division_word"])
        self.field_words = frozenset(self.title_cues["field_word"])
        # "pakar [hukum tata negara]": roles whose lowercase field is part of the role, and the words ending one
        self.field_roles = frozenset(self.title_cues["field_role"])
        self.field_stops = frozenset(self.title_cues["field_stop"])
        self.copulas = frozenset(self.title_cues["copula"])
        self.home_country_forms = frozenset(self.title_cues["home_country"])
        self.client_ends = frozenset(self.title_cues["client_end"])
        self.english_heads = frozenset(self.title_cues["english_head"])
        self.english_bound = frozenset(self.title_cues["english_bound"])
        self.english_head_words = frozenset(f.split()[0] for f in self.english_heads)
        self.holder_words = frozenset(self.title_cues["holder_word"])
        self.object_words = frozenset(f for w in self.title_cues["object_word"] for f in (w, w.capitalize()))
        # "dua Anggota …", "para pejabat …": a title in the plural, given to the list of names after it
        self.PLURAL_TITLE_RE = re.compile(
            rf"(?<![\w-])(?:{'|'.join(map(re.escape, self.title_cues['plural']))})\s+", re.I)
        self.LIST_CUE_RE = re.compile(rf"(?:{'|'.join(map(re.escape, self.title_cues['list_cue']))})")
        # "sejumlah seniman lainnya, seperti Rudi, …": a word of example right after a plural title
        self.EXAMPLE_AFTER_TITLE_RE = re.compile(
            rf"(?:\s+lain(?:nya)?)?\s*,?\s+(?:{'|'.join(map(re.escape, self.title_cues['example_cue']))})\s+")
        self.person_cues = {r["word"] for r in read_table("person_cues.tsv")}
        geo = read_table("geo_words.tsv")
        self.geo_words = {r["word"] for r in geo}
        self.named_geo_words = sorted(r["word"] for r in geo if r["kind"] != "facility")
        cues = read_table("place_cues.tsv")
        self.place_cues = frozenset(r["word"] for r in cues)
        self.place_nouns = frozenset(r["word"] for r in cues if r["kind"] == "noun")
        self.dictionary = _root_words()
        self.business_cues = {r["word"] for r in read_table("business_cues.tsv")}
        self.place_levels = [PlaceLevel(r["form"], r["level"], r["short"] == "yes")
                             for r in read_table("place_levels.tsv")]
        self.level_words = frozenset(lv.form for lv in self.place_levels if not lv.short)
        # "Kabupaten", "Kab.", "Kota", "Provinsi": the level words of a regional government's place
        self.regional_level_words = tuple(lv.form for lv in self.place_levels if lv.level in REGIONAL_LEVELS)
        # the same without the abbreviation's dot, and in lowercase: as words of a name are compared
        self.regional_level_stems = frozenset(w.rstrip(".") for w in self.regional_level_words)
        self.regional_levels_lower = frozenset(w.lower() for w in self.regional_level_words if not w.endswith("."))
        self.level_word: dict[str, str] = {}  # level -> the full form a name takes when the text leaves it out
        for lv in self.place_levels:
            if not lv.short:
                self.level_word.setdefault(lv.level, lv.form)
        directions = read_table("directions.tsv")
        self.directions = frozenset(r["form"] for r in directions)
        self.compass = [r["form"] for r in directions if r["compass"] == "yes"]
        self.function_words: dict[str, frozenset[str]] = {}
        function_words = read_table("function_words.tsv")
        for r in function_words:
            self.function_words[r["kind"]] = self.function_words.get(r["kind"], frozenset()) | {r["word"]}
        self.pronouns = [r["word"] for r in function_words if r["kind"] == "pronoun"]  # in the table's order
        # "… Bupati Klaten itu": a demonstrative after a title and its body
        self.DEMONSTRATIVE_RE = re.compile(
            rf"\s+(?:{'|'.join(map(re.escape, sorted(self.function_words['demonstrative'])))})\b")
        self.list_joints = self.function_words["list_connector"] | {","}
        # the words before a name that say it is a club's, a body's, a thing's or a place's (passes/readings.py)
        fw = self.function_words
        self.name_cues = fw["team_cue"] | fw["thing_noun"] | fw["body_noun"] | {"di"}
        self.role_nouns = [r["word"] for r in function_words if r["kind"] == "role_noun"]  # in the table's order
        self.name_leads = [r["word"] for r in function_words if r["kind"] == "name_lead"]
        self.CRIME_RE = re.compile(rf"(?<![\w-])(?:{_alternation(sorted(self.function_words['crime_cue']))})(?![\w-])", re.IGNORECASE)
        self.event_cues: dict[str, list[str]] = {}
        for r in read_table("event_cues.tsv"):
            self.event_cues.setdefault(r["cue"], []).append(r["pattern"])
        self.level_of = {lv.form: lv.level for lv in self.place_levels}
        affixes = read_table("affixes.tsv")
        self.noun_prefixes = tuple(r["form"] for r in affixes if r["kind"] == "noun_prefix")
        self.clitics = frozenset(r["form"] for r in affixes if r["kind"] == "clitic")
        suffixes = "|".join(r["form"] for r in affixes if r["kind"] == "noun_suffix")
        # "Kelautan", "Pendidikan": a derived noun, the name of a field
        self.DERIVED_NOUN_RE = re.compile(
            rf"^(?:{'|'.join(p.capitalize() for p in self.noun_prefixes)})\w+(?:{suffixes})$")
        units = read_table("party_units.tsv")
        self.party_boards = frozenset(r["form"] for r in units if r["kind"] == "board")
        # the words before a party's name that make it a unit's ("Fraksi Partai X", "DPD Partai X")
        self.party_unit_words = frozenset(r["form"] for r in units if r["kind"] in ("faction", "board", "tier"))
        councils = "|".join(r["form"].split()[1] for r in units if r["kind"] == "council")
        tiers = "|".join(r["form"] for r in units if r["kind"] == "tier")
        self.factions = tuple(r["form"] for r in units if r["kind"] == "faction")
        self.PARTY_UNIT_RE = re.compile(
            rf"(?:{'|'.join(r['form'] for r in units if r['kind'] in ('faction', 'board'))}|"
            rf"Dewan (?:{councils}) (?:{tiers}))\s+")
        self.business_words: dict[str, list[str]] = {}
        for r in read_table("business_words.tsv"):
            self.business_words.setdefault(r["kind"], []).append(r["word"])
        self._stemmer = None
        self._common: dict[str, bool] = {}  # is_common_word's answers, a word each
        # what the passes derive from a word and the lexicon alone, kept across articles: a table each
        self.word_memo: dict[str, dict[str, object]] = {}
        self._load_regions()
        self._compile()
        self._load_laws()

    def may_name_a_person(self, words: list[str]) -> bool:
        """Whether words may be a person's name: no digit ("Galaxy Note7", "Rp13.529"), no legal
        reference's word first ("Nomor", "PP"), of two words or more none a body's known name or
        acronym ("… Bareskrim"; one may be a person's initials: "berinisial MK"), no English job
        word first ("Country Director …"), no English name of a thing (:meth:`is_english_name`),
        no venue's head ("Hotel …", "Grand Ballroom Hotel …"), no province last ("… Jakarta"), not only nouns for a
        person's role ("Korban", "Kuasa Hukum") or titles."""
        if not words or any(c.isdigit() for w in words for c in w):
            return False
        if words[0] in self.law_first_words:
            return False
        if len(words) > 1 and any(w in self.org_names or self.acronyms.get(w, {}).get("kind") in _BODY_KINDS
                                  for w in words):
            return False  # "Penyidik Dittipidum Bareskrim", "Field Manager Pertamina EP": a body's name in it
        if words[0] in self.english_jobs:
            return False  # "Executive Director Sukamaju Motor": an English job title, then the company
        if len(words) > 1 and self.foreign_or_epithet(words):
            return False  # "Los Morenos", "La Formula Lorandia", "Si Kuping Emas": a team's, a league's or a thing's name
        if self.is_english_name(words):
            return False
        if words[0] in self.venue_heads or any(w in self.venue_heads for w in words[1:-1]):
            return False  # "Hotel Alila", "Grand Ballroom Hotel X": a venue (not "Gareth Bale": a name's last word)
        if len(words) > 1 and any(r.kind == "province" for r in self.region_candidates(words[-1])):
            return False  # "Uskup Jakarta", "Panti Asuhan Vintentius Jakarta": no name ends with a province
        return not all(w in self.person_nouns or w in self.title_words or w.lower() in self.person_nouns_lower
                       for w in words)

    def foreign_or_epithet(self, words: list[str]) -> bool:
        """Whether words open with another language's article ("Los Morenos", "Gli Lorandi", "Die
        Nusaner": a team's, a league's or a film's name), are a state's long name ("Republik" and a
        country's name), open with "La" before a competition's head or an English word ("La Formula
        Lorandia"; "La" also opens Sulawesi names, of dictionary words too: "La Kapal Wibisana"), or
        are an epithet: "Si" before dictionary words only ("Si Kuping Emas", "Si Merah"; "Si Wibisana"
        is a name).

        >>> from graph.extract.lexicon import lexicon
        >>> [lexicon().foreign_or_epithet(n.split()) for n in ("Los Morenos", "La Formula Lorandia", "La Wibisana",
        ...                                                      "La Kapal", "Si Kuping Emas", "Si Wibisana",
        ...                                                      "Republik Finlandia", "Republik Sukamaju")]
        [True, True, False, False, True, False, True, False]
        """
        fw = self.function_words
        first = words[0]
        if first in fw["foreign_article"] or first in fw["state_form"] and " ".join(words[1:]) in self.country_names:
            return True  # (and a state's long name: "Republik Lorandia")
        if first in fw["foreign_article_or_name"]:
            return words[1] in self.event_heads or words[1] in self.english_common
        return first in fw["epithet"] and all(self.is_common_word(w) or w in self.prefixes for w in words[1:])

    def names_a_pool(self, words: list[str]) -> bool:
        """Whether a capitalized name is a group of a competition ("Grup A", "Grup H Liga
        Champions"): a pool's head before one capital letter, no body's name.

        >>> lexicon().names_a_pool(["Grup", "H"]), lexicon().names_a_pool(["Grup", "Sinar"])
        (True, False)
        """
        letter = words[1].rstrip(".") if len(words) > 1 else ""  # ("… klasemen Grup H. Malaysia …": a sentence ends)
        return words[0] in self.pool_heads and len(letter) == 1 and letter.isupper()

    def is_english_name(self, words: list[str]) -> bool:
        """Whether words are the English name of a song, a product, a team or a company, no
        person's: one holds an English function word ("Way Back Home"), all are common English
        words ("High Life", "Managing Director") or the last names an event or a venue
        ("Sukamaju Music Awards")."""
        capitalized = [w.capitalize() if w.isupper() and len(w) > 1 else w for w in words]
        return any(w in self.english_function for w in capitalized) or \
            all(w in self.english_common for w in capitalized) or len(words) > 1 and capitalized[-1] in self.english_tails

    def is_common_word(self, word: str) -> bool:
        """True for an Indonesian dictionary word, also inflected ("Keuntungannya", "Anak-anak")."""
        known = self._common.get(word)
        if known is None:
            if len(self._common) > 500_000:  # a long run over a large corpus: start afresh
                self._common.clear()
            known = self._common[word] = self._is_common_word(word)
        return known

    def _is_common_word(self, word: str) -> bool:
        w = word.lower()
        if not self.dictionary or w in self.dictionary:
            return bool(self.dictionary)
        parts = w.split("-")
        if len(parts) > 1 and all(self.is_common_word(p) for p in parts if p):
            return True
        if _stem_keeps(w):
            return False
        if self._stemmer is None:
            self._stemmer = _sastrawi_stemmer()
        stem = self._stemmer.stem_word(w) if _NORMAL_WORD_RE.fullmatch(w) else self._stemmer.stem(w)
        return stem in self.dictionary

    def _load_regions(self) -> None:
        self.regions: dict[str, Region] = {}
        self.regions_by_name: dict[str, list[Region]] = {}
        for r in read_table("gazetteer/regions.tsv"):
            reg = Region(r["code"], r["kind"], r["name"], r["official"], r["parent"])
            self.regions[reg.code] = reg
            self.regions_by_name.setdefault(reg.name, []).append(reg)
        by_official = {reg.official: reg for reg in self.regions.values()}
        self.region_aliases: dict[str, Region] = {}
        for r in read_table("gazetteer/aliases.tsv"):
            if r["official"] in by_official:
                self.region_aliases[r["alias"]] = by_official[r["official"]]

    def _compile(self) -> None:
        title_forms = list(self.titles)
        # first words of titles, which end an institution's name ("Dinas X Kepala …")
        self.institution_heads = sorted(self.institutions, key=len, reverse=True)  # longest first
        self.institution_forms = Forms(self.institutions)
        self.agency_words = frozenset(r["word"] for r in read_table("agency_words.tsv"))
        self.INSTITUTION_BEFORE_RE = re.compile(rf"(?:{_alternation(self.institutions)})\s+$")
        self.SUBJECT_VERB_RE = re.compile(rf"(?:me|ber)[a-z]{{3,}}$|(?:{_alternation(self.speech_after)})$")
        self.TITLE_BEFORE_RE = re.compile(rf"(?:{_alternation(self.titles)})(?:\s+[A-Z][\w-]*){{0,3}}\s+$")
        self.acronym_forms = sorted(self.acronyms, key=len, reverse=True)
        self.acronym_starts = Forms(self.acronyms)
        # first letters of syllable acronyms ("Disperindag", "Dinkes"): a word starting the same
        # way is another agency's short form ("Disperin"), not a name
        self.agency_stems = frozenset(a[:5] for a in self.acronyms if len(a) >= 5 and a[1:].isalpha() and a[1:].islower())
        # (not a title that is one only after English job words: "Officer" alone is no title's word)
        self.title_words = frozenset(f.split()[0] for f in title_forms if f not in self.english_bound) - \
            set(self.institutions)
        # the tokens a title (with its prefix: "Plt. Kepala Dinas") may start at, to try TITLE_RE there only
        self.title_starts = frozenset(w for f in [*title_forms, *self.title_prefixes]
                                      for w in (f.split()[0], f.split()[0].rstrip(".")))
        self.title_ends = frozenset(f.split()[-1] for f in title_forms)  # "Gubernur [DKI Jakarta]"
        # the first run of word characters of each title and prefix: TITLE_RE matches at a token
        # only when the token's own first run is one of them (each form starts with a word
        # character and, the run ending, goes on with no other: "Bupati/Wakil …" holds "Bupati")
        self.title_heads = frozenset(re.match(r"\w*", f).group() for f in [*title_forms, *self.title_prefixes])
        # words that head a body's, a venue's or a place's name: never the start of a person's
        self.crf_skip_heads = frozenset(h.split()[0] for h in [*self.institutions, *self.venues, *self.geo_words]) | \
            self.level_words | \
            {f.split()[0] for f in title_forms if f not in self.english_bound}
        self.TITLE_RE = re.compile(rf"(?<![\w-])(?:(?P<pre>{_alternation(self.title_prefixes)})\s+(?:\([\w.]{{1,8}}\)\s+)?)?"
                                   rf"(?P<title>{_alternation(title_forms)})(?![\w-])")
        # (scanned only where a prefix or a title starts: capitalized heads found by a tree of their
        # letters, the engine following one branch a letter instead of trying each title of a first
        # letter; forms in lowercase, whose first letters are the text's commonest, by one pattern a
        # first letter, which the engine finds by that letter's fast search, as it would one literal)
        heads = [*self.title_prefixes, *title_forms]
        lower: dict[str, list[str]] = {}
        for f in sorted(f for f in heads if f[:1].islower()):
            lower.setdefault(f[0], []).append(f[1:])
        self.TITLE_SCAN = Prefiltered(self.TITLE_RE, (
            re.compile(_letter_tree([f for f in heads if not f[:1].islower()])),
            *(re.compile(re.escape(a) + f"(?:{'|'.join(map(re.escape, rest))})") for a, rest in sorted(lower.items()))))
        big_regions = [n for n, regs in self.regions_by_name.items()
                       if any(r.kind != "district" for r in regs)]
        # a region's level word: a regional one, or "Kecamatan" (a district's is read apart, see DISTRICT_RE)
        region_levels = [*self.regional_level_words, self.level_word["district"]]
        district_levels = [lv.form for lv in self.place_levels if lv.level == "district"]
        village_words = [lv.form for lv in self.place_levels if lv.level == "village"]
        self.REGION_RE = re.compile(
            rf"(?<![\w-])(?:(?P<lvl>{'|'.join(map(re.escape, region_levels))})\s+)?"
            rf"(?P<name>{_alternation(big_regions + list(self.region_aliases))})(?![\w-])")
        # "di Kecamatan Ubud, Tegallalang dan Payangan": the next district of a list
        connectors = "|".join(sorted(self.function_words["list_connector"]))
        self.NEXT_IN_LIST_RE = re.compile(rf"\s*(?:,|{connectors})\s+(?:dan\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)")
        # a village's level word or a landmark's word and up to two capitalized words: the start
        # of a name a region's name may end or go on ("Kelurahan Jati Klaten", "Jalan Klaten Raya")
        self.PLACE_NAME_BEFORE_RE = re.compile(
            rf"(?<![\w-])(?:{'|'.join(map(re.escape, [*village_words, *self.named_geo_words]))})"
            r"(?:\s+[A-Z][\w'-]*){0,2}\s+$")
        self.DISTRICT_RE = re.compile(rf"(?<![\w-])(?P<lvl>{'|'.join(map(re.escape, district_levels))})\s+"
                                      r"(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})")
        self.VILLAGE_RE = re.compile(rf"(?<![\w-])(?P<lvl>{'|'.join(map(re.escape, village_words))})\s+"
                                     r"(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})")
        # "Kepala Desa …", "Wali Nagari …": a title that ends in the village word is read with the people
        heads = {f.rsplit(" ", 1)[0] for f in title_forms if " " in f and f.rsplit(" ", 1)[1] in village_words}
        self.VILLAGE_TITLE_BEFORE_RE = re.compile(rf"(?<![\w-])(?:{_alternation(heads)})\s+$")
        self.UPPER_REGION = {n.upper(): n for n in self.regions_by_name}
        # the source of the article: a dateline's credit ("Jakarta (ANTARA News) -", "Bulacan,
        # Filipina (ANTARA) -", "Jakarta, CNN Indonesia - -", "Suara.com -") and an attribution
        # ("seperti dilansir dari Antara")
        web_name = r"[A-Za-z0-9-]+(?:\.[A-Za-z]{2,})*\.(?:com|net|id|org|co|tv|news)"
        # "Kabarsukamaju.com", "Liverpoolfc.com": a site's name, a medium wherever it stands
        self.WEB_NAME_RE = re.compile(rf"{web_name}\.?")
        medium = rf"(?:{_alternation(self.media)}|{web_name})(?![\w-]|\.\w)"
        place = r"[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}"
        self.CREDIT_RE = re.compile(
            rf"(?:(?P<place>{place})(?:\s*,\s*{place})?\s*(?:,\s*|\(\s*))?(?P<credit>{medium})\s*\)?\s*(?:-\s*-|[–—-])\s")
        # "[Antara]", "(Antara / Reuters)", "Demikian dikutip Antara.": an end credit (the groups
        # ``end``, ``bracket``); see document.credit_spans for the others
        credit_verbs = "dikutip|dilansir|mengutip|melansir|dilaporkan|diberitakan|laporan|kepada"
        self.ATTRIBUTION_RE = re.compile(
            rf"(?:(?P<end>(?<![\w-])[Dd]emikian\s+)?(?<![\w-])(?P<verb>{credit_verbs})\s+(?:dari\s+)?"
            rf"(?:laman\s+|situs\s+|kantor\s+berita\s+)?|(?P<bracket>[\[(]))(?P<credit>{medium})")
        # (tried only where one can begin: "Demikian", a verb or a bracket, as a tree of their letters)
        self.ATTRIBUTION_SCAN = Prefiltered(self.ATTRIBUTION_RE,
                                            re.compile(_letter_tree(["Demikian", "demikian", *credit_verbs.split("|"), "[", "("])))
        self.COUNTRY_RE = re.compile(rf"(?<![\w-])(?:{_alternation(self.countries)})(?![\w-])")
        self.INSTITUTION_RE = re.compile(rf"(?<![\w-])(?:{_alternation(self.institutions)})(?![\w-])")
        named = [h for h, r in self.institutions.items() if r.get("named") == "yes"]
        named += [f for a, r in self.acronyms.items() if a in named for f in (r["expansion"],)]
        # "RSUD Dr. AB Contoh": right after such a head, an honorific or initials start a person's name
        self.NAMED_HEAD_BEFORE_RE = re.compile(
            rf"(?<![\w-])(?:{_alternation(named)})(?:\s+\([^()]{{1,12}}\))?(?:\s+[A-Z][\w.]*)?\s+$")
        self.ACRONYM_RE = re.compile(rf"(?<![\w-])(?:{_alternation(a for a, r in self.acronyms.items() if r['kind'] != 'term')})(?![\w-])")
        self.VENUE_RE = re.compile(rf"(?<![\w-])(?:{_alternation(self.venues)})(?![\w-])")
        who = (rf"(?:[ \t]+(?P<who>{'|'.join(self.pronouns)}|"
               rf"[A-Z][\w.'-]*(?:[ \t]+(?:br\.?|bin|binti|[A-Z][\w.'-]*)){{0,4}}))?")
        self.SPEECH_AFTER_RE = re.compile(
            rf"\s*[,.]?\s*(?P<verb>(?:{_alternation([*self.speech_after, *self.speech_after_mark])}))"
            rf"(?P<nya>nya)?\b{who}")
        # the same clause with a reporting verb a site capitalized ("…,” Kata Rudi"; the everyday words
        # of "after_mark" left out: "…” Tulis …" opens a sentence)
        self.SPEECH_AFTER_CAPITAL_RE = re.compile(
            rf"\s*[,.]?\s*(?P<verb>(?:{_alternation([w.capitalize() for w in self.speech_after])}))"
            rf"(?P<nya>nya)?\b{who}")
        owners = [*self.business_words["owner"], *self.business_words["maker"]]
        owners_re = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in owners)  # "[Pp]emilik"
        self.OWNER_RE = re.compile(rf"\b(?:{owners_re})\s+(?:usaha\s+)?")
        self.MAKE_VERB_RE = re.compile(rf"\b(?:{'|'.join(self.business_words['make'])})\s+", re.I)
        # a compass word after a place, in either case ("Afrika timur"), two-word ones first
        compass = sorted(self.compass, key=lambda f: -len(f.split()))
        self.COMPASS_AFTER_RE = re.compile(
            rf" ({'|'.join(' '.join(f'[{w[0]}{w[0].lower()}]{w[1:]}' for w in f.split()) for f in compass)})\b")
        cues = {cue: "|".join(patterns) for cue, patterns in self.event_cues.items()}
        self.EVENT_CUE_RE = {cue: re.compile(rf"\b(?:{alts})\b", re.I) for cue, alts in cues.items()}
        # the organizer after a passive verb, and the purpose, follow the cue
        self.EVENT_CUE_RE["organizer_passive"] = re.compile(
            rf"\b(?:{cues['organizer_passive']})\s+(?:oleh\s+)?(?:(?:{cues['agent']})\s+)?", re.I)
        self.EVENT_CUE_RE["purpose"] = re.compile(rf"\b(?:{cues['purpose']})\s+", re.I)
        self.EVENT_CUE_RE["aside"] = re.compile(rf"\b(?:{cues['aside']})\s+$", re.I)
        self.EVENT_CUE_RE["done_adverb"] = re.compile(rf"(?:\b(?:{cues['done_adverb']})\s+)*$", re.I)
        self.EVENT_CUE_RE["naming"] = re.compile(rf"\s*(?:{cues['naming']})\b", re.I)
        # before a person's name: an "about" word, then the person's capitalized title, up to the name
        self.EVENT_CUE_RE["about"] = re.compile(rf"\b(?i:{cues['about']})\s+(?:(?:[A-Z][\w.'-]*|\([A-Z]+\))\s+){{0,6}}$")
        # the one a case ensnares: "yang menjerat mantan hakim konstitusi Rudi" (lowercase titles too)
        self.EVENT_CUE_RE["case_of"] = re.compile(
            rf"\b(?i:{cues['case_of']})\s+(?:(?:[a-z]+|[A-Z][\w.'-]*|\([A-Z]+\))\s+){{0,7}}$")
        self.EVENT_CUE_RE["kin"] = re.compile(rf"\b(?i:{cues['kin']})\s+(?:(?:[A-Z][\w.'-]*|\([A-Z]+\))\s+){{0,6}}$")
        # a list of titles after a word of works: "lagu A, B dan Power of Soul"
        self.EVENT_CUE_RE["works"] = re.compile(
            rf"\b(?i:{cues['works']})\s+(?:(?:[A-Z][\w.'-]*|dan|serta|the|of|for|and)(?:\s*,)?\s+){{0,12}}$")
        self.EVENT_CUE_RE["spokesperson"] = re.compile(
            rf"\b(?i:{cues['spokesperson']})\b(?:\s+(?:[A-Z][\w.'-]*|dan|\([A-Za-z]+\),?)){{0,8}}\s+$")
        # a title after these words names the office building ("Kantor Wali Nagari …"), not a person
        self.OFFICE_BEFORE_RE = re.compile(rf"(?:{'|'.join(self.title_cues['office'])})\s+$")
        # where a name set off by a role may start ("…, X, pemilik …", "oleh X, petani …"), and the role
        self.APPOSED_START_RE = re.compile(rf"(?:^|[,.]\s+|\b(?:{'|'.join(self.name_leads)})\s+)(?=[A-Z])")
        self.APPOSED_ROLE_RE = re.compile(
            rf"\s*(?:\(\d{{1,3}}\)\s*)?,\s*(?:yang\s+(?:juga|menjabat|akrab)|{'|'.join(self.role_nouns)})\b", re.I)
        # "PT X (Persero)": the legal form after a company's name
        self.LEGAL_FORM_RE = re.compile(rf"\s*\((?:{'|'.join(self.legal_forms)})\)")
        # the venue after these words, when a venue word starts it; case-sensitive ("Di" starts a sentence)
        self.EVENT_CUE_RE["venue"] = re.compile(rf"\b(?:{cues['venue']})\s+(?=[A-Z])")
        # a venue word written in lowercase before a name ("di gedung KPK", "di kantor DPD …")
        self.LOWER_VENUE_RE = re.compile(
            rf"(?:{_alternation(v.lower() for v in self.venues if v[0].isupper() and not v.isupper())})\s+(?=[A-Z])")
        # a reporting verb, whose clause may say where and when a statement was given
        self.STATEMENT_RE = re.compile(rf"\b(?=[A-Za-z])(?:(?:{_alternation(self.speech_after)})(?:nya)?|"
                                       rf"{_alternation(self.speech_before)})\b", re.I)
        # a venue named by a name and a venue word after it ("Jakarta Convention Center")
        self.TAIL_VENUE_RE = re.compile(rf"(?:[A-Z][\w&'-]*[ \t]+){{1,4}}(?:{_alternation(self.venue_tails)})(?![\w-])")
        self.PARTICIPANT_RE = re.compile(rf"\b(?:{_alternation(self.participants)})\b", re.I)

    def _load_laws(self) -> None:
        """The law types and the words of legal references, compiled for the laws pass."""
        self.law_types = [LawType(r["long"], r["short"], r["type"], r["scope"], r["alone"])
                          for r in read_table("laws.tsv")]
        words: dict[str, list[str]] = {}
        for r in read_table("law_words.tsv"):
            words.setdefault(r["kind"], []).append(r["form"])
        self.law_words = {k: frozenset(v) for k, v in words.items()}
        # words that start a legal reference, never a person's name ("Nomor", "Pasal", "UU", "Perpres")
        self.law_first_words = self.law_words.get("number", frozenset()) | self.law_words.get("article", frozenset()) | \
            {w[:1].upper() + w[1:] for w in self.law_words.get("clause", ()) if len(w) > 2 and w.isalpha()} | \
            {t.short for t in self.law_types if t.short and not t.short.endswith("*")}  # ("Ayat (1)")
        self.law_by_long = {re.sub(r"[\s-]+", " ", t.long.lower()): t for t in self.law_types if t.long}
        self.law_by_short = {t.short: t for t in self.law_types if t.short and not t.short.endswith("*")}
        self.law_short_stems = [t for t in self.law_types if t.short.endswith("*")]
        self.law_short_of_type: dict[str, str] = {}  # the type's first short form: "Kepres" is "Keppres"
        for t in self.law_types:
            if t.short and not t.short.endswith("*"):
                self.law_short_of_type.setdefault(t.type, t.short)
        longs = sorted((t.long for t in self.law_types if t.long), key=len, reverse=True)
        shorts = sorted((t.short for t in self.law_types if t.short), key=len, reverse=True)
        short_re = "|".join([_alternation(f for f in shorts if not f.endswith("*"))] +
                            [re.escape(f[:-1]) + r"[A-Za-z]*(?:-[A-Z]{1,4})?" for f in shorts if f.endswith("*")])
        # the long forms grouped by their first word ("Peraturan (?:Presiden|Daerah|…)"): the
        # engine tries each alternative at every word, and most share a first word
        by_first: dict[str, list[str]] = {}
        for f in longs:
            first, _, rest = f.partition(" ")
            by_first.setdefault(first, []).append(rest)
        long_re = "|".join(_law_form(first) + (rf"(?:\s+(?:{'|'.join(_law_form(r) for r in rests if r)}))"
                                                 + ("?" if "" in rests else "") if any(rests) else "")
                           for first, rests in by_first.items())
        self.LAW_HEAD_RE = re.compile(rf"(?<![\w-])(?:(?P<long>(?i:{long_re}))|(?P<short>{short_re}))(?![\w-])")
        # whether a text has any legal reference, in one scan that skips at once every
        # character no law's name or article word starts with
        refs = [w for w in words.get("number", ()) if w[:1].isupper()]  # "Nomor: STR/779/X/2016"
        firsts = {f[0] for f in [*longs, *shorts, *words.get("article", ()), *refs]}
        firsts = "".join(sorted(firsts | {c.swapcase() for c in firsts if any(c == f[0] for f in longs)}))
        self.LAW_ANY_RE = re.compile(rf"(?=[{re.escape(firsts)}])(?<![\w-])(?:(?:(?i:{long_re})|{short_re})(?![\w-])|"
                                     rf"(?:{_alternation(words.get('article', ()))})\s+\d|(?:{_alternation(refs)})\s*:?\s*[\w./-]*\d)")
        # a capitalized number word and its number: a letter's or a rule's reference, never a
        # name ("Surat Kapolri Nomor: STR/779/X/2016")
        self.LAW_REF_NUMBER_RE = re.compile(rf"(?<![\w-])(?:{_alternation(refs)})(?![A-Za-z])\s*:?\s*"
                                            rf"(?=[\w./-]*\d)[\w./-]*[\w]")
        # the short form in parentheses between a law's type and its number: "Peraturan Menteri
        # Keuangan (PMK) Nomor 147/PMK.010/2016"
        self.LAW_PAREN_RE = re.compile(r"\s*\(\s*[A-Z][\w.-]{0,14}\s*\)")
        alt = lambda kind: _alternation(words.get(kind, ()))  # noqa: E731
        number = r"\d+[A-Za-z]?(?:/[A-Za-z][\w.-]*)*"
        year = rf"(?:\s*/\s*|\s*,?\s+(?:{alt('year')})\s+)(?P<{{}}>(?:19|20)\d\d)"
        # "Nomor 31 Tahun 1999", "No. 12/2019", "12/2019": a number word, or a year, or both
        self.LAW_NUMBER_RE = re.compile(rf"\s*(?:(?:{alt('number')})(?![A-Za-z])\s*(?P<num>{number})(?:{year.format('year')})?"
                                        rf"|(?P<num2>{number}){year.format('year2')})(?![\w/])")
        # "UUD 1945", "UUD '45", "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945"
        self.LAW_YEAR_RE = re.compile(rf"(?:\s+(?:NRI|Negara\s+Republik\s+Indonesia))?(?:\s+(?:{alt('year')}))?"
                                      rf"\s+'?(?P<year>(?:19|20)?\d\d)(?![\w/])")
        self.LAW_ISSUER_RE = re.compile(r"(?:\s+(?:dan\s+)?[A-Z][\w.-]*){1,6}?(?=\s*(?:" + alt("number") + r")(?![A-Za-z]))")
        self.LAW_NICK_RE = re.compile(rf"\s+(?P<nick>[A-Z][\w-]*(?:\s+(?:(?:{alt('title_joins')})\s+)?[A-Z][\w-]*){{0,5}})")
        self.LAW_TITLE_RE = re.compile(rf"\s+(?:{alt('title')})\s+")  # "… tentang Pengadaan Barang"
        clause = rf"\s+(?:{alt('clause')})\s*(?:-\s*)?(?:\(\s*\w{{1,3}}\s*\)|\w{{1,3}})(?!\w)"
        element = rf"\d+[A-Za-z]?(?!\w)(?:{clause})*"
        self.LAW_ARTICLE_RE = re.compile(rf"(?:{alt('article')})\s+{element}")
        self.LAW_ELEMENT_RE = re.compile(rf"(?:(?:{alt('article')})\s+)?(?P<n>\d+[A-Za-z]?){clause.join(('(?:', ')*'))}")
        # "Pasal 2 ayat (1) juncto Pasal 18", "pasal 12 huruf a atau pasal 12 huruf b"
        self.LAW_ARTICLES_RE = re.compile(rf"(?<![\w-])(?:{alt('article')})\s+{element}"
                                          rf"(?:\s*,?\s*(?:{alt('link')})\s+(?:(?:{alt('article')})\s+)?{element})*")

    def law_type(self, head: re.Match) -> LawType:
        """The type of law a match of :attr:`LAW_HEAD_RE` names."""
        if head["long"]:
            return self.law_by_long[re.sub(r"[\s-]+", " ", head["long"].lower())]
        short = head["short"]
        return self.law_by_short.get(short) or next(t for t in self.law_short_stems if short.startswith(t.short[:-1]))

    def region_candidates(self, name: str) -> list[Region]:
        if name in self.region_aliases:
            return [self.region_aliases[name]]
        return self.regions_by_name.get(name, [])


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The process-wide lexicon, loaded on first use."""
    return Lexicon()
