"""Posts written after the person: "X, yang menjabat …", "X, selaku …", "X, Direktur PT Y, …",
"X adalah Direktur PT Y".

For a title after an appositive cue, the last person named before it in the sentence
holds the post; the title's complement is read as for a title before a name::

    Karyadi Widyatmoko, yang juga menjabat Ketua Koperasi Wijayakusuma, hadir.
    → a post "Ketua" of Koperasi Wijayakusuma for Karyadi Widyatmoko

Leaves to later passes: reading the post's body or government (the posts pass).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document, Pass, TitleMention
from ..lookup.titles import VERB_FORM, english_lead, role_field_end, title_complement
from ..text import tokenize

__all__ = ["find_appositive_posts", "PASS"]


_APPOSITIVE_TITLE = re.compile(
    r",?\s+(?:yang\s+)?(?:(?:saat\s+ini|kini|pernah|sempat)\s+)?(?:juga\s+)?"
    r"(?:menjabat(?:\s+sebagai)?|merangkap(?:\s+sebagai)?|selaku|sekaligus(?:\s+sebagai)?"
    # "X yang menduduki posisi Direktur …", "X kini memegang jabatan Ketua …"
    r"|(?:menduduki|memegang|mengemban)\s+(?:jabatan|posisi|kursi)(?:\s+sebagai)?)\s+$"
    r"|,?\s+yang\s+(?:juga|merupakan|adalah)\s+$"  # "X, yang juga Komandan Satgas, …"
    r"|,?\s+yang\s+(?:(?:juga|ikut|kini)\s+)?menjadi\s+$"  # "X yang ikut menjadi produser film Y"
    # "X dilantik sebagai Ketua Umum …": a post given to the sentence's person
    r"|\s(?:resmi\s+)?(?:dilantik|diangkat|ditunjuk|terpilih)\s+(?:sebagai|menjadi)\s+$", re.I)


_WORD_BEFORE = re.compile(r"([\w-]+)\s+$")
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Za-z]{1,7}\)")  # "Kepala Staf Angkatan Darat (KSAD)"
# a copula between a name and its title ("X adalah Direktur …", "X kala itu merupakan Kepala …")
_PREDICATE = re.compile(r"\s+(?:(?:saat|kala|ketika|waktu)\s+itu\s+)?(?:adalah|merupakan|ialah)\s+")
# "sebagai" right after the name ("… legalitas X sebagai advokat", "X yang pernah sebagai Plt. Direktur …")
_AS = re.compile(r",?\s+(?:yang\s+)?(?:pernah\s+|sempat\s+)?sebagai\s+")
# a passive's agent or a companion: "dilantik oleh Presiden X …", "bergabung dengan X sebagai pemain"
_AGENT_BEFORE = re.compile(r"\b(?:oleh|bersama|dengan)\s+(?:[A-Z]\S*\s+){0,4}$")


def find_appositive_posts(doc: Document) -> None:
    """Posts named after the person: "X, yang menjabat Ketua TP PKK sekaligus Ketua Dekranasda"."""
    lx, text = doc.lx, doc.text
    toks, starts = doc.tokens, doc.token_at
    for m in doc.title_matches:
        if m.start() not in starts:
            continue
        lead = m.start()
        if m["title"] in lx.english_heads and not m["pre"]:
            # "Rudi, Chief Operating Officer PT X, …": the English job words before the title are the role's
            x = english_lead(doc, toks, starts[m.start("title")])
            if x == starts[m.start("title")] and m["title"] in lx.english_bound:
                continue
            lead = toks[x].start
        english = text[lead:m.start()].strip()
        status = _WORD_BEFORE.search(text, max(0, lead - 20), lead)
        if status and (status[1] in lx.former_words or status[1] in lx.elect_before_words):
            lead = status.start()  # "… menjabat sebagai mantan Wakil Ketua …", "… yang juga calon Gubernur …"
        cued = _APPOSITIVE_TITLE.search(text[max(0, lead - 60):lead])
        s0, _ = doc.sentence_of(m.start())
        last = _last_person_in(doc, s0, m.start())  # (end, key) of the last person named in s0:title
        copula = bool(last) and (bool(_PREDICATE.fullmatch(text, last[0], lead)) or _as_title(doc, last, lead, status))
        if not last or not cued and not re.fullmatch(r"\s*,\s*", text[last[0]:lead]) and not copula:
            # "Budi Santoso, Direktur PT Sinar Jaya, …": a title right after the name and a comma;
            # "Budi Santoso adalah Direktur PT Sinar Jaya.": right after the name and a copula
            _anaphoric_title(doc, m)
            continue
        person = doc.ents[last[1]]
        tied = bool(cued) or copula
        title = m["title"]
        i = starts[m.start("title")] + len(tokenize(title))
        if i + 2 < len(toks) and toks[i].text == "(" and toks[i + 2].text == ")":
            i += 3
        i0 = i
        f_end = role_field_end(doc, toks, i, title)  # "…, ahli [hukum pidana] dari …"
        field = text[toks[i].start:toks[f_end - 1].end] if f_end > i else ""
        i = f_end
        rule = lx.titles[title].rule
        j = title_complement(doc, toks, i, title, rule, after_name=True)
        if not cued and not copula and rule.how == "follows" and \
                (j <= i or j < len(toks) and toks[j].is_cap):
            # "Rudi Wibisana, CEO Sinar Foods, …": the words up to the comma name the body
            j = max(j, _body_closed(doc, i))
        if j <= i:
            # (after a cue, only when the cue follows the name at once: "Rudi, selaku pelatih …")
            if _common_noun_role(doc, m, i) and (field or lx.titles[title].role not in lx.field_roles) and (not cued or max(0, lead - 60) + cued.start() == last[0]):
                # "Rudi Wibisana, wartawan sebuah televisi swasta, …": a role written as a common
                # noun, of no body named (the posts pass keeps it for a name of two words or more,
                # or one a copula or a cue ties to it)
                person.posts.append(TitleMention(title, m["pre"], "", None, m.start(), after_name=True, field=field,
                                                 tied=tied, lead=english))
                if title not in person.titles:
                    person.titles.append(title)
            elif tied and rule.how == "national" and rule.arg and (i >= len(toks) or not toks[i].is_cap):
                # "Sebelumnya Rudi adalah Wakil KSAU.": a title of its one national body needs no complement
                person.posts.append(TitleMention(title, m["pre"], "", None, m.start(), after_name=True, tied=True))
            continue
        if not cued and j < len(toks) and toks[j].text not in (",", ")", ".") and not toks[j].text.islower():
            continue  # "…, Herlina, Ketua DPRD Kota X Ir. Benny …": the title of the name after it
        if not cued and not copula and rule.how != "client" and any(k != person.key for _, _, k in
                                           doc.entity_mentions_in(toks[i].start, toks[j - 1].end, ("person",))):
            continue  # "…, Rina Wati, Sekretaris Kabinet Rudi Wibisana, …": the complement ends in the next holder's name
        _give(doc, person, m, i, j, field, tied=tied, lead=english)
    _share_plural_titles(doc)
    # "Ketua DPR sekaligus Ketua Umum Partai X Rudi …": a title chained before the title of a name
    if not _CHAINED_WORD.search(text):
        return  # (most articles chain no titles: no second reading of every title)
    holders = {p.title_start: e for e in doc.ents.values() if e.kind == "person" for p in e.posts}
    for m in doc.title_matches:
        if m.start() not in starts or doc.claimed(m.start(), m.end()):
            continue
        title = m["title"]
        i = starts[m.start("title")] + len(tokenize(title))
        j = title_complement(doc, toks, i, title, lx.titles[title].rule)
        end = toks[j - 1].end if j > i else m.end()
        chained = _CHAINED.match(text, end)
        person = holders.get(chained.end()) if chained else None
        if person is None or any(p.title_start == m.start() for p in person.posts):
            continue
        if j > i:
            _give(doc, person, m, i, j)
        else:  # a title without a body: "Bupati sekaligus Ketua …" of the region the next names
            person.posts.append(TitleMention(title, m["pre"], "", None, m.start()))


def _body_closed(doc: Document, i: int) -> int:
    """Index past a body's name of one to four capitalized words from ``toks[i]`` (after "dari":
    "CEO dari Sinar Foods") closed by a comma or a full stop, after a title written after its
    holder's name and a comma, where no name follows; ``i`` when there is none or a person's name
    is among them."""
    toks, n = doc.tokens, len(doc.tokens)
    k = i + 1 if i < n and toks[i].text == "dari" else i
    end = k
    while end < n and end - k < 4 and toks[end].is_cap and toks[end].is_word:
        end += 1
    if end == k or end >= n or toks[end].text not in (",", ".") or \
            any(True for _ in doc.mentions.within(toks[k].start, toks[end - 1].end, ("person",))):
        return i
    return end


def _as_title(doc: Document, last: tuple[int, str], lead: int, status: re.Match | None) -> bool:
    """Whether "sebagai" right after the last name before a title ties the title to that name:
    not when the name is a passive's agent or a companion ("dilantik oleh Presiden X sebagai
    Kepala …", "bermain bersama X sebagai pemain pinjaman": the subject's post), nor for a
    candidacy ("mendukung X sebagai calon Gubernur …": no post yet)."""
    if not _AS.fullmatch(doc.text, last[0], lead) or status and status[1] in doc.lx.elect_before_words:
        return False
    start = next((a for a, b in doc.mentions.spans_of(last[1]) if b == last[0]), last[0])
    return not _AGENT_BEFORE.search(doc.text, max(0, start - 40), start)


def _common_noun_role(doc: Document, m: re.Match, i: int) -> bool:
    """Whether the title matched by ``m``, with no body after it, names its holder's role as a
    common noun: written in lowercase ("…, wartawan sebuah televisi", "… adalah penyanyi asal
    Bandung") and followed by no capitalized word, which would begin a name or a body, nor by a
    list's connector ("… di hadapan Rudi, pemain dan pengurus klub": nouns of a list)."""
    toks = doc.tokens
    if not m["title"][:1].islower() or m["pre"]:
        return False
    return i >= len(toks) or not toks[i].is_cap and toks[i].text not in doc.lx.function_words["list_connector"]


def _anaphoric_title(doc: Document, m: re.Match) -> None:
    """A title and its body followed by a demonstrative names a person named before (outside
    quotations, in this paragraph or the two before): the last named before it in its own
    sentence, else the first named in the nearest sentence naming anyone (its subject)::

        "…," kata mantan Bupati Klaten itu.      Politikus Partai X itu tak pernah hadir.

    None for a title in the plural ("kedua politikus itu"), an object ("terhadap Dirut PT X
    itu", ``title_cues.tsv`` kind ``object_word``), a title whose body holds a person's name,
    or one written before as a common noun ("… anggota DPR. Anggota DPR itu …").
    """
    text, toks, lx = doc.text, doc.tokens, doc.lx
    if not lx.DEMONSTRATIVE_RE.search(text, m.end(), m.end() + 60) or doc.in_quote(m.start()):
        return
    lead = m.start()
    if any(a <= lead < b for a, b in doc.title_spans):
        return  # "Sekretaris Dewan Pakar DPP X itu": "Pakar" is in the body of the title before it
    status = _WORD_BEFORE.search(text, max(0, lead - 20), lead)
    if status and (status[1] in lx.former_words or status[1] in lx.elect_before_words):
        status = _WORD_BEFORE.search(text, max(0, status.start() - 20), status.start())
    if status and status[1] in lx.object_words:
        return
    if status and status[1][:1].islower() and not _opens_a_subject(lx, status[1]):
        return  # "korupsi mantan Ketua DPR itu", "di bagian intelijen Sekretaris X ini": a noun's owner
    if status and status[1] in lx.role_units:
        return  # "… Dewan Pakar Partai X ini": the title word names a unit
    plural = lx.PLURAL_TITLE_RE.search(text, max(0, m.start() - 16), m.start())
    if plural and plural.end() == m.start():
        return
    title = m["title"]
    if lx.titles[title].rule.how == "client":
        return  # "surat kuasa hukum Rudi ini": the demonstrative is the client's or the thing's
    i = doc.token_at[m.start("title")] + len(tokenize(title))
    rule = lx.titles[title].rule
    j = title_complement(doc, toks, i, title, rule, after_name=True)
    if j > i:
        end = toks[j - 1].end
    elif rule.how == "national" and rule.arg:
        # "mantan Kepala Staf Angkatan Darat (KSAD) itu": a title of its one national body names
        # one office without a complement
        acronym = _ACRONYM_AFTER.match(text, m.end("title"))
        end = acronym.end() if acronym else m.end("title")
    else:
        return  # ("Bupati itu": a title with no body names no one surely)
    if not lx.DEMONSTRATIVE_RE.match(text, end):
        return
    if j > i and any(True for _ in doc.mentions.within(toks[i].start, end, ("person",))):
        return  # "tim arahan Manajer Rudi Wibisana itu": a name, no body
    limit = m.start()
    for _ in range(3):  # this paragraph and the two before
        back = limit - 1
        while back > 0 and text[back].isspace():
            back -= 1  # (the blank line between two paragraphs is in neither)
        limit = doc.paragraph_of(back)[0] if limit > 0 else 0
    written = text[m.start("title"):end]
    if written[:1].lower() + written[1:] in text[limit:m.start()]:
        return  # "… menerima anggota DPR. Anggota DPR itu …": the people named so before, no one person
    own = doc.sentence_of(m.start())[0]
    chosen, sentence = None, None
    for a, b, key in doc.mentions.before(m.start(), ("person",)):
        if a < limit:
            break
        if b > m.start() or doc.in_quote(a):
            continue
        s0 = doc.sentence_of(a)[0]
        if sentence is not None and (s0 != sentence or s0 == own):
            break
        chosen, sentence = key, s0
    if chosen and j > i:
        _give(doc, doc.ents[chosen], m, i, j)
    elif chosen:
        person = doc.ents[chosen]
        person.posts.append(TitleMention(title, m["pre"], "", None, m.start(), after_name=True))
        if text[m.start():end] not in person.titles:
            person.titles.append(text[m.start():end])


def _opens_a_subject(lx, word: str) -> bool:
    """Whether a lowercase word right before a title (and its status word) leaves the title to
    open a noun phrase of its own, the subject or the agent of a clause: a reporting word ("kata
    mantan Bupati X itu", "menurut …"), a verb ("diberikan mantan Bupati X ini"), a clause's
    opener or connector ("karena …", "dan …"), a demonstrative closing a phrase before it ("Saat
    ini mantan Bupati X itu"); after any other word, a noun, the title names whose that noun is
    ("sidang perdana mantan Ketua X itu")."""
    fw = lx.function_words
    return word in lx.report_tokens or bool(VERB_FORM.match(word)) or word in fw["clause_opener"] or \
        word in fw["after_subject"] or word in fw["predicate"] or word in fw["list_connector"] or \
        word in fw["demonstrative"]


def _last_person_in(doc: Document, start: int, end: int) -> tuple[int, str] | None:
    """(end, key) of the last (in the text's order) person's mention inside ``start:end``:
    walked back from ``end``, not read from the sentence's start (a sentence can be long)."""
    for a, b, k in doc.mentions.before(end, ("person",)):
        if a < start:
            return None
        if b <= end:
            return b, k
    return None


@lru_cache(maxsize=4)
def _plural_scan(lx) -> re.Pattern | None:
    """``PLURAL_TITLE_RE`` (its words in lowercase, matched ignoring case) without ``re.I``, to
    scan the lower-cased text with: the same places, found in half the time; None when a word
    of it has a capital."""
    rx = lx.PLURAL_TITLE_RE
    return None if any(c.isupper() for c in rx.pattern) else re.compile(rx.pattern, rx.flags & ~re.I)


def _share_plural_titles(doc: Document) -> None:
    """A title in the plural given to a list of names: "dua Anggota DPRD X Rudi Wibisana dan
    Bambang Sutejo", "para Pejabat Pembuat Komitmen …, yakni Rudi, Rina, dan Bambang": each
    person of the list holds it."""
    lx, text = doc.lx, doc.text
    holders = None
    lower, scan = text.lower(), _plural_scan(lx)
    # (a letter whose lower case is two would shift the places: then the text itself, ignoring case)
    for m in scan.finditer(lower) if scan and len(lower) == len(text) else lx.PLURAL_TITLE_RE.finditer(text):
        title = lx.TITLE_RE.match(text, m.end())
        if not title or title.start() not in doc.token_at:
            continue
        if holders is None:
            holders = {p.title_start: (e, p) for e in doc.ents.values() if e.kind == "person" for p in e.posts}
        _, s1 = doc.sentence_of(title.start())
        if title.start() in holders:  # "dua Anggota DPRD X Rudi …": the first name of the list has it
            first, post = holders[title.start()]
            end = next((b for a, b in doc.mentions.spans_of(first.key) if a >= title.end()), None)
            listed = _list_after(doc, end, s1) if end else []
        else:  # "para pejabat …, yakni Rudi, …": a list the title announces
            post = _bare_title(doc, title)
            cue = lx.LIST_CUE_RE.search(text, title.end(), s1)
            if cue is None:
                # "sejumlah seniman lainnya, seperti Rudi, …": a word of example right after the title
                end = post.comp_span[1] if post.comp_span else \
                    text.find(post.field, title.end()) + len(post.field) if post.field else title.end()
                cue = lx.EXAMPLE_AFTER_TITLE_RE.match(text, end)
                listed = _list_after(doc, cue.end(), s1, first=True) if cue else []
            else:
                listed = _list_after(doc, cue.start(), s1, first=True) if cue and post else []
        for key in listed:
            person = doc.ents[key]
            if not any(p.title_start == post.title_start for p in person.posts):
                person.posts.append(post)


def _bare_title(doc: Document, m: re.Match) -> TitleMention | None:
    """The title matched by ``m`` with its complement, for a list it announces."""
    toks, i = doc.tokens, doc.token_at[m.start("title")] + len(tokenize(m["title"]))
    f_end = role_field_end(doc, toks, i, m["title"])  # "dua ahli [teknologi] yakni …"
    field = doc.text[toks[i].start:toks[f_end - 1].end] if f_end > i else ""
    i = f_end
    j = title_complement(doc, toks, i, m["title"], doc.lx.titles[m["title"]].rule)
    span = (toks[i].start, toks[j - 1].end) if j > i else None
    return TitleMention(m["title"], m["pre"], doc.text[span[0]:span[1]] if span else "", span, m.start(), field=field)


def _list_after(doc: Document, pos: int, limit: int, *, first: bool = False) -> list[str]:
    """The people a list names from ``pos`` on (", Rudi", "dan Rina", "serta Bambang"; with
    ``first``, after a cue such as "yakni"), up to the sentence's end ``limit``."""
    out, text = [], doc.text
    for a, b, key in doc.mentions.starting_between(pos, limit):
        if not key.startswith("person:"):
            continue
        gap = text[pos:a]
        if not (_LIST_JOINT.fullmatch(gap) or first and not out and (
                doc.lx.LIST_CUE_RE.fullmatch(gap.strip(" ,:")) or not gap.strip(" ,:"))):
            break
        out.append(key)
        pos = b
    return out


_LIST_JOINT = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+|hingga\s+)?|\s(?:dan|serta|hingga)\s+)")


# between two titles of one person
_CHAINED_WORD = re.compile(r"\b(?:sekaligus|merangkap|dan\s+juga)\b")
_CHAINED = re.compile(r",?\s+(?:sekaligus(?:\s+(?:juga|sebagai))?|merangkap(?:\s+sebagai)?|dan\s+juga)\s+")


def _give(doc: Document, person, m: re.Match, i: int, j: int, field: str = "", *, tied: bool = False,
          lead: str = "") -> None:
    """Give ``person`` the title matched by ``m``, its complement tokens i..j (``field``: the
    role's field written before the complement; ``tied``: a copula or a cue ties it to the name;
    ``lead``: English job words written before the title, "Chief Operating" of "… Officer")."""
    toks, text = doc.tokens, doc.text
    span = (toks[i].start, toks[j - 1].end)
    doc.title_spans.append(span)
    person.posts.append(TitleMention(m["title"], m["pre"], text[span[0]:span[1]], span, m.start(), after_name=True,
                                     field=field, tied=tied, lead=lead))
    written = f"{lead} {text[m.start():span[1]]}" if lead else text[m.start():span[1]]
    if written not in person.titles:
        person.titles.append(written)


PASS = Pass("appositions", find_appositive_posts,
            reads=("ents", "mentions", "acr_defs", "title_spans", "law_spans"),
            assigns=("ents", "title_spans"))
