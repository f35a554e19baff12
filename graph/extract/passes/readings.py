"""One reading per discourse: a name guessed a person that the article elsewhere reads as a
body, a thing or a place is none of a person.

The names and crf passes type a capitalized name by the words right around it, one mention
at a time: "Watford mencoba bermain …" looks like a person. Another mention of the same name
may say what it is: after a club's word ("menjamu Watford", "markas Watford"), a company's or a
thing's noun ("startup Grammarly", "film Star Wars"), the place preposition "di" ("di Teheran"),
alone between quotation marks ("album “Malam Lorato”"), before a version number ("Windows 10"),
as a side of a football result ("Sukamaju 1 - 2 Garuda") or before a team's formation
("Sukamaju (4 - 3 - 3): …"), as the subject a copula says is a
thing ("X merupakan album …") or as whom a quotation was told to ("…,” ujar Rudi kepada X": the
outlet); a club's form word beside the name ("Sukamaju City", "AC Garuda") outweighs every cue
but a reporting verb before it. A person met only through such guesses (no title,
honorific, post or participant noun, and no mention a reporting verb or a person's cue sits
next to) is then read the other way: a body, a place, or a thing (no entity of ours)::

    Watford mencoba bermain lebih agresif. … saat menjamu Watford di Stamford Bridge …
    → Watford a body, no person

So is a person found only after a role word that names no body of its own ("pemain X",
"penjaga gawang X") when the article reads the name elsewhere only as a club's: the club's
players, not a player.

A person guessed from one word that the article names only once, with nothing around it that
says a person (no age, kin, title or role beside it, no person beside it in a list, no given
name the tagger knows well), is no person either: a brand, a club, a product ("imbuhan
Kristalos"), or the tail of a longer name after a spaced hyphen ("tim Kartamaya - Lorandia").

A name opening with a noun derived with pe-an or ke-an ("Keamanan Rudi"), or with the last
words of a body the article names just before it ("Ketua Komisi Pemberantasan Korupsi Rudi"),
is named without them.

Last, in an article of five sentences or more, a person still met only through guesses, with
no cue for a person at any mention (no reporting verb, honorific, kin word, age, initials, nor
a person beside it in a list), is given to the statistical typer (:mod:`graph.extract.typer`), which reads every mention's words; when it
is sure the name is a thing's or a body's ("pengguna Lorato bisa mengunduh …", "saham Lorato
naik"), the name is no person (a thing: no entity of ours).

Then a person's name of three words or more that opens with a word the article writes elsewhere
in a body's name, is named without it ("Direktur Eksekutif Lorato Rudi Wibisana" where the
article also writes "lembaga Lorato Indonesia"): on the whole pool (3,214 articles) 18 people
named right so and none wrongly (2 false people of a body's word surfaced, where they had hidden
inside a wrong span). And a person named by one word, the family name ("Asisten Wibisana"),
that the article writes elsewhere after a given name ("Sandro Wibisana resmi …"), the tagger
reading both as one person's name, is named in full: on the whole pool about 75 people named right
so, 1 wrongly ("Rapper X").

A title's body that a comma closes before its holder's name ("Pelatih Lorandos, Rudi Wibisana")
reads the name as a body too, though a title is a person's cue elsewhere ("pelatih X").

A name the article reads both ways ("kata Rudi" and "klub Rudi") stays a person. A body or place
read so before a longer name that is a person's ("winger Lyon Maxwell Cornet" where "menjamu
Lyon" is read elsewhere) is cut off it: the person is "Maxwell Cornet".

Leaves to later passes: everything else; runs after the names and crf passes, before
nicknames and quotes, so that no quote is given to a name that is no person.
"""
from __future__ import annotations

import bisect
import re

from ..document import Document, Entity, Pass, PersonEntity
from ..lookup.names import add_name, are_initials, credited_names, names_a_thing, written_lowercase
from ..lookup.tagger import crf_sentence
from ..text import Token

__all__ = ["reread_people", "PASS"]


# a version or model number after a name ("Windows 10", "Snapdragon 820", "Android 7.0"), not a
# year ("Piala AFF 2016"), an age ("Rudi 45 tahun"), a minute ("Rudi 13'", "Rudi 90 + 4'") or a score ("Rudi 21 - 15")
_VERSION = re.compile(r"\s(?!(?:19|20)\d\d\b)\d+(?:\.\d+)?\b(?!\s*(?:tahun\b|thn\b|menit\b|['’′,+-]))")

# a match's result between two sides, each scoring at most five ("Sukamaju 1 - 2 Garuda",
# "mengalahkan Garuda dengan skor 1 - 0"): a
# football score, not a set of tennis ("6 - 4") nor a game of badminton ("21 - 15")
_SCORE_AFTER = re.compile(r"\s+(?:[0-5]\s*-\s*[0-5](?!\d)\s*(?:\([^()]{0,20}\)\s*)?[A-Z]|"
                          r"dengan\s+skor\s+[0-5]\s*-\s*[0-5](?![\d,]))")  # ("… mengalahkan X dengan skor 2 - 0")
_SCORE_BEFORE = re.compile(r"[A-Z][\w.-]*\s+[0-5]\s*-\s*[0-5]\s+$")
# a team's formation after its name, in a line-up ("Sukamaju (4 - 3 - 3): Rudi; …"): only a team has one
_FORMATION = re.compile(r"\s*\(\s*\d(?:\s*-\s*\d){2,4}\s*\)")


def _reading_at(doc: Document, k: int, end: int) -> str | None:
    """How the words around the name at tokens ``k``..``end`` read it: "org" after a body's or
    a club's noun, "thing" after a thing's noun or before a version number, "place" after
    "di", None when they say nothing (or say a person: "pelatih klub X")."""
    lx, toks = doc.lx, doc.tokens
    fw = lx.function_words
    prev = toks[k - 1].text if k else ""
    if _after_a_team_cue(doc, k):
        return "org"  # ("menjamu X", "lini belakang X")
    if (toks[k].start, toks[end - 1].end) in _closed_complements(doc):
        return "org"  # "Pelatih Garuda, Rudi Wibisana": the body a title is held in, a comma before its holder
    if prev in ("di", "Di") and k + 1 == end:
        return "place"  # (one word only: "di Grand Ballroom Hotel X" is a venue the places pass reads)
    if names_a_thing(doc, k) or prev in fw["thing_verb"]:
        return "thing"  # ("film X", "meluncurkan X")
    if names_a_thing(doc, k, "body_noun") and not (
            k > 1 and toks[k - 2].text in fw["body_role"]):
        return "org"
    if _VERSION.match(doc.text, toks[end - 1].end) or _quoted(doc, k, end):
        return "thing"
    if prev == "kepada" and _told_after_a_report(doc, k - 1):
        return "org"  # "… ,” kata Rudi kepada Lorato TV": the outlet the words were said to
    said_to_be = _said_to_be(doc, k, end)
    if said_to_be:
        return said_to_be
    if _SCORE_AFTER.match(doc.text, toks[end - 1].end) or _SCORE_BEFORE.search(doc.text, max(0, toks[k].start - 40),
                                                                              toks[k].start):
        return "org"  # "Sukamaju 1 - 2 Garuda": the sides of a match's result
    if _FORMATION.match(doc.text, toks[end - 1].end):
        return "org"  # "Sukamaju (4 - 3 - 3): …": a team's line-up
    if _among_bodies(doc, k, end):
        return "org"  # "PT Lorato, Garuda, dan Sukamaju FC": an item of a list of bodies
    if _beside_a_body(doc, k, end):
        return "org"  # "antara Sukamaju dan Garuda FC", "Lorato Bros, Sinar Pictures dan …": one of bodies
    return None


def _closed_complements(doc: Document) -> set[tuple[int, int]]:
    """The spans of the titles' complements that a comma closes before the holder's name
    ("Pelatih [Garuda], Rudi Wibisana", "Presiden [Lorato], Rina Wati"): the body the title is
    held in, which the people pass read; a name guessed a person elsewhere is that body. On the
    pool (3,214 articles): 17 false people so read as the bodies they are (clubs, teams, a
    directorate), no real person lost."""
    memo = doc.memo.get("closed_complements")
    if memo is None:
        text, lx = doc.text, doc.lx
        people = [e for e in doc.ents.values() if isinstance(e, PersonEntity)]
        in_names = {w for e in people if " " in e.name for w in e.name.split()}
        memo = doc.memo["closed_complements"] = {
            p.comp_span for e in people for p in e.posts
            if p.comp_span and text.startswith(",", p.comp_span[1]) and lx.titles[p.title].rule.how != "client" and
            text[p.comp_span[0]:p.comp_span[1]] not in in_names and " " not in text[p.comp_span[0]:p.comp_span[1]]}
        # (not a client's name, "kuasa hukum Rudi, Budi …"; one word, and no word of a person's name: a
        # name there is as often a person's, of a list of people with their roles, "produser Rina Wati,
        # Budi Santoso, …", or of whom the title is held for, "manajer Rina, Budi Santoso")
    return memo


def _after_a_team_cue(doc: Document, k: int) -> bool:
    """Whether a sports club's word stands right before the name at token ``k`` ("menjamu X",
    "membela X", "lini belakang X")."""
    toks, cues = doc.tokens, doc.lx.function_words["team_cue"]
    prev = toks[k - 1].text if k else ""
    return prev in cues or prev.lower() in cues or k > 1 and f"{toks[k - 2].text.lower()} {prev}" in cues


def _among_bodies(doc: Document, k: int, end: int) -> bool:
    """Whether the name at tokens ``k``..``end`` is an item of a list of three or more whose item
    right before it is a body's name, and the item right after it, if any, no person's
    ("Sukamaju City, Lorato United, Garuda dan …", "seperti Lorato, Garuda, dan Sukamaju FC"): a
    list names things of one kind. The name must be a middle item (a comma after it) or the last
    of a list that runs on before its body (a comma before that one): not a clause's subject after
    a phrase set off by a comma ("di Lorato, Rudi dan Rina saling …"), not a pair ("Rudi Wibisana dan
    Sukamaju FC", a heading), not a list's first item ("… bersama Rudi Wibisana, serta Band Lorato"),
    nor a pair of players ("Rudi / Rina"); as for a list of people (see :func:`_among_people`), a
    comma alone joins items only when a conjunction ends the run of names, not an apposition
    ("Direktur PT Lorato, Rudi Wibisana, …")."""
    toks, n = doc.tokens, len(doc.tokens)
    j = k - 1
    while j > 0 and toks[j].text in _BODY_JOINTS:
        j -= 1
    body = _body_ending_at(doc, toks[j].end) if j < k - 1 else None
    if body is None:
        return False
    x = end
    while x < n and (toks[x].text == "," or toks[x].is_cap and toks[x].is_word):
        x += 1
    goes_on = x < n and toks[x].text in _CONJUNCTIONS
    if not goes_on and all(t.text == "," for t in toks[j + 1:k]):
        return False  # (an apposition: "Direktur PT Lorato, Rudi Wibisana, …")
    i = doc.token_at.get(body)
    titles = doc.lx.title_words
    if i and (toks[i - 1].text in titles or toks[i - 1].text.lower() in titles):
        return False  # ("Rudi, Ketua DPRD Sukamaju, Rina Wati, dan …": a title's body, no item)
    runs_before = bool(i) and toks[i - 1].text == ","  # ("A, B dan X")
    j = end
    while j < n - 1 and toks[j].text in _BODY_JOINTS:
        j += 1
    if j > end and (goes_on or any(t.text != "," for t in toks[end:j])):
        if _kind_starts_at(doc, toks[j].start) == "person":
            return False
        return runs_before or toks[end].text == ","  # ("A, X, dan B")
    return runs_before


def _body_ending_at(doc: Document, pos: int) -> int | None:
    """Where the longest body's mention ending at the character ``pos`` starts; None when none,
    or when a person's mention ends there too."""
    spans = [(a, key) for a, b, key in doc.mentions.starting_between(pos - doc.mentions.longest, pos) if b == pos]
    if any(key.startswith("person:") for _, key in spans):
        return None
    return min((a for a, key in spans if key.startswith("org:")), default=None)


def _kind_starts_at(doc: Document, pos: int) -> str | None:
    """The kind of a mention starting at the character ``pos``, a person's first; None when none."""
    kinds = {key.partition(":")[0] for a, _, key in doc.mentions.starting_between(pos, pos + 1) if a == pos}
    return "person" if "person" in kinds else "org" if "org" in kinds else None


# the words that join the items of a list; a comma after the name only when one stands before
# it too, or a list's opener ("antara lain X, Y"): a comma alone may open an apposition ("agensi
# yang menaungi Rina, Lorato Entertainment, …") or a clause; nor the sides of a match ("X vs Y"),
# players as often as clubs
_JOINS = frozenset(("dan", "&"))
_LIST_OPENERS = frozenset((",", "lain", "yakni", "yaitu", "seperti", "termasuk"))


def _beside_a_body(doc: Document, k: int, end: int) -> bool:
    """Whether the name at tokens ``k``..``end`` is an item of a list with a body the article
    names for sure ("antara Sukamaju dan Garuda FC", "antara lain Lorato Bros, Sinar Pictures
    …"): a body itself (a person beside a body has a cue of its own somewhere, a title or a
    reporting verb, which outweighs this reading). A body of one word read by a guess
    ("Rina dan Lorato") or an unknown code ("TPE") is no evidence."""
    toks, mentions = doc.tokens, doc.mentions
    n = len(toks)
    opened = k > 0 and (toks[k - 1].text in _LIST_OPENERS or toks[k - 1].text == "antara")
    # (a list is opened before the name: "X dan Sukamaju FC" alone, a heading, may pair a person and a club)
    if end + 1 < n and opened and (toks[end].text in _JOINS or toks[end].text == ","):
        at = toks[end + 1].start
        for s, e, key in mentions.starting_between(at, at + 1):
            if key.startswith("org:") and _sure_body(doc, doc.ents[key]):
                return True
    if k > 1 and toks[k - 1].text in _JOINS:
        stop = toks[k - 2].end
        ending = [(s, key) for s, e, key in mentions.starting_between(stop - mentions.longest, stop)
                  if e == stop and key.startswith("org:")]
        if ending:
            s, key = min(ending)  # the whole body's name ("Komisi A DPRD Kabupaten Klaten", not its "DPRD …")
            at = doc.token_at.get(s)
            # (not the body of a post: "X, Ketua Komisi A DPRD Klaten dan Rina Wati yang …" lists people)
            return _sure_body(doc, doc.ents[key]) and not (at and toks[at - 1].text in doc.lx.title_words)
    return False


def _sure_body(doc: Document, ent: Entity) -> bool:
    """Whether a body is named in the article surely: in words, not implied by a title, by a
    name the lexicons know ("Persija", "KPK") or one with a body's word in it ("Lorato
    Pictures", "Garuda FC", "PT Sinar", "MDI Ventures"), not a name of two words a guess read as
    a body ("Rudi Wibisana dan Lorato Sanjaya"), nor an unknown code ("TPE")."""
    if ent.implied:
        return False
    lx, words = doc.lx, ent.name.split()
    return ent.name in lx.org_names or ent.name in lx.acronyms or lx.INSTITUTION_RE.match(ent.name) is not None or any(
        w in lx.org_words or w in lx.function_words["club_form"] or w in lx.legal_forms or
        len(words) > 1 and w.isupper() and len(w) > 1 for w in words)


# the reporting verbs of a question or an answer: asked of a person ("tanya jaksa kepada Rudi")
_ASKING = frozenset(("tanya", "bertanya", "jawab", "menjawab", "sahut", "timpal"))

# how many words a reporting verb may stand before "kepada" ("ujar Rudi Wibisana kepada …")
_REPORT_REACH = 5


def _told_after_a_report(doc: Document, j: int) -> bool:
    """Whether a reporting verb after a quotation stands at most a few words before "kepada" at
    token ``j``, its speaker between ("…,” kata Rudi kepada X", "…," ujarnya kepada X"): X is
    whom the words were said to, in news the outlet that reports them (not "mengirim pesan
    kepada X": no quotation before)."""
    toks, speech = doc.tokens, doc.lx.speech_words
    for x in range(j - 1, max(0, j - 1 - _REPORT_REACH), -1):
        t = toks[x].text
        if t in speech or t.endswith("nya") and t[:-3] in speech:
            return toks[x - 1].text in ("”", '"', ",") and t not in _ASKING
        if t in (".", ",", "”", '"', "!", "?"):
            return False
    return False


# a copula after a sentence's subject, and the words that may come before its noun
_COPULAS = frozenset(("merupakan", "adalah", "ialah"))
_ARTICLES = frozenset(("sebuah", "salah", "satu", "seorang"))
# what may stand before a sentence's subject: its start, a quotation's, a clause's ("bahwa X")
_SUBJECT_OPENERS = frozenset((".", "!", "?", '"', "“", ",", "(", "bahwa"))


def _said_to_be(doc: Document, k: int, end: int) -> str | None:
    """"thing" or "org" when the sentence says what the name at tokens ``k``..``end`` is with a
    copula and a thing's or a body's noun ("Malam Lorato merupakan album ketiganya", "Lorato
    adalah klub yang baru promosi"); the name must be the subject (not "… dipromosikan Rudi
    merupakan album …": the agent of a clause before)."""
    toks, fw = doc.tokens, doc.lx.function_words
    n = len(toks)
    if end >= n or toks[end].text not in _COPULAS or k and toks[k - 1].text not in _SUBJECT_OPENERS and \
            "\n" not in doc.text[toks[k - 1].end:toks[k].start]:
        return None
    j = end + 1
    while j < n and toks[j].text in _ARTICLES:
        j += 1
    if j < n and toks[j].text in fw["thing_noun"]:
        return "thing"
    if j < n and toks[j].text in fw["body_noun"]:
        return "org"
    return None


# the marks that open and close a quotation or a title set in quotes
_OPENING_MARKS, _CLOSING_MARKS = "\"“‘'", "\"”’'"


def _quoted(doc: Document, k: int, end: int) -> bool:
    """Whether the name at tokens ``k``..``end`` stands alone between quotation marks
    ("merilis “Malam Lorato”", "kampanye 'Sukamaju Maju'", "film ' Malam Lorato '"): a song's, a
    film's, a product's or a slogan's name set off as a title, not a person's (on the pool, 4 of 4
    such names; of 30 more random articles, 3 of 3 set apart by spaces)."""
    text, toks = doc.text, doc.tokens
    a, b = toks[k].start, toks[end - 1].end
    if a > 1 and b + 1 < len(text) and text[a - 1] == " " == text[b]:
        # marks set apart by spaces, as some outlets write them ("film ' Malam Lorato '"); not a
        # nickname inside a name ("Rudi ' Lorato ' Wibisana"), nor a name searched for ("atas nama ' X '")
        if k < 2 or end + 1 >= len(toks) or toks[k - 2].is_cap or toks[end + 1].is_cap or \
                toks[k - 2].text in ("nama", "bernama"):
            return False
        a, b = a - 1, b + 1
    return a > 0 and b < len(text) and text[a - 1] in _OPENING_MARKS and text[b] in _CLOSING_MARKS


def _beside_a_club_form(doc: Document, ent: Entity) -> bool:
    """Whether the article writes the person's name, or a short form of it, right after or
    before a club's form word ("AC Sukamaju", "Sukamaju City", "Garuda FC"), or the name holds
    one: a club's name, not a person's."""
    forms = doc.lx.function_words["club_form"]
    text, toks = doc.text, doc.tokens
    words = ent.name.split()
    if words[0] in forms and len(words) == 2 or words[-1] in forms:
        return True  # (not "Inter Rudi Wibisana": a club's form before a person's whole name, cut off it)
    for name in {ent.name, *ent.aliases}:
        m = len(name.split())
        at = text.find(name)
        while at >= 0:
            k = doc.token_at.get(at)
            at = text.find(name, at + 1)
            if k is None or k + m > len(toks):
                continue
            if k and toks[k - 1].text in forms and m == 1 or k + m < len(toks) and toks[k + m].text in forms:
                return True  # (a form before a longer name is a club's glued to a person's: "Inter Rudi Wibisana")
    return False


def _said_a_person(doc: Document, k: int, end: int) -> bool:
    """Whether the words around the mention at tokens ``k``..``end`` make it a person's: a
    reporting verb, a person's cue or an address before ("kata X", "Menurut X", "pelatih X",
    "Pak X"), a reporting verb after ("X mengatakan"). (Not the cues that are also function
    words: "oleh X", "kepada X", "bersama X" are said of bodies too.)"""
    lx, toks = doc.lx, doc.tokens
    if (toks[k].start, toks[end - 1].end) in _closed_complements(doc):
        return False  # "Pelatih Sukamaju, Rudi …": the title's body, its holder after the comma
    first = toks[k].text
    if end - k > 1 and (first in lx.title_words or first.lower() in lx.person_cues):
        return True  # a cue opening a sentence, read into the name's span ("Pelatih X puas.")
    prev = toks[k - 1].text if k else ""
    nxt = toks[end].text if end < len(toks) else ""
    fw = lx.function_words
    cue = (prev in lx.person_cues or prev.lower() in lx.person_cues) and not (
        end - k == 1 and lx.DEMONSTRATIVE_RE.match(doc.text, toks[k].end))  # ("pelatih Sukamaju itu": the club's)
    weak = any(prev.lower() in fw[kind] for kind in ("name_lead", "name_end", "report_end"))  # "oleh", "bersama" …
    return prev in lx.speech_words or cue and not weak or prev in fw["address"] or nxt in lx.speech_before_words


def _reported(doc: Document, k: int) -> bool:
    """Whether a reporting verb stands right before the mention at token ``k`` ("kata X"):
    only a person is so quoted (a body says things too: "kubu X menegaskan …")."""
    return k > 0 and doc.tokens[k - 1].text in doc.lx.speech_words


def _occurrences(doc: Document, words: list[str]) -> list[tuple[int, int]]:
    """Every place the article writes ``words`` as a name of its own, as (first token, end
    token): not inside a longer capitalized name."""
    toks, text, lx = doc.tokens, doc.text, doc.lx
    n, m = len(toks), len(words)
    name = " ".join(words)
    out = []
    at = text.find(name)
    while at >= 0:
        k = doc.token_at.get(at)
        at = text.find(name, at + 1)
        if k is None or k + m > n or any(toks[k + x].text != w for x, w in enumerate(words)):
            continue
        if k and toks[k - 1].is_cap and toks[k - 1].is_word and toks[k - 1].end + 1 >= toks[k].start and \
                toks[k - 1].text.lower() not in lx.name_cues and \
                (toks[k].start, toks[k + m - 1].end) not in _closed_complements(doc):
            continue  # (a cue opening a sentence is no part of the name: "Menjamu Watford …"; nor
            # a title before its body: "Pelatih Watford, Rudi …")
        if k + m < n and toks[k + m].is_cap and toks[k + m].is_word:
            continue
        out.append((k, k + m))
    return out


def _guessed(doc: Document, ent: Entity) -> bool:
    """Whether a person was found only by a guess from the words around the name: no title,
    honorific, degree, post or participant noun."""
    return isinstance(ent, PersonEntity) and not (ent.titles or ent.prefixes or ent.suffixes or ent.posts) \
        and ent.key not in doc.participant_people


def reread_people(doc: Document) -> None:
    """Read again each person found only by a guess, with every mention of the name in the
    article (see the module's docstring)."""
    all_people = [e for e in doc.ents.values() if e.kind == "person"]
    for ent in [e for e in all_people if _opens_with_a_derived_noun(doc, e)]:
        _cut_lead(doc, ent, list(doc.mentions.spans_of(ent.key)), 1, all_people)
    bodies = _body_names(doc)
    clubs = doc.lx.function_words["club_form"]
    for ent in list(all_people):
        lead = _ends_a_body(doc, ent, bodies)
        if lead:
            _trim_lead(doc, ent, lead)
        elif len(ent.name.split()) > 2 and ent.name.split()[0] in clubs:
            _trim_lead(doc, ent, 1)  # "pelatih Inter Rudi Wibisana": the club's form word, then the person
    for ent in [e for e in all_people if _bare_role(doc, e)]:
        _reread_a_role(doc, ent, all_people)
    people = [e for e in doc.ents.values() if _guessed(doc, e)]
    for ent in people:
        spans = list(doc.mentions.spans_of(ent.key))  # (a copy: the index changes under it)
        at = [(doc.token_at[s], doc.token_at[s] + len(doc.text[s:e].split())) for s, e in spans
              if s in doc.token_at]
        if not at:
            continue
        words = ent.name.split()
        # a person the article reads so (a reporting verb, a cue), or calls by the first name
        # alone ("Agnez" of "Agnez Mo", even with an album so named), stays one (not a first word
        # alone only ever read as a thing's: "film Bintang" of "film Bintang Kelana")
        said = any(_said_a_person(doc, k, end) for k, end in at) or len(words) > 1 and (
            any(x.name == words[0] for x in all_people) or words[0] in ent.aliases and any(
                _reading_at(doc, k, end) is None for k, end in _occurrences(doc, words[:1])))
        if ent.name in credited_names(doc):
            _retype(doc, ent, spans, "org", all_people)  # "Lorato meluncurkan …" and "Sumber: Lorato.": a body
            continue
        if _beside_a_club_form(doc, ent) and not any(_reported(doc, k) for k, _ in at):
            # a club's form beside the name outweighs the cues a club shares with a person
            # ("kubu Sukamaju", "Sukamaju" of "Sukamaju City", the first word of "Inter Sukamaju")
            _retype(doc, ent, spans, "org", all_people)
            continue
        readings = set() if said else {_reading_at(doc, k, end) for k, end in _occurrences(doc, words)} - {None}
        if not said and not readings and _lone_word(doc, ent, at):
            readings = {"thing"}  # "… meninggalkan Lorandia dan …": one word, once, nothing says a person
        if readings == {"org", "thing"}:
            readings = {"org"}  # "… Garuda FC dan Lorato" and "Lorato 76" (points, no version): a body
        if readings == {"org", "place"} and any(_after_a_team_cue(doc, k) for k, _ in _occurrences(doc, words)):
            readings = {"org"}  # "memperkuat Sukamaju" and "di Sukamaju": a club, played for and played at
        if len(readings) == 1:
            _retype(doc, ent, spans, readings.pop(), all_people)
        elif len(words) >= 3:
            lead = _lead_body(doc, words)
            if lead:
                _cut_lead(doc, ent, spans, lead, all_people)
    for ent in [e for e in doc.ents.values() if _guessed(doc, e) and e in all_people]:
        spans = list(doc.mentions.spans_of(ent.key))
        if _typed_a_thing(doc, ent, spans):
            _retype(doc, ent, spans, "thing", all_people)
    for ent in list(all_people):
        lead = _lead_apart(doc, ent) or _lead_named_apart(doc, ent)
        if lead:
            head = " ".join(ent.name.split()[:lead])
            _trim_lead(doc, ent, lead)
            for other in [e for e in all_people if e.name == head and _guessed(doc, e)]:
                # the body's word, met alone elsewhere and guessed a person there ("Lorato
                # memberikan …" of "Lorato Ventures"): none (one reading per discourse)
                _retype(doc, other, list(doc.mentions.spans_of(other.key)), "thing", all_people)
    for ent in list(all_people):
        _widen_to_given_name(doc, ent)


def _typed_a_thing(doc: Document, ent: Entity, spans: list[tuple[int, int]]) -> bool:
    """Whether the statistical typer (:mod:`graph.extract.typer`), reading every mention of a
    person found only by a guess, is sure the name is a thing's or a body's ("Lorato" of
    "pengguna Lorato bisa mengunduh …"): never when a mention has a person's cue beside it
    ("kata X", "X, warga …", "X (45),"), beside it in a list, or the name is written as initials."""
    from .. import typer  # (here: ``python -m graph.extract.typer`` imports this pass's package first)
    toks, lx = doc.tokens, doc.lx
    at = [(doc.token_at[s], doc.token_at[s] + len(doc.text[s:e].split())) for s, e in spans if s in doc.token_at]
    if not at or len(doc.sentences) < _DISCOURSE or any(_said_a_person(doc, k, end) for k, end in at):
        return False  # (a text of a sentence or two is no discourse to read a name in)
    if any(are_initials(doc, ent.name, k, toks[end - 1].end) for k, end in at + _occurrences(doc, ent.name.split())):
        return False  # "pelaku berinisial CAS": a suspect's initials
    cues = typer.cue_sets(lx)
    odds = []
    for k, end in at:
        s0, e0 = doc.sentence_of(toks[k].start)
        a0, b0 = bisect.bisect_left(doc.token_starts, s0), bisect.bisect_left(doc.token_starts, e0)
        if not a0 <= k < end <= b0:
            return False
        if typer.cue_at(lx, cues, toks, a0, b0, k, end) == "person" or _among_people(doc, k, end):
            return False
        odds.append(typer.thing_log_odds(typer.mention_features(lx, toks, a0, b0, k, end, doc.text)))
    return typer.thing_probability(odds) >= typer.model()[1]


# the words that join the items of a list of names ("A, B, dan C", "A hingga C")
_LIST_JOINTS = frozenset((",", "dan", "serta", "atau", "hingga", "/", "&"))
# the words that join the items of a list of bodies (not "/": "Rudi / Rina", a pair of players)
_BODY_JOINTS = _LIST_JOINTS - {"/"}
_CONJUNCTIONS = _LIST_JOINTS - {","}
# an age after a name, in parentheses or not ("Rudi 45 tahun", "Rudi (45)")
_AGE_OF = re.compile(r"\s*(?:\(\s*\d{1,3}\s*(?:tahun\s*)?\)|,?\s*\d{1,3}\s*(?:tahun|thn)\b)")


def _among_people(doc: Document, k: int, end: int) -> bool:
    """Whether the name at tokens ``k``..``end`` is said a person's by what is next to it: an
    age after it ("Rudi 45 tahun"), a kin word before it ("putrinya, Rina"), or a person's name
    beside it in a list ("Rina Wati, Rudi dan …", "… hingga Rudi")."""
    toks, n = doc.tokens, len(doc.tokens)
    if _AGE_OF.match(doc.text, toks[end - 1].end):
        return True
    j = k - 1
    if j >= 0 and toks[j].text == ",":
        j -= 1
    if j >= 0 and toks[j].text.lower().removesuffix("nya") in doc.lx.function_words["possessor"]:
        return True
    # (a comma alone joins a list only when a conjunction ends the run of names and commas after
    # the name: "A, X, B, dan C", not the apposition "Pebalap X, Rudi Wibisana, punya …")
    x = end
    while x < n and (toks[x].text == "," or toks[x].is_cap and toks[x].is_word):
        x += 1
    goes_on = x < n and toks[x].text in _CONJUNCTIONS
    j = k - 1
    while j > 0 and toks[j].text in _LIST_JOINTS:
        j -= 1
    if j < k - 1 and _person_ends_at(doc, toks[j].end) and (
            goes_on or any(t.text != "," for t in toks[j + 1:k])):
        return True
    j = end
    while j < n - 1 and toks[j].text in _LIST_JOINTS:
        j += 1
    return j > end and _person_starts_at(doc, toks[j].start) and (
        goes_on or any(t.text != "," for t in toks[end:j]))


# how many sentences a text needs for a name met only once in it to be a sign of no person
_DISCOURSE = 5

# how sure the tagger must be that a lone word is a person's name (of one word met once, it
# reads brands and clubs as people at 0.6-0.9; given names it knows at 0.97 and more)
_KNOWN_NAME = 0.97

# what after a name says a person's: an age ("Rudi (45)", "Rudi (perempuan, 20 tahun)")
_AGE_AFTER = re.compile(r"\s*\((?:[a-z-]+\s*,\s*)?\d{1,3}\s*(?:tahun\s*)?\)")


def _lone_word(doc: Document, ent: Entity, at: list[tuple[int, int]]) -> bool:
    """Whether a person guessed from one word is met only once in an article, and nothing
    there says a person: no age after it, no kin, name or title before it ("istri Rudi", "bernama
    Rudi", "manajer Rudi"), no role after it ("Rudi, warga …"), no person's name beside it in a
    list ("Rina Wati dan Rudi"), and the tagger does not know it well as a given name. Such a word
    is a brand, a club, a stadium, a product or a title more often than a name (on 190 random
    articles of the pool: 53 such words no person, 12 people), and the tail of a longer name
    after a spaced hyphen ("tim Kartamaya - Lorandia") is never one."""
    if len(at) != 1 or " " in ent.name or ent.aliases or len(doc.sentences) < _DISCOURSE:
        return False  # (in a text of a sentence or two, a name met once says nothing)
    k, end = at[0]
    lx, toks = doc.lx, doc.tokens
    fw, n = lx.function_words, len(toks)
    prev = toks[k - 1].text if k else ""
    if prev == "-":
        return True  # "tim Kartamaya - Lorandia": the end of a longer name, no name of its own
    joints = lx.list_joints | {"/"}  # ("Rudi / Wibisana": a pair of players)
    if prev.lower() in fw["possessor"] or prev in fw["naming"] or prev == "nama" or prev in fw["person_deed"]:
        return False  # "keluarga Wibisana", "kekasih Rina", "bernama Sunardi", "atas nama Sunardi", "sepakan Rudi"
    if prev in lx.title_words and lx.DEMONSTRATIVE_RE.match(doc.text, toks[end - 1].end):
        return True  # "mantan pelatih Sukamaju itu": the body the role was held in
    if prev in lx.title_words or k > 1 and toks[k - 2].text in lx.title_words and prev.islower():
        return False  # "manajer Rudi", "Presiden pertama Wibisana": a title's holder
    nxt = toks[end + 1] if end + 1 < n and toks[end].text == "," else toks[end] if end < n else None
    if nxt is not None and nxt.text.islower() and (
            nxt.text in lx.person_nouns_lower or nxt.text in ("salah", "seorang")):
        return False  # "Sunardi, warga Desa …", "Sunardi salah seorang warga …"
    if end + 2 < n and toks[end].text == "," and (toks[end + 1].text in lx.title_words or (
            toks[end + 1].text in lx.former_words and toks[end + 2].text in lx.title_words)):
        return False  # "Sunardi, mantan pemain Persikota ini, …": a title after the name
    if _AGE_AFTER.match(doc.text, toks[end - 1].end) or are_initials(doc, ent.name, k, toks[end - 1].end):
        return False  # ("AG (45)", "pelaku berinisial MU")
    a0, _, _, outside = crf_sentence(doc, k)
    if outside[k - a0] <= 1 - _KNOWN_NAME:
        return False  # a given name the tagger knows well ("…, Sunardi dan …")
    j = k - 1
    while j > 0 and toks[j].text in joints:
        j -= 1  # (", dan")
    if j < k - 1 and _person_ends_at(doc, toks[j].end):
        return False  # "Rina Wati dan Rudi", "Rina Wati, dan Rudi": an item of a list of people
    j = end
    while j < n - 1 and toks[j].text in joints:
        j += 1
    if j > end and _person_starts_at(doc, toks[j].start):
        return False  # "Rudi dan Rina Wati"
    return True


def _person_ends_at(doc: Document, pos: int) -> bool:
    """Whether a person's mention ends at the character ``pos``."""
    return any(b == pos and key.startswith("person:")
               for _, b, key in doc.mentions.starting_between(pos - doc.mentions.longest, pos))


def _person_starts_at(doc: Document, pos: int) -> bool:
    """Whether a person's mention starts at the character ``pos``."""
    return any(a == pos and key.startswith("person:") for a, _, key in doc.mentions.starting_between(pos, pos + 1))


def _body_names(doc: Document) -> dict[str, list[str]]:
    """The names and aliases of the article's bodies of two words or more, by their last word."""
    out: dict[str, list[str]] = {}
    for e in doc.ents.values():
        if e.kind == "org":
            for name in {e.name, *e.aliases}:
                if name and " " in name:
                    out.setdefault(name.rsplit(" ", 1)[1], []).append(name)
    return out


def _ends_a_body(doc: Document, ent: Entity, bodies: dict[str, list[str]]) -> int:
    """How many first words of a person's name of three words or more end the name of a body
    of the article written right before it ("Konstitusi" of "Ketua Mahkamah Konstitusi Rudi
    Wibisana" when the article names "Mahkamah Konstitusi"); 0 when none."""
    words = ent.name.split()
    if not isinstance(ent, PersonEntity) or len(words) < 3:
        return 0
    text = doc.text
    for x in (1, 2):
        if len(words) - x < 2:
            break
        lead = " ".join(words[:x])
        for name in bodies.get(words[x - 1], ()):
            if not name.endswith(" " + lead):
                continue
            head = name[:-len(lead)]  # ("Mahkamah ")
            for s, _ in doc.mentions.spans_of(ent.key):
                if text.startswith(ent.name, s) and text.endswith(head, 0, s):
                    return x
    return 0


def _lead_apart(doc: Document, ent: Entity) -> int:
    """How many first words (one or two) of a person's name of three words or more the article
    writes elsewhere as the first word of a body's or a place's name (read so by an earlier pass,
    or by the statistical tagger at least :data:`_SURE_BODY` sure): "Lorato" of "Direktur
    Eksekutif Lorato Rudi Wibisana" where the article also writes "lembaga Lorato Indonesia"
    (one reading per discourse); 0 when none. Never a given name the lexicon knows, a word met
    elsewhere only alone or in another person's name ("Dream" of "Dream Renée Kardashian"), a
    word a reporting verb is said of ("ucap Debby"), nor before a place's or an English name."""
    words = ent.name.split()
    if not isinstance(ent, PersonEntity) or len(words) < 3:
        return 0
    text, toks, lx, n = doc.text, doc.tokens, doc.lx, len(doc.tokens)
    for x in (1, 2):
        if len(words) - x < 2:
            break
        word = words[x - 1]
        if not word.isalpha() or word in lx.name_starts or word in lx.birth_names or word in lx.prefixes:
            break
        if not words[x].isalpha() or not words[x][:1].isupper() or len(words[x]) < 2:
            continue  # ("Timor - Leste Aurelio …", "Miryam S. Haryani": no name starts there)
        if lx.is_english_name(words[x:]):
            return 0  # ("Top Male Artist": no person's name, cut or not)
        at = text.find(word)
        while at >= 0:
            k = doc.token_at.get(at)
            at = text.find(word, at + 1)
            if k is None or toks[k].text != word or k + 1 >= n or not toks[k + 1].is_cap or \
                    not toks[k + 1].is_word or toks[k].end + 1 < toks[k + 1].start or toks[k + 1].text in words:
                continue  # (only the first word of another name, written apart from this one's)
            kinds = {key.partition(":")[0] for a, b, key in doc.mentions.starting_between(
                toks[k].start - doc.mentions.longest, toks[k].end) if a <= toks[k].start < b and key != ent.key}
            if "person" not in kinds and (kinds & {"org", "place"} or _tagged_a_body(doc, k)):
                rest = " ".join(words[x:])
                if rest in lx.countries or lx.region_candidates(rest) or any(
                        _said_a_person(doc, a, b) for a, b in _occurrences(doc, [word])):
                    return 0  # ("SEA Games Kuala Lumpur": a place's name after it; "ucap Debby": a person's)
                return x
    return 0


def _lead_named_apart(doc: Document, ent: Entity) -> int:
    """1 when the first word of a person's name of three words or more, found after a title,
    is written elsewhere on its own, read there by the statistical tagger as a body's or a
    place's name (at least :data:`_SURE_BODY` sure) and never as a person's: "Sukamaju" of "Presiden Sukamaju Rudi
    Wibisana" where the article also writes "Sukamaju menang …": the title's body, then the
    holder's name of two words or more (one reading per discourse); 0 otherwise. Never a given name the lexicon knows, a word a reporting verb is said of, nor
    before a place's or an English name."""
    words = ent.name.split()
    if not isinstance(ent, PersonEntity) or len(words) < 3 or not ent.posts:
        return 0
    lx, word = doc.lx, words[0]
    if not word.isalpha() or word in lx.name_starts or word in lx.birth_names or word in lx.prefixes or \
            not words[1].isalpha() or not words[1][:1].isupper() or len(words[1]) < 2:
        return 0
    rest = " ".join(words[1:])
    if lx.is_english_name(words[1:]) or rest in lx.countries or lx.region_candidates(rest):
        return 0
    alone = [k for k, _ in _occurrences(doc, [word])
             if k + 1 >= len(doc.tokens) or doc.tokens[k + 1].text != words[1]]
    if not alone or any(_said_a_person(doc, k, k + 1) for k in alone):
        return 0
    return 1 if any(_tagged_a_body(doc, k) for k in alone) and not any(_tagged_a_person(doc, k) for k in alone) else 0


def _tagged_a_person(doc: Document, k: int) -> bool:
    """Whether the statistical tagger reads token ``k`` as (a word of) a person's name."""
    a0, labels, _, _ = crf_sentence(doc, k)
    return labels[k - a0][2:] == "PER"


def _widen_to_given_name(doc: Document, ent: Entity) -> None:
    """A person named so far by one word, which the article writes elsewhere after a given name
    ("Coleman" of "Asisten Coleman" where the article opens with "Chris Coleman resmi …"), is
    named in full (one reading per discourse): the word right before a mention, capitalized,
    read by the statistical tagger as the start of a person's name the mention goes on, and no
    title, rank, body's or English word, no word written in lowercase or in a body's or a
    place's name elsewhere, nor the tail of a hyphenated name; never when the article writes two
    such words before the name ("Lindsay Lohan" and "Mike Lohan": two people of one family),
    nor for a national figure's short name ("Jokowi")."""
    if not isinstance(ent, PersonEntity) or " " in ent.name or ent.name in doc.lx.short_names:
        return  # (a name of two words or more is a given and a family name already)
    text, toks, lx = doc.text, doc.tokens, doc.lx
    before, spans = set(), []
    for s, e in doc.mentions.spans_of(ent.key):
        k = doc.token_at.get(s)
        if k is None or k < 1 or text[s:e] != ent.name:
            continue
        w = toks[k - 1]
        if w.end + 1 != s or text[w.end] != " " or not w.text.isalpha() or not w.text[:1].isupper() or \
                not w.text[1:].islower():
            continue
        if w.text in lx.title_words or w.text.lower() in lx.title_words or w.text in lx.prefixes or \
                w.text in lx.ranks or w.text in lx.org_words or w.text in lx.english_common or lx.is_common_word(w.text):
            continue
        prev, prev2 = toks[k - 2].text if k > 1 else "", toks[k - 3].text if k > 2 else ""
        if prev in ("-", "–") and prev2.isalpha() and prev2[1:].islower() or \
                prev in lx.title_words or prev.lower() in lx.title_words or prev in lx.org_words:
            continue  # ("Paris Saint - Germain Neymar", "Menko Polhukam Wiranto": the end of a longer name)
        if any(a <= w.start < b for a, b, _ in doc.mentions.starting_between(w.start - doc.mentions.longest, w.end)):
            continue  # (a word of another name)
        a0, labels, _, _ = crf_sentence(doc, k)
        if labels[k - 1 - a0] == "B-PER" and labels[k - a0] == "I-PER":
            before.add(w.text)
            spans.append((w.start, s, e))
    if len(before) != 1:
        return  # (none, or two given names: two people of one family name)
    given = before.pop()
    if written_lowercase(doc, given) or _in_a_body(doc, given) or _other_given_name(doc, given, ent.name):
        return
    short = ent.name
    for a, s, e in spans:
        doc.mention(a, e, ent.key)
    ent.name = f"{given} {short}"
    ent.aliases.add(short)


def _in_a_body(doc: Document, word: str) -> bool:
    """Whether the article writes ``word`` in a body's or a place's name ("Muhammadiyah")."""
    at = doc.text.find(word)
    while at >= 0:
        if any(a <= at < b and not key.startswith("person:") for a, b, key in
               doc.mentions.starting_between(at - doc.mentions.longest, at + 1)):
            return True
        at = doc.text.find(word, at + 1)
    return False


def _other_given_name(doc: Document, given: str, family: str) -> bool:
    """Whether the article writes another capitalized word than ``given`` right before the name
    ``family`` ("Lindsay Lohan" beside "Mike Lohan")."""
    text, toks = doc.text, doc.tokens
    at = text.find(family)
    while at >= 0:
        k = doc.token_at.get(at)
        if k and toks[k].text == family and toks[k - 1].end + 1 == at and toks[k - 1].text != given and \
                toks[k - 1].text[:1].isupper() and toks[k - 1].text.isalpha() and \
                not doc.lx.is_common_word(toks[k - 1].text):
            return True
        at = text.find(family, at + 1)
    return False


# how sure the tagger must be of a body's or a place's word elsewhere to cut it off a person's name
_SURE_BODY = 0.8


def _tagged_a_body(doc: Document, k: int) -> bool:
    """Whether the statistical tagger reads token ``k`` as (a word of) a body's or a place's name."""
    a0, labels, probs, _ = crf_sentence(doc, k)
    return labels[k - a0][2:] in ("ORG", "LOC") and probs[k - a0] >= _SURE_BODY


def _trim_lead(doc: Document, ent: Entity, lead: int) -> None:
    """The person ``ent`` named without the ``lead`` first words of its name, which are a body's:
    its mentions start after them, a mention of those words alone is none of its (its titles
    and the posts they give are kept)."""
    toks, words = doc.tokens, ent.name.split()
    head = set(words[:lead])
    for s, e in list(doc.mentions.spans_of(ent.key)):
        k, written = doc.token_at.get(s), doc.text[s:e].split()
        if k is None or not set(written[:lead]) <= head:
            continue
        del doc.mentions[(s, e)]
        if len(written) > lead and written[:lead] == words[:lead]:
            doc.mention(toks[k + lead].start, e, ent.key)
    ent.aliases.discard(ent.name)
    ent.aliases -= {a for a in ent.aliases if set(a.split()) <= head}
    ent.name = " ".join(words[lead:])


def _opens_with_a_derived_noun(doc: Document, ent: Entity) -> bool:
    """Whether a person's name of two words or more, with no post read for it, opens with a
    noun derived with pe-an, per-an or ke-an from a dictionary root ("Keamanan Rudi Wibisana" of
    "Menteri Koordinator bidang Politik, Hukum, dan Keamanan Rudi Wibisana", "Keputusan Sutejo
    untuk …"): the end of a field's or a body's name, or a common noun opening the sentence, no
    given name (on the pool, 7 of 7 such names)."""
    words, lx = ent.name.split(), doc.lx
    return isinstance(ent, PersonEntity) and len(words) > 1 and not ent.posts and \
        bool(lx.DERIVED_NOUN_RE.match(words[0])) and lx.is_common_word(words[0]) and words[0] not in lx.title_words


def _bare_role(doc: Document, ent: Entity) -> bool:
    """Whether a person was found only after a role word that names no body of its own
    ("pemain X", "pelatih X"): no honorific, degree or participant noun, every title without
    a complement."""
    return isinstance(ent, PersonEntity) and bool(ent.posts) and not (ent.prefixes or ent.suffixes) and \
        set(ent.titles) <= {p.title for p in ent.posts} and all(not p.comp and not p.pre for p in ent.posts) and \
        ent.key not in doc.participant_people


def _reread_a_role(doc: Document, ent: Entity, people: list[Entity]) -> None:
    """A club's name after a player's or a coach's role word ("pemain Garuda Muda lebih fokus")
    is the club's, when the article elsewhere reads the name as a club's only (a side of a
    result, "menjamu X", a club's form word beside it) and never as a person's."""
    spans = list(doc.mentions.spans_of(ent.key))
    at = [(doc.token_at[s], doc.token_at[s] + len(doc.text[s:e].split())) for s, e in spans if s in doc.token_at]
    words = ent.name.split()
    if not at or any(_said_a_person(doc, k, end) for k, end in at):
        return
    if _beside_a_club_form(doc, ent) or \
            {_reading_at(doc, k, end) for k, end in _occurrences(doc, words)} - {None} == {"org"}:
        _retype(doc, ent, spans, "org", people)


def _lead_body(doc: Document, words: list[str]) -> int:
    """How many first words of a person's name of three words or more are no part of it: the
    article reads them elsewhere, alone, as a body or a place ("Lyon" of "Lyon Maxwell
    Cornet"), or writes the first word alone never as a person's while it writes the next one
    alone as a person's ("Ketua RW 02 Jatipadang Arief Syarifuddin", then "Jatipadang jebol"
    and "kata Arief"); 0 when none."""
    for x in (1, 2):
        if len(words) - x < 2:
            break
        if {_reading_at(doc, k, end) for k, end in _occurrences(doc, words[:x])} & {"org", "place"}:
            return x
    if len(words) >= 3:
        lead, given = _occurrences(doc, words[:1]), _occurrences(doc, words[1:2])
        if lead and not any(_said_a_person(doc, k, end) for k, end in lead) and \
                any(_said_a_person(doc, k, end) for k, end in given):
            return 1
    return 0


def _retype(doc: Document, ent: Entity, spans: list[tuple[int, int]], reading: str, people: list[Entity]) -> None:
    """The person ``ent`` is no person: its mentions name a body or a place, or a thing of no
    entity of ours."""
    if any(x.refers_to(ent.key) for x in doc.ents.values()):
        return
    del doc.ents[ent.key]
    people.remove(ent)
    for span in spans:
        del doc.mentions[span]
    if reading == "thing":
        return
    for s, e in sorted(spans, key=lambda span: span[0] - span[1]):  # (the longest first: "Sukamaju City", then "Sukamaju")
        k = doc.token_at.get(s)
        words = doc.text[s:e].split()
        club = _club_named_so(doc, words) if reading == "org" else None
        if club is not None:
            doc.mention(s, e, club.key)  # "Sukamaju" of "Sukamaju City": the club, one body
            club.aliases.add(doc.text[s:e])
            continue
        add_name(doc, reading, s, e, words, doc.tokens[k - 1].text if k else "", people)


def _club_named_so(doc: Document, words: list[str]) -> Entity | None:
    """The one body of the article whose name is ``words`` with a club's form word before or
    after them ("Sukamaju City", "AC Sukamaju" for "Sukamaju"); None when none or two."""
    clubs = doc.lx.function_words["club_form"]
    n = len(words)
    found = [e for e in doc.ents.values() if e.kind == "org" and len(e.name.split()) == n + 1 and (
        e.name.split()[-1] in clubs and e.name.split()[:-1] == words or
        e.name.split()[0] in clubs and e.name.split()[1:] == words)]
    return found[0] if len(found) == 1 else None


def _cut_lead(doc: Document, ent: Entity, spans: list[tuple[int, int]], lead: int, people: list[Entity]) -> None:
    """The person ``ent``'s name starts with ``lead`` words of a body or place: the person is
    named by the rest ("Lyon Maxwell Cornet" → "Maxwell Cornet"), and a mention of those words
    alone names the body or place."""
    if any(x.refers_to(ent.key) for x in doc.ents.values()):
        return
    toks: list[Token] = doc.tokens
    head = " ".join(ent.name.split()[:lead])
    del doc.ents[ent.key]
    people.remove(ent)
    for span in spans:
        del doc.mentions[span]
    for s, e in spans:
        k = doc.token_at.get(s)
        if k is None:
            continue
        written = doc.text[s:e]
        prev = toks[k - 1].text if k else ""
        if written == head:
            readings = {_reading_at(doc, a, b) for a, b in _occurrences(doc, head.split())} & {"org", "place"}
            if readings:  # (else a word the article leaves unread)
                add_name(doc, readings.pop(), s, e, head.split(), prev, people)
        elif set(written.split()) <= set(head.split()):
            continue  # ("Korupsi" of "Pemberantasan Korupsi Rudi"): a word of the body's name, no name
        elif written.startswith(head + " "):
            add_name(doc, "person", toks[k + lead].start, e, written.split()[lead:], toks[k + lead - 1].text, people)
        else:
            add_name(doc, "person", s, e, written.split(), prev, people)


PASS = Pass("readings", reread_people,
            reads=("ents", "mentions", "participant_people", "org_alias", "region", "law_spans", "acr_defs"),
            assigns=("ents", "mentions", "org_alias"))
