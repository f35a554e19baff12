"""Names the rules left alone, from the statistical tagger (:mod:`graph.extract.ner`).

Tags each sentence where a capitalized word is still free, and takes a span the tagger is
confident of when no mention or title found by the rules overlaps it: the rules'
decisions stand, the tagger only fills their gaps. People are taken readily; bodies and
places only when the tagger is very sure::

    Cara bertani seperti itu harus diubah , tandas Widyatmoko .
    → Widyatmoko, a person no rule had a cue for

Leaves to later passes: nothing of names; posts, quotes and events are read afterwards.
"""
from __future__ import annotations

import bisect
import itertools
import re

from .. import ner
from ..document import Document, Pass, Spans
from ..lexicon import Lexicon
from ..lookup.names import add_name, hyphen_joins, names_a_body, names_a_thing, particle_joins, written_lowercase
from ..lookup.tagger import CRF_KIND, crf_sentence

__all__ = ["find_tagged_names", "PASS"]


# the tagger's organizations and places cost more than they bring on our own articles (it
# takes terms such as "NIB", "QRIS" for bodies): it adds people, and bodies and places only
# when very sure (_CRF_OTHER), not a single acronym or common word, not at a sentence's start
_CRF_TYPES = frozenset({"PER"})


# a person the tagger is at least this sure of is taken even when each word is a common word
# or a village's name ("… melihat Budi memiliki …")
_CRF_SURE_NAME = 0.8


# a body or a place the rules left alone is taken when the tagger is at least this sure of it
# (chosen on the held-out fifth: 0.8, 0.9 and 0.95 score alike there; 0.99 adds nothing)
_CRF_OTHER = 0.9


def _plausible_name(lx: Lexicon, words: list[str], common_ok: bool = False) -> bool:
    """Whether words the tagger calls a name may be one: not all dictionary words
    ("Kekayaan Intelektual", unless ``common_ok``), no acronym ("NIB"), no title, honorific
    or cue word."""
    if not common_ok and all(lx.is_common_word(w) for w in words):
        return False
    cue_words = (lx.titles, lx.suffixes, lx.prefixes, lx.thing_words, lx.start_words, lx.office_words,
                 lx.person_cues, lx.org_words, lx.geo_words, lx.place_cues)
    return not any(w.isupper() and not re.fullmatch(r"[A-Z]\.", w) or any(w in c for c in cue_words) or
                   w[:5] in lx.agency_stems for w in words if len(w) > 1)  # (a middle initial is no acronym)


def _defines_a_term(lx: Lexicon, text: str, end: int) -> bool:
    """Whether the words ending at ``end`` are followed by a term's acronym in parentheses
    ("Pegawai Negeri Sipil (PNS)"): they spell a term out, they name nothing."""
    m = re.match(r"\s*\(\s*([^()\s]{2,12})\s*\)", text[end:end + 20])
    return bool(m) and lx.acronyms.get(m.group(1), {}).get("kind") == "term"


def _may_start_name(lx: Lexicon, word: str) -> bool:
    """Whether the word alone lets a capitalized ``word`` start a name the tagger should be
    asked about: not in capitals, no weekday or month, no title or cue word (a dictionary word
    may only after a lowercase word or a comma: asked where that matters). Kept across articles."""
    memo = lx.word_memo.setdefault("crf_may_start", {})
    if word not in memo:
        if len(memo) > 200_000:  # a long run over a large corpus: start afresh
            memo.clear()
        memo[word] = not (word.isupper() or word.lower() in lx.weekdays or word.lower() in lx.months or
                          not _plausible_name(lx, [word], common_ok=True))
    return memo[word]


# what may stand before a sentence's first word inside it: a quotation mark, a dash, a parenthesis
_OPENERS = frozenset({"“", '"', "(", "-", "–", "—", ":"})


def _in_a_body_or_place(doc: Document, pos: int) -> bool:
    """Whether the character at ``pos`` lies in a mention of a body or a place."""
    return any(x <= pos < y and not k.startswith("person:")
               for x, y, k in doc.mentions.starting_between(pos - doc.mentions.longest, pos + 1))


def find_tagged_names(doc: Document) -> None:
    """Names the rules left alone, from the statistical tagger (:mod:`graph.extract.ner`).

    Each sentence is tagged; a span is taken when the tagger is confident of all its
    tokens, it starts with a capital, and no mention or title found by the rules overlaps
    it: the rules' decisions stand, the tagger only fills their gaps.
    """
    text, lx = doc.text, doc.lx
    taken = Spans([*doc.mentions, *doc.title_spans, *doc.law_spans])
    people = [e for e in doc.ents.values() if e.kind == "person"]
    starts = doc.token_starts
    covered = set()  # tokens inside a rule's mention or a title
    heads = lx.crf_skip_heads
    for x, y in taken.items:
        covered.update(range(bisect.bisect_left(starts, x), bisect.bisect_left(starts, y)))
    tokens = doc.tokens
    # the capitalized words the rules left free that may start a name
    free = [i for i in itertools.compress(range(len(tokens)), doc.cap_words)
            if i not in covered and _may_start_name(lx, tokens[i].text)]
    for s0, e0 in doc.sentences:
        a0, b0 = bisect.bisect_left(starts, s0), bisect.bisect_left(starts, e0)
        # the tagger only runs where the rules left a capitalized word that may start a name: one
        # right after a lowercase word or a comma ("melihat Budi memiliki …"), or no dictionary word
        # (asked last: the dictionary's test of a new word, the stemmer's, costs the most)
        lo, hi = bisect.bisect_left(free, a0), bisect.bisect_left(free, b0)
        if not any(i > a0 and tokens[i].text not in heads and (
                   tokens[i - 1].text.isalpha() and tokens[i - 1].text.islower() or tokens[i - 1].text == ",") or
                   not lx.is_common_word(tokens[i].text)
                   for i in free[lo:hi]):
            continue
        toks = tokens[a0:b0]
        _, labels, probs, _ = crf_sentence(doc, a0)
        for a, b, label, p in ner.spans_of(labels, probs):
            if p < ner.MIN_PROBABILITY or not toks[a].is_cap:
                continue
            if label == "PER":  # the tagger stops at a hyphen the corpora write with spaces: "Kim Sung - bok",
                # "Marco - Andre ter Sutejo"
                if a > 1 and hyphen_joins(doc, toks, a - 1, a - 2) and not (
                        a > 2 and toks[a - 3].is_cap and toks[a - 3].is_word):  # (not "Rudi Wibisana - Bambang Sutejo")
                    a -= 2
                while hyphen_joins(doc, toks, b, a) or particle_joins(doc, toks, b, a) or \
                        b + 1 < len(toks) and toks[b].text in lx.name_inner and \
                        toks[b + 1].is_cap and toks[b + 1].is_word and a < b:
                    b += 3 if toks[b].text in lx.name_particles else 2
            if label == "PER" and (a == 0 or toks[a - 1].text in _OPENERS) and written_lowercase(doc, toks[a].text):
                a += 1  # "Alasan Rudi …", "Mulai tahun depan …": a sentence's first word, a common word
                if a == b:  # the article writes in lowercase elsewhere, is no part of a name
                    continue
            run = toks[a:b]
            s, e = run[0].start, run[-1].end
            if taken.overlaps(s, e) or lx.TITLE_RE.match(text, s):
                continue
            if a > 1 and toks[a - 1].text == "-" and _in_a_body_or_place(doc, toks[a - 2].start):
                continue  # "Bandara Soekarno - Hatta": the rest of a place's or body's name after a hyphen
            words = [t.text for t in run]
            phrase = text[s:e]
            if phrase in lx.thing_words or words[0] in lx.event_heads or lx.names_a_pool(words):
                continue  # "Tanah Air": a thing's name, said as a whole, the tagger reads as one;
                # "Liga Sukamaju": a competition (as the names pass reads it), no one
            if "(" in phrase or ")" in phrase or _defines_a_term(lx, text, e):
                continue  # "Pegawai Negeri Sipil (PNS": a term and its acronym name nothing
            known = doc.named(phrase, ("place", "org"), alias=True)
            if known:  # "naik ke Dieng" made it a place: so it is in "dataran tinggi Dieng"
                doc.mention(s, e, known.key)
                taken.add((s, e))
                continue
            prev = toks[a - 1].text if a else ""
            at_start = prev in ("", "“", '"', "(", "-", "–", "—")
            # many given names are also common words or villages ("Budi", "Sri"): where the
            # tagger is sure of a person, a capitalized word that is one still names them
            sure = p >= _CRF_SURE_NAME and prev not in lx.place_nouns and prev.lower() not in ("di", "ke", "dari")
            if label in ("ORG", "LOC") and p >= _CRF_OTHER and not (len(words) == 1 and (
                    words[0].isupper() or lx.is_common_word(words[0]))) and not at_start and \
                    not any(w in lx.title_words or w in lx.person_cues for w in words):
                add_name(doc, CRF_KIND[label], s, e, words, prev, people)
                doc.confidence[(s, e)] = round(p, 3)
                taken.add((s, e))
                continue
            if label in _CRF_TYPES and _plausible_name(lx, words) and names_a_body(doc, a0 + a):
                add_name(doc, "org", s, e, words, prev, people)  # "perusahaan Sinar Teknika": a body
                taken.add((s, e))
                continue
            if label not in _CRF_TYPES or not _plausible_name(lx, words, common_ok=sure) or \
                    at_start and lx.is_common_word(words[0]) and not sure or \
                    lx.region_candidates(phrase) and not sure or \
                    prev == ":" and len(toks) < 6 or \
                    names_a_thing(doc, a0 + a):  # "Debit Cimanuk masih …", "Laporan: Annisa R.", "lagu X"
                continue
            add_name(doc, CRF_KIND[label], s, e, words, prev, people)
            doc.confidence[(s, e)] = round(p, 3)  # the tagger alone read it: how sure it was
            taken.add((s, e))


PASS = Pass("crf", find_tagged_names,
            reads=("ents", "mentions", "org_alias", "title_spans", "law_spans"),
            assigns=("ents", "mentions", "org_alias", "confidence"))
