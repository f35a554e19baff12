"""People's names: splitting honorifics and degrees off, the extent of a name, short forms
and the entity a name found without a title stands for."""
from __future__ import annotations

import bisect
import re

from ..document import FEW, Document, Entity, Spans
from ..text import Token, written_alone
from .orgs import find_org, is_acronym
from .places import is_big_region, region_here, region_place

__all__ = ["split_name", "name_run", "hyphen_joins", "particle_joins",
           "add_name", "resolve_short", "short_forms", "part_runs", "names_a_thing",
           "are_initials", "names_a_body", "one_letter_apart", "clipped", "credited_names"]


# an adjective of the superlative or the state between a noun and its names ("brand terpilih", "klub terkaya")
_TER_ADJECTIVE = re.compile(r"(?!tersebut|terhadap|terkait|terutama|tertentu|terus)ter[a-z]{3,}$")

# a verb opening a clause's predicate ("menambah", "mengatakan", "berharap")
_CLAUSE_VERB = re.compile(r"(?:me|ber)[a-z]{3,}$")


def names_a_thing(doc: Document, k: int, nouns_kind: str = "thing_noun") -> bool:
    """Whether the capitalized name at token ``k`` is a thing's, not a person's: it follows a
    noun of a thing, itself or as an item of the list that follows one ("lagu X, Y dan Z",
    "mobil X", "brand ternama seperti X"); with ``nouns_kind="body_noun"``, whether it is a
    body's the same way ("perusahaan X", "klub X dan Y")."""
    lx, toks = doc.lx, doc.tokens
    fw = lx.function_words
    before = doc.memo.setdefault("noun_before", {})  # k -> (the word the walk below stops at, or None;
    # the capitalized words opening a sentence it passes, in lowercase)
    if k not in before:  # (the walk depends on k alone, not on the nouns asked for: done once a token)
        links, openers = fw.get("thing_link", frozenset()), []
        j, stop = k - 1, max(-1, k - 40)
        while j > stop and "\n" not in doc.text[toks[j].end:toks[j + 1].start] and (
                toks[j].is_cap or toks[j].text in lx.list_joints or toks[j].text in ("and", "&", "(", ")") or
                toks[j].text.isdigit()):  # (a sentence's end stops the walk: no such token goes on)
            if toks[j].is_cap and _opens_sentence(doc, j):
                openers.append(toks[j].text.lower())
            j -= 1
        while j > stop and (toks[j].text in links or toks[j].text == "," or _TER_ADJECTIVE.match(toks[j].text) or
                            toks[j].text == "di" and toks[j + 1].text == "antaranya"):
            j -= 1  # ("brand terpilih, di antaranya X", "klub terkaya seperti X")
        before[k] = (toks[j].text if j > stop else None, tuple(openers))
    word, openers = before[k]
    if word is None and not openers:
        return False
    if k and toks[k - 1].text == ",":
        e = k
        while e < len(toks) and toks[e].is_cap:
            e += 1
        if e < len(toks) and _CLAUSE_VERB.match(toks[e].text):
            return False  # "lagu terbarunya X, Rudi menambah …": the subject of the next clause, no item
    nouns = fw.get(nouns_kind, frozenset())
    # "Lagu X dinyanyikan …": the noun, capitalized as a sentence's first word; or the word before
    return any(w in nouns for w in openers) or (word is not None and word in nouns)


def _opens_sentence(doc: Document, j: int) -> bool:
    """Whether token ``j`` is the first word of a sentence or a line."""
    toks = doc.tokens
    return j == 0 or toks[j - 1].text in (".", "!", "?", "“", '"') or "\n" in doc.text[toks[j - 1].end:toks[j].start]


def written_lowercase(doc: Document, word: str) -> bool:
    """Whether the article writes the capitalized word ``word`` in lowercase elsewhere
    ("Alasan …" and "… dengan alasan …"): a common word there, no given name (a name that is
    also a word, "Budi", "Bayu", is hardly written both ways in one article)."""
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    seen = doc.memo.setdefault("written_lowercase", {})
    if word not in seen:  # (a search of the text, asked once a word: cheaper than listing its words)
        seen[word] = next(written_alone(doc.text, word.lower(), hyphen_after=False), None) is not None
    return seen[word]


def names_a_body(doc: Document, k: int) -> bool:
    """Whether the capitalized name at token ``k`` is a body's by the noun before it or before
    its list ("perusahaan X", "klub X dan Y"); not after a holder's role ("presiden klub X" may
    name the club's president)."""
    toks = doc.tokens
    return names_a_thing(doc, k, "body_noun") and not (
        k > 1 and toks[k - 1].text in doc.lx.function_words["body_noun"] and
        toks[k - 2].text in doc.lx.function_words["body_role"])


# what may join the names of a line crediting sources ("Sumber: A, B dan C", "Sumber: A via B")
_CREDIT_JOINTS = frozenset((",", "dan", "serta", "via", "."))


def credited_names(doc: Document) -> frozenset[str]:
    """The names listed on the lines that credit the article's sources: a line opening with a
    ``credit_line`` word ("Sumber"), then at most an ``attribution`` or ``credit`` word ("berita")
    and a colon, and holding nothing but capitalized names and the words that join them. Such a
    name is a medium's or a company's, a body, wherever the article writes it (one reading per
    discourse: "Lorato merilis …" and "Sumber: Lorato.").

    >>> from graph.types import Article
    >>> from graph.extract.lexicon import lexicon
    >>> def credited(text):
    ...     return sorted(credited_names(Document(Article("a", text), lexicon())))
    >>> credited("Harga naik.\\n\\nSumber: Warta Lorato dan Sinartek.")
    ['Sinartek', 'Warta Lorato']
    >>> credited("Harga naik.\\n\\nSumber berita Lorandia, Sinartek dan Warta Lorato.")
    ['Lorandia', 'Sinartek', 'Warta Lorato']
    >>> credited("Harga naik.\\n\\nSumber itu menyebut Rudi Wibisana hadir.")
    []
    >>> credited("Sumber dana itu dari Rudi Wibisana.")
    []
    """
    if "credited_names" in doc.memo:
        return doc.memo["credited_names"]
    toks, text, fw = doc.tokens, doc.text, doc.lx.function_words
    opener, cues = fw.get("credit_line", frozenset()), fw["attribution"] | fw["credit"]
    names: set[str] = set()
    for word in opener:
        at = text.find(word)
        while at >= 0:
            first = doc.token_at.get(at) if at == 0 or text[at - 1] == "\n" else None
            at = text.find(word, at + 1)
            if first is None or toks[first].text != word:
                continue
            line_end = text.find("\n", toks[first].end)
            line_end = len(text) if line_end < 0 else line_end
            j = first + 1
            if j < len(toks) and toks[j].text.lower() in cues:
                j += 1
            if j < len(toks) and toks[j].text == ":":
                j += 1
            if j == first + 1:
                continue  # ("Sumber itu …", "Sumber Rezeki": a source of the story, a name; no credit line)
            run, found = [], []
            while j < len(toks) and toks[j].start < line_end:
                if toks[j].is_cap or toks[j].text == "&" and run:
                    run.append(toks[j])
                elif toks[j].text in _CREDIT_JOINTS:
                    if run:
                        found.append(text[run[0].start:run[-1].end])
                    run = []
                else:
                    break
                j += 1
            else:
                if run:
                    found.append(text[run[0].start:run[-1].end])
                names.update(found)
    doc.memo["credited_names"] = frozenset(names)
    return doc.memo["credited_names"]


_AGE_AFTER = re.compile(r"\s*\(\s*\d{1,3}\s*(?:tahun\s*)?\)")
# a degree written as initials ("S.Sos.", "M.Si"), and the start of one; compiled once (the
# stemmer's patterns push re's cache)
_DEGREE_RE = re.compile(r"^(?:[A-Z][A-Za-z]{0,4}\.){2,}[A-Za-z]*\.?$")
_DEGREE_START_RE = re.compile(r"^(?:[A-Z][A-Za-z]{0,4}\.){2,}")
_NAME_WORD_BEFORE_RE = re.compile(r"([A-Z][\w'.-]*)\s+$")
_CLAUSE_MARK_RE = re.compile(r"[,.;“”\"]")


def are_initials(doc: Document, word: str, k: int, end: int) -> bool:
    """Whether a word of two to four capitals the article defines nowhere is a person's initials, as the
    police and the courts name suspects and victims: with an age after it ("AG (45)") or
    after "berinisial", itself or in the list that follows it ("berinisial MU dan JY")."""
    if not (2 <= len(word) <= 4 and word.isalpha() and word.isupper()) or word in doc.acr_defs:
        return False  # (a lexicon's acronym may be initials too: "berinisial MK", "AS (55)")
    return bool(_AGE_AFTER.match(doc.text, end)) or names_a_thing(doc, k, "initials_cue")


def split_name(doc: Document, toks: list[Token]) -> tuple[list[str], list[Token], list[str]] | None:
    """(honorific prefixes, name tokens, degree suffixes) of a name phrase, or None."""
    lx = doc.lx
    prefixes, i = [], 0
    while i < len(toks):
        t = toks[i].text
        two = f"{t} {toks[i + 1].text}" if i + 1 < len(toks) else ""
        three = f"{two} {toks[i + 2].text}" if i + 2 < len(toks) else ""
        if three in lx.ranks:  # "Ajun Komisaris Besar"
            prefixes.append(three)
            i += 3
        elif two in lx.ranks:
            prefixes.append(two)
            i += 2
        elif t in lx.prefixes or t in lx.ranks:
            prefixes.append(t)
            i += 1
        elif prefixes and prefixes[-1] in lx.ranks | {r.split()[0] for r in lx.ranks} and t in lx.corps:
            prefixes[-1] += " " + t
            i += 1
        else:
            break
    name: list[Token] = []
    suffixes: list[str] = []
    start = i
    while i < len(toks):
        t = toks[i]
        if name and not suffixes and hyphen_joins(doc, toks, i, start):
            name.extend(toks[i:i + 2])  # "Butar - butar", "Marc - Andre"
            i += 2
            continue
        if t.text == ",":
            i += 1
            continue
        if t.text in lx.suffixes or _DEGREE_RE.match(t.text) and name:
            suffixes.append(t.text)
            i += 1
            continue
        if suffixes:
            break
        if t.is_cap or t.text in lx.name_inner or name and particle_joins(doc, toks, i, 0):
            name.extend(toks[i:i + 3] if t.text in lx.name_particles else [t])  # ("… al - Farouk")
            i += 3 if t.text in lx.name_particles else 1
            continue
        break
    while name and name[-1].text in lx.name_inner:
        name.pop()
    if not name or sum(t.text != "-" and t.text not in lx.name_particles for t in name) > 6:
        return None
    # a month between two name words is a name's part ("Lim Mei Hwa"), not a date
    inner = set(range(1, len(name) - 1))
    if any(t.text in lx.weekdays or t.text.lower() in lx.weekdays or t.text.lower() in lx.months and x not in inner or
           t.text in lx.titles or t.text in lx.institutions or t.text in doc.agency_words or
           (is_acronym(t.text) and len(t.text) > 1 and t.text not in ("St.",)) for x, t in enumerate(name)):
        return None
    if len(name) == 1 and name[0].text in lx.name_starts:
        return None
    if any(t.text in lx.org_words or t.text in lx.institutions for t in name):
        return None
    if is_big_region(lx, " ".join(t.text for t in name)) or is_big_region(lx, name[0].text):
        return None
    return prefixes, name, suffixes


def hyphen_joins(doc: Document, toks: list[Token], j: int, first: int) -> bool:
    """Whether the hyphen ``toks[j]``, written with spaces as the news corpora write every hyphen,
    joins two parts of one name that starts at token ``first``: a reduplication or a last
    syllable in lowercase after a name's second word ("Butar - butar", "Kim Sung - bok"), or, after a name's first word, a
    second given name and more of the name ("Marco - Andre ter Sutejo", "Jean - Paul Wibisono");
    not a route or a match between two places or clubs ("Jakarta - Bandung"), nor a pair of
    people one of whom the article has named ("Rudi - Bambang Sutejo").

    >>> from graph.extract.document import Document
    >>> from graph.extract.lexicon import lexicon
    >>> from graph.types import Article
    >>> doc = Document(Article("a", "Jaksa Rudi Butar - butar dan Jean - Paul Wibisono hadir"), lexicon())
    >>> hyphen_joins(doc, doc.tokens, 3, 1), hyphen_joins(doc, doc.tokens, 7, 6)
    (True, True)
    """
    text, lx, n = doc.text, doc.lx, len(toks)
    if not (toks[j].text == "-" if j < n else False):
        return False
    if not (first < j < n - 1 and text[toks[j - 1].end:toks[j].start] == " " and
            text[toks[j].end:toks[j + 1].start] == " " and toks[j - 1].is_cap and toks[j - 1].is_word):
        return False
    left, right = toks[j - 1].text, toks[j + 1].text
    if not (left.isalpha() and right.isalpha() and len(left) > 1):
        return False  # ("Suara.com - Rudi …": a dateline's site; "K - pop")
    if right.islower():  # (a common word doubled is no name: "Masing - masing", "Gara - gara")
        return right not in lx.clitics and not lx.is_common_word(f"{left.lower()}-{right}") and (
            right == left.lower() or len(right) <= 3 and j - 1 > first)
    if not (j - 1 == first and toks[j + 1].is_cap and
            toks[j + 1].is_word and j + 2 < n and
            (toks[j + 2].is_cap and toks[j + 2].is_word or toks[j + 2].text in lx.name_inner)):
        return False
    if any(lx.region_candidates(w) or w in lx.country_names or is_acronym(w) or w in lx.org_names
           for w in (left, right)):
        return False
    # a pair of people ("pasangan Rudi - Bambang Sutejo"): either side already a person's name word
    known = {w for e in doc.ents.values() if e.kind == "person" for w in e.name.split()}
    return left not in known and right not in known and left not in lx.short_names


def particle_joins(doc: Document, toks: list[Token], j: int, first: int) -> bool:
    """Whether ``toks[j]`` is an Arabic article that a spaced hyphen joins to the next word of
    a name started at token ``first`` ("Hisyam al - Farouk"): the three tokens are the name's.

    >>> from graph.extract.document import Document
    >>> from graph.extract.lexicon import lexicon
    >>> from graph.types import Article
    >>> doc = Document(Article("a", "kata Hisyam al - Farouk kepada wartawan"), lexicon())
    >>> particle_joins(doc, doc.tokens, 2, 1), particle_joins(doc, doc.tokens, 2, 2)
    (True, False)
    """
    text, n = doc.text, len(toks)
    return first < j and j + 2 < n and toks[j].text in doc.lx.name_particles and \
        toks[j + 1].text == "-" and toks[j + 2].is_cap and toks[j + 2].is_word and toks[j - 1].is_cap and \
        text[toks[j].end:toks[j + 1].start] == " " and text[toks[j + 1].end:toks[j + 2].start] == " "


def name_run(doc: Document, toks: list[Token], i: int) -> int:
    """Index past a run of name-like tokens (honorifics, capitalized words, degrees) from i."""
    lx, n, j = doc.lx, len(toks), i
    while j < n:
        t = toks[j].text
        if j > i and "\n" in doc.text[toks[j - 1].end:toks[j].start]:
            break
        if t == "," and j + 1 < n and (toks[j + 1].text in lx.suffixes or
                                       _DEGREE_START_RE.match(toks[j + 1].text)):
            j += 1
            continue
        if j > i + 1 and (t in ("Selaku", "Sebagai", "Yang") or j + 1 < n and toks[j + 1].is_cap and
                          t in lx.title_words and lx.TITLE_RE.match(doc.text, toks[j].start)):
            break  # "Sekjen Rudi Santoso Wasekjen Rina Wati": the next title ends the name
        if toks[j].is_cap or t in lx.name_inner or t in lx.suffixes or t in lx.prefixes:
            j += 1
            continue
        if hyphen_joins(doc, toks, j, i):
            j += 2  # "Butar - butar", "Marco - Andre ter Sutejo"
            continue
        if particle_joins(doc, toks, j, i):
            j += 3  # "Hisyam al - Farouk"
            continue
        break
    return j


# words for an area before a place's name, which the name goes without ("Kawasan Thamrin" is
# Thamrin, "Kampung Sukamaju" is Sukamaju; not "Kawasan Industri …", a dictionary word after it)
_AREA_WORDS = frozenset({"Kawasan", "Wilayah", "Kampung"})


def add_name(doc: Document, kind: str, s: int, e: int, words: list[str], prev: str, people: list[Entity]) -> None:
    """The entity a name found without a title stands for (person, org, business or place),
    the one known already when there is one, and its mention."""
    phrase = doc.text[s:e]
    countries = doc.lx.countries
    if kind == "person":
        k = doc.token_at.get(s)
        if len(words) > 1 and k is not None and _opens_sentence(doc, k) and doc.lx.is_common_word(words[0]) and \
                written_lowercase(doc, words[0]):
            # "Pernikahan Rudi (47) dan …": a common word opening the sentence, which the article
            # writes in lowercase elsewhere, is no part of the name
            s, words = doc.tokens[k + 1].start, words[1:]
            phrase = doc.text[s:e]
        if not doc.lx.may_name_a_person(words) or k and doc.lx.foreign_or_epithet([doc.tokens[k - 1].text, *words]) \
                or "\n" in phrase:
            return  # "kata Korban", "Galaxy Note7"; "Il [Lupo Rosso]": the rest of a team's name; no
            # name runs over a line's end ("Susunan Pemain\n\nSukamaju: …")
        person = resolve_short(doc, people, words, s)
        if person is None:
            person = doc.add("person", phrase, s)
            person.name = phrase
            people.append(person)
        elif " ".join(words) != person.name:
            person.aliases.add(phrase)
        doc.mention(s, e, person.key)
    elif kind in ("org", "business"):
        key = doc.org_alias.get(phrase) or find_org(doc, phrase)
        ent = doc.ents[key] if key else doc.add("org", phrase, s, category=kind if kind == "business" else "other",
                                                 business=kind == "business")
        doc.org_alias.setdefault(phrase, ent.key)
        doc.mention(s, e, ent.key)
    else:
        same = doc.named(phrase, ("place",))
        region = None if same or phrase in countries else region_here(doc, phrase)
        if region is None and not same and prev in ("di", "ke", "dari"):
            unique = doc.lx.region_candidates(phrase)  # "di Kuta": a place named once in the gazetteer
            region = unique[0] if len(unique) == 1 else None
        level, _, bare = phrase.partition(" ")
        if not same and not region and bare and (level in doc.lx.level_words and doc.lx.level_of.get(level) in (
                "province", "regency", "city", "district") or level in _AREA_WORDS and
                not doc.lx.is_common_word(bare.split()[0])):
            # "Provinsi Contoh Utara", "Kota Sukarame", "Kawasan Sukamaju": a region the gazetteer does
            # not know is named without its level or area word, which stays in an alias
            same = doc.named(bare, ("place",))
            if same is None:
                same = doc.add("place", f"{bare} other", s, level="other", mentioned=True)
                same.name = bare
            same.aliases.add(phrase)
        if same:
            ent = same
        elif region:
            ent = region_place(doc, region, s)
        else:
            ent = doc.add("place", f"{phrase} {'country' if phrase in countries else 'other'}", s,
                          level="country" if phrase in countries else "other", mentioned=True)
            ent.name = phrase
        doc.mention(s, e, ent.key)


class _NameIndex:
    """Where each name, alias and name word of a list of people is (their places in the
    list), kept up to date as the list grows and as the document logs changed names and
    aliases (:attr:`Document.entity_changes`): a look-up costs the people who share a word
    with the short form, not the whole list."""

    def __init__(self, people: list[Entity], log: list[Entity]) -> None:
        self.people, self.log = people, log
        self.filed = 0  # people[:filed] are in the index
        self.read = len(log)  # the log's entries before this one were made before the index
        self.forms: dict[str, list[int]] = {}  # a name or an alias -> places of the people so called
        self.words: dict[str, list[int]] = {}  # a word of a name -> places of the people whose name has it
        self.under: dict[int, tuple[set[str], set[str]]] = {}  # place -> the forms and words it is filed under
        self.places: dict[int, list[int]] = {}  # id of a person -> their places in the list

    def update(self) -> None:
        for ent in self.log[self.read:]:
            for i in self.places.get(id(ent), ()):
                self._file(i)
        self.read = len(self.log)
        while self.filed < len(self.people):
            i, self.filed = self.filed, self.filed + 1
            self.places.setdefault(id(self.people[i]), []).append(i)
            self._file(i)

    def _file(self, i: int) -> None:
        p = self.people[i]
        forms, words = {p.name, *p.aliases}, set(p.name.split())
        old_forms, old_words = self.under.get(i, (set(), set()))
        for table, old, new in ((self.forms, old_forms, forms), (self.words, old_words, words)):
            for f in old - new:
                table[f].remove(i)
            for f in new - old:
                bisect.insort(table.setdefault(f, []), i)
        self.under[i] = forms, words


def _name_index(doc: Document, people: list[Entity]) -> _NameIndex:
    indexes = doc.memo.setdefault("name_index", {})
    if id(people) not in indexes:  # the index keeps the list, so its id is not reused
        indexes[id(people)] = _NameIndex(people, doc.entity_changes)
    index = indexes[id(people)]
    index.update()
    return index


def resolve_short(doc: Document, people: list[Entity], words: list[str], pos: int, *,
                  exclude: str | None = None) -> Entity | None:
    """The person a short form ("Suryawan", "Ketut Sari") refers to, if any, among ``people``
    other than the one whose key is ``exclude``."""
    if not words:
        return None
    full = " ".join(words)
    if len(people) < FEW:
        candidates = [p for p in people if p.key != exclude] if exclude else people
        called = next((p for p in candidates if full == p.name or full in p.aliases), None)
    else:  # (the same list each time, so that its index is kept: not one without ``exclude``)
        index = _name_index(doc, people)
        called = next((people[i] for i in index.forms.get(full, ()) if people[i].key != exclude), None)
        candidates = [people[i] for i in index.words.get(words[0], ()) if people[i].key != exclude]
    if called:  # "… yang akrab disapa Mak Ijah": later "kata Mak Ijah"
        return called
    matches, first = [], words[0]
    for p in candidates:
        if first not in p.name:
            continue  # (a name holding the words holds the first of them)
        pw = p.name.split()
        if any(pw[i:i + len(words)] == words for i in range(len(pw) - len(words) + 1)):
            matches.append(p)
    if not matches:
        return None
    if len(matches) == 1:
        return matches[0]
    introduced = [p for p in matches if p.first <= pos]
    return max(introduced, key=lambda p: p.first) if introduced else matches[0]


def one_letter_apart(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter added or left out, or by two letters side
    by side swapped, both of five letters or more ("Achmad" and "Ahmad", "Sasha" and "Ssaha",
    "Wibisnaa" and "Wibisana"); not by a letter changed ("Susanti" and "Susanto" are two people).

    >>> one_letter_apart("Achmad", "Ahmad"), one_letter_apart("Sutejo", "Sutaja")
    (True, False)
    >>> one_letter_apart("Wibisnaa", "Wibisana"), one_letter_apart("Susanti", "Susanto")
    (True, False)
    """
    if len(a) < len(b):
        a, b = b, a
    if len(b) < 5:
        return False
    if len(a) == len(b):  # two letters side by side swapped ("Wiratno", "Wiartno")
        apart = [i for i in range(len(a)) if a[i] != b[i]]
        return len(apart) == 2 and apart[1] == apart[0] + 1 and a[apart[0]] == b[apart[1]] and \
            a[apart[1]] == b[apart[0]]
    if len(a) != len(b) + 1:
        return False
    return any(a[:i] + a[i + 1:] == b for i in range(len(a)))


def clipped(word: str, full: str, least: int = 4, loose_end: bool = False) -> bool:
    """Whether the name ``word`` is the word ``full`` cut short, ``least`` letters kept at least
    ("Pram" of "Pramesti"); with ``loose_end`` its last letter may be another ("Hendi" of
    "Hendriko", "Hendy" of "Hendriko").

    >>> clipped("Pram", "Pramesti"), clipped("Pramesti", "Pramesti"), clipped("Pra", "Pramesti")
    (True, False, False)
    >>> clipped("Hendy", "Hendriko"), clipped("Hendy", "Hendriko", 5, loose_end=True)
    (False, True)
    """
    if len(word) < least or word == full or len(full) < len(word):
        return False
    return full.startswith(word[:-1] if loose_end else word)


def _word_char(c: str) -> bool:
    """A character of a word for the regex engine (``\\w``), or a hyphen."""
    return c.isalnum() or c == "_" or c == "-"


def part_runs(text: str, parts) -> list[tuple[int, int]]:
    r"""(start, end) of each run of ``parts`` in ``text`` ("Sari", "Ketut Sari"), left to right:
    the same places as ``re.finditer`` with ``(?<![\w-])(?:P)(?:\s+(?:P))*(?![\w-])``, P the
    parts longest first, backtracking as the engine does. Found by ``str.find`` instead: a
    pattern of each article's own names is compiled afresh each time, which costs more than
    the rest of the search (and pushes the patterns of other modules out of ``re``'s cache).

    >>> part_runs("Sari dan Ketut Sarinah, Sarijo dan Ketut-Sari", ["Sari", "Sarinah", "Ketut"])
    [(0, 4), (9, 22)]
    """
    at: dict[int, list[str]] = {}  # the parts that start at each place, longest first
    for w in sorted(parts, key=len, reverse=True):
        i = text.find(w)
        while i >= 0:
            at.setdefault(i, []).append(w)
            i = text.find(w, i + 1)
    n = len(text)
    ends: dict[int, int | None] = {}  # where the run that starts at a place ends (None: no run)
    for i in sorted(at, reverse=True):  # (a run's end is known for every later place)
        ends[i] = None
        for w in at[i]:
            j = k = i + len(w)
            while k < n and text[k].isspace():
                k += 1
            if k > j and ends.get(k) is not None:  # another part after spaces: the run goes on
                ends[i] = ends[k]
                break
            if j == n or not _word_char(text[j]):
                ends[i] = j
                break
    runs, pos = [], 0
    for i in sorted(at):
        if i >= pos and ends[i] is not None and (i == 0 or not _word_char(text[i - 1])):
            runs.append((i, ends[i]))
            pos = ends[i]
    return runs


def short_forms(doc: Document, people: list[Entity]) -> None:
    """Find every later use of a name part ("Suryawan", "Sari") and link it to its person."""
    lx, text = doc.lx, doc.text
    parts: dict[str, list[Entity]] = {}
    for p in people:
        for w in p.name.split():
            if len(w) >= 3 and w not in lx.name_starts and w not in lx.birth_names and w not in lx.name_inner \
                    and not is_big_region(lx, w):
                parts.setdefault(w, []).append(p)
    if not parts:
        return
    taken = Spans(doc.mentions)
    titles_rx = lx.TITLE_BEFORE_RE
    for s, e in part_runs(text, parts):
        if taken.holds(s) or taken.holds(e, closed=True):
            continue
        if text[max(0, s - 1):s].isalpha():
            continue
        words = text[s:e].split()
        person = resolve_short(doc, people, words, s)
        if person is None:
            continue
        name_words = person.name.split()
        while True:  # "Teuku Hasan": take in the name parts just before
            prev = _NAME_WORD_BEFORE_RE.search(text[max(0, s - 30):s])
            if not (prev and prev.group(1) in name_words and
                    resolve_short(doc, people, [prev.group(1), *words], s) is person):
                break
            s = s - len(prev.group(0))
            words = [prev.group(1), *words]
        start = s
        tm = titles_rx.search(text[max(0, s - 60):s])
        if tm:
            cand_start = max(0, s - 60) + tm.start()
            seg = text[cand_start:s]
            if not _CLAUSE_MARK_RE.search(seg):
                start = cand_start
        doc.mention(start, e, person.key)
        taken.add((start, e))
        if " ".join(words) != person.name:  # a title before the full name is no alias
            person.aliases.add(text[start:e])
