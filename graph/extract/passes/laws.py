"""Laws and regulations: each legal reference a law of its own, never a person, body or place.

Reads a law's type (long or short form, ``laws.tsv``), then what names it (its number and
year, the year of a constitution, a nickname or a title) and, before a code, the article
(Pasal) it cites::

    Bupati Sukamakmur menerbitkan Peraturan Bupati Nomor 7 Tahun 2021 tentang Pasar Rakyat.
    → "Peraturan Bupati Nomor 7 Tahun 2021 tentang Pasar Rakyat": Perbup 7/2021, type Perbup

    Tersangka dijerat Pasal 3 juncto Pasal 18 UU Tipikor dan Pasal 55 ayat (1) ke-1 KUHP.
    → UU Tipikor (type UU); "Pasal 55 ayat (1) ke-1 KUHP": KUHP Pasal 55 (type KUHP, part of KUHP)

The identifier is the type's short form, the issuer when written between the type and the
number ("Permen Kelautan dan Perikanan 2/2015"), then number/year ("UU 31/1999"); a
constitution's is its short form and year ("UUD 1945"); an article of a code is the code
and "Pasal" and its number ("KUHP Pasal 55"); a law named without a number is its short
form and the name or title written after it ("UU Tipikor", "Ranperda tentang Pajak
Daerah"). Forms with one identifier are one law, the fullest its name, the others its
aliases. A regional rule whose region is not written ("Perda Nomor 5 Tahun 2016") is the
article's own. Every reference, articles (Pasal) and bare type words ("Perda itu",
"Ranperda") included, is claimed (:meth:`Document.claimed`): the passes after this one
read no person, body or place there.

Leaves to later passes: everything else; this pass runs first.
"""
from __future__ import annotations

import re

from ..document import Document, LawEntity, Pass, slug

_WORD_RE = re.compile(r"\s*([\w’'/-]+|[^\w\s])")
_SPACE_RE = re.compile(r"\s*")
# an acronym in parentheses right after a law's title
_TITLE_ACRONYM_RE = re.compile(r"\s*\(\s*([A-Z][A-Za-z]{1,9})\s*\)")


def find_laws(doc: Document) -> None:
    lx, text = doc.lx, doc.text
    if not lx.LAW_ANY_RE.search(text):
        return
    for m in lx.LAW_REF_NUMBER_RE.finditer(text):
        doc.law_spans.append((m.start(), m.end()))
    codes: dict[int, tuple[int, str]] = {}  # where a code's head starts -> (start of the article, its number)
    for m in lx.LAW_ARTICLES_RE.finditer(text):
        doc.law_spans.append((m.start(), m.end()))
        at = _SPACE_RE.match(text, m.end()).end()
        code = lx.LAW_HEAD_RE.match(text, at)
        if code and lx.law_type(code).scope == "code":
            last = list(lx.LAW_ELEMENT_RE.finditer(text, m.start(), m.end()))[-1]
            codes[at] = (last.start(), last["n"])
    for m in lx.LAW_HEAD_RE.finditer(text):
        law = lx.law_type(m)
        capital = m.group(0)[:1].isupper()
        end, issuer, ident, local = m.end(), "", None, law.scope == "regional"
        if law.short.endswith("*"):  # "Permenkes" as written, "Permen" for "Peraturan Menteri …"
            short = m["short"] or law.short[:-1]
        else:  # a row's own short form, a variant's that of its type ("Kepres": "Keppres")
            short = law.short if law.long and law.short else lx.law_short_of_type[law.type]
        if law.scope == "constitution":
            y = lx.LAW_YEAR_RE.match(text, end)
            if y:
                end, year = y.end(), y["year"]
                ident = f"{short} {year if len(year) == 4 else ('19' if int(year) > 30 else '20') + year}"
            elif capital:
                ident = short
        elif law.scope == "code":
            ident = short if capital else None
        else:
            # who issued it, before the number: a region or a ministry names the rule ("Perda
            # Kabupaten Gianyar 5/2016"); a national law's "RI" adds nothing ("UU RI Nomor 35 …")
            iss = lx.LAW_ISSUER_RE.match(text, end)
            named_by = law.scope == "regional" or law.short.endswith("*")
            at = iss.end() if iss else end
            paren = lx.LAW_PAREN_RE.match(text, at)  # "Peraturan Menteri Keuangan (PMK) Nomor …"
            num = lx.LAW_NUMBER_RE.match(text, paren.end() if paren else at)
            if paren and not num:
                num = lx.LAW_NUMBER_RE.match(text, at)
            if num:
                if iss and named_by:
                    issuer = " " + " ".join(iss.group(0).split())
                    local = False
                n, year = num["num"] or num["num2"], num["year"] or num["year2"]
                n = str(int(n)) if n.isdigit() else n
                ident = f"{short}{issuer} {n}/{year}" if year else f"{short}{issuer} {n}"
                end = num.end()
        if ident is None and not capital:
            continue  # "sesuai undang-undang yang berlaku": no reference
        title = _title(doc, end)
        if title:
            if ident is None:
                ident = f"{short} tentang {title[1]}"
            end = title[0]
            short_title = _TITLE_ACRONYM_RE.match(text, end)
            if short_title:  # "… tentang Lalu Lintas dan Angkutan Jalan (LLAJ)": the title's, no body's
                doc.law_spans.append(short_title.span(1))
        elif ident is None:
            nick = lx.LAW_NICK_RE.match(text, end) if law.alone != "no" else None
            nick_end = _nick_end(doc, nick) if nick else None
            if nick_end:
                ident, end = f"{short} {' '.join(text[nick.start('nick'):nick_end].split())}", nick_end
        if ident is None:
            if law.alone == "claim":
                doc.law_spans.append((m.start(), end))
            continue
        start, part_of = m.start(), None
        if m.start() in codes:
            start, n = codes[m.start()]
            part_of, ident = ident, f"{ident} Pasal {n}"
        _add(doc, start, end, ident, law.type, local, part_of)


def _nick_end(doc: Document, nick: re.Match) -> int | None:
    """Where the name after a law's type ends ("UU Tipikor"): before a word of a reference
    ("Pasal", "Nomor"), another law, or a join left dangling ("UU Tipikor dan Pasal 55")."""
    lx, text = doc.lx, doc.text
    stop = lx.law_words.get("article", frozenset()) | lx.law_words.get("number", frozenset())
    words = list(_WORD_RE.finditer(text, nick.start("nick"), nick.end()))
    keep = []
    for w in words:
        if w.group(1) in stop or lx.LAW_HEAD_RE.match(text, w.start(1)):
            break
        keep.append(w)
    while keep and keep[-1].group(1) in lx.law_words.get("title_joins", ()):
        keep.pop()
    return keep[-1].end() if keep else None


def _title(doc: Document, pos: int) -> tuple[int, str] | None:
    """The title after a law's name ("tentang Pengadaan Barang"): where it ends and its words.

    A capitalized title runs over capitalized words and the joins between them; a lowercase
    one up to a punctuation mark or a word that ends it; a title that names another law
    ("tentang perubahan atas Undang-Undang …") is none of this one's."""
    lx, text = doc.lx, doc.text
    m = lx.LAW_TITLE_RE.match(text, pos)
    if not m:
        return None
    words: list[re.Match] = []
    for w in _WORD_RE.finditer(text, m.end(), min(len(text), m.end() + 160)):
        if w.start() != (words[-1].end() if words else m.end()) or len(words) >= 12:
            break
        word = w.group(1)
        if lx.LAW_HEAD_RE.match(text, w.start(1)):
            return None
        if word in lx.law_words.get("article", ()) or doc.claimed(w.start(1), w.end()):
            break  # "… Korupsi serta Pasal 55 KUHP": the next reference
        cap = words and words[0].group(1)[:1].isupper() or not words and word[:1].isupper()
        if not word[:1].isalnum():
            break
        if cap and not (word[:1].isupper() or word[:1].isdigit() or word in lx.law_words.get("title_joins", ())):
            break
        if not cap and word in lx.law_words.get("title_ends", ()):
            break
        words.append(w)
    while words and words[-1].group(1) in lx.law_words.get("title_joins", ()):
        words.pop()
    if not words:
        return None
    return words[-1].end(), text[words[0].start(1):words[-1].end()]


def _add(doc: Document, start: int, end: int, ident: str, type_: str, local: bool, part_of: str | None) -> None:
    key = f"law:{slug(ident)}"
    law = doc.laws.get(key)
    written = doc.text[start:end]
    if law is None:
        law = doc.laws[key] = LawEntity(key, written, ident, type_, local, part_of)
    elif len(written) > len(law.name):
        law.name = written  # the fullest form names it
    law.spans.append((start, end))
    doc.law_spans.append((start, end))


PASS = Pass("laws", find_laws,
            reads=(),
            assigns=("laws", "law_spans"))
