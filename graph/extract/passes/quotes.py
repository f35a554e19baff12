"""Quotations and their speakers.

The speaker is the person the reporting clause after the quote names ("…,” kata X), also
behind a title and a body ("…,” kata Kepala Dinas X, Y di Z: Y), a title's one holder
("…,” tegas Kapolres), else the speaker the text has been reporting: the person of the
last report before the quote ("X mengatakan", "menurut X", "…,” kata X"), or the subject
of the sentences before it::

    Pramesti Sumarsih menanam padi. “Panen tahun ini jauh lebih bagus,” kata Pramesti.
    → a quote of Pramesti Sumarsih, named in full before

A person the quote itself names is not its speaker ("“… kami dukung Pak Rudi,” katanya"), nor
one named in what a subject's verb before a comma says ("Bambang menjawab, Rudi memang berperan
besar. “…,” terangnya": Bambang's; on the pool, 3 quotes so given right, none wrong),
a pronoun ("kata dia", "ujarnya", "Ia menambahkan") points further back, words the speaker
repeats are the other person's ("…,” kata Rudi menirukan ucapan Bambang"), and a quote
whose speaker the text does not give, or whose speaker is a body or nobody in particular
("kata Polda", "Seorang sumber mengatakan, “…”", and the quotes that go on from such a
report), keeps none. A short quotation ("“Saya tidak tahu,” jawabnya") is a quote when a
reporting verb follows it, and so is a paragraph's quotation whose marks the site mangled.

Leaves to later passes: the products a business's owner speaks of (the businesses pass).
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...types import Quote
from ..document import Document, Pass, TitleMention
from ..lookup.names import clipped, one_letter_apart, resolve_short
from ..text import Quotation, quotations

__all__ = ["find_quotes", "PASS"]

_WORD_RE = re.compile(r"[\w'-]+")
_NOBODY = "nobody"  # the speaker of a report by no person: a body ("kata Polda"), a source ("Seorang sumber mengatakan")
_MARKS = "“”\"„"
_MARK_RE = re.compile(f"[{_MARKS}]")
_STOP_RE = re.compile(r"[.;:!?“”\n]")  # what no subject's apposition crosses
# the rest of a title chain before a name: bodies, places, acronyms, ranks ("(JPU) BPKS ", "Sukamaju AKBP ")
_CHAIN_RE = re.compile(r"\)?(?:[ \t]*\([\w.]{1,12}\)|[ \t]+[A-Z][\w.'-]*){0,6}[ \t]*")
_NAME_AFTER_RE = re.compile(r"[ \t]+([A-Z][\w.'-]*(?:[ \t]+(?:br\.?|bin|binti|[A-Z][\w.'-]*)){0,4})")
_CAPITALIZED_RE = re.compile(r"[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){0,3}")
_TITLE_TAIL_RE = re.compile(r"(?:\s+[A-Z][\w.-]*){0,4}")  # "Kepala Dinas [Pertanian Klaten] mengatakan"
_HANDLE_RE = re.compile(r"(?<![\w.])@\w")  # an account's handle ("@rudi_w")
_CAPITAL_VERB_RE = re.compile(r"[ \t]*,?[ \t]*([A-Z][a-z]+)\b")  # "…,” Kata Rudi"
_DESCRIBED_RE = re.compile(r",[ \t]+([A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){0,3})")  # "…, Wisnu Pradana"
_INITIALS_RE = re.compile(r"[A-Z]{2,4}")  # a person's initials standing for the name ("RW", "BS")
_LAST_WORD_RE = re.compile(r"(?<![\w'-])([\w'-]+)[ \t]+$")  # the word right before a name
_LEAD_WORD_RE = re.compile(r"(?<![\w'-])([\w'-]+)[ \t]*[,:]?[ \t]*$")  # the word right before a quotation
_NESTED_RE = re.compile(r"(?<![\w'])'[ \t]?([A-Z][^'\n]*?)[ \t]?'(?![\w'])")  # "… bilang, ' Kami …'"
_APPOSITION_RE = re.compile(r"\s*,[^,.;:!?“”\"\n]{1,120},")  # "Rudi[, petani dari Sukamaju,] menanam"


def find_quotes(doc: Document) -> None:
    lx, text = doc.lx, doc.text
    r = _Reader(doc)
    spans = _quotations(doc)
    r.quoted = [(q.open_at, q.close_at) for q in spans]
    said: list[tuple[int, str | None]] = []  # (where, speaker) of the quotes so far
    asked: str | None = None  # whom the last quote was put to ("…?” tanya Rudi kepada Bambang")
    relayed: dict[int, str] = {}  # the quotes whose words the one reporting them repeats: whose they are
    bare: list[bool] = []  # whether each quote has no clause of its own (no verb, no name after it)
    gives: list[bool] = []  # whether each quote's own clause gives its speaker ("kata Rudi", not "ujarnya")
    for q in spans:
        m = lx.SPEECH_AFTER_RE.match(text, q.close_at + 1) or r.capitalized_report(q.close_at + 1)
        named, speaker = False, None
        verb = m["verb"].lower() if m else None  # ("…,” Kata Rudi": capitalized)
        if m and not m["nya"] and verb not in lx.speech_nya and \
                not (m["who"] and m["who"].lower() in lx.function_words["pronoun"]):
            named, speaker = r.clause_speaker(m.end("verb"), q.open_at)
        if m is None:  # "…,” Rudi menambahkan.
            named, speaker = r.subject_after(q.close_at + 1)
        if m is None and not named:  # "…,” bunyi pernyataan itu.": a text's words, no person's
            named, speaker = r.source_after(q.close_at + 1, q.open_at)
        if named and speaker is None and m and not m["nya"]:  # "…,” ujar Jaksa.": no holder named before
            speaker = r.title_speaker(m.end("verb"), q, said)
        written = not named and r.text_gives(q)  # "Pasal 21 berbunyi, “…”": a text's words, no person's
        named = named or written
        if not named and m and verb in lx.speech_replies and asked:
            named, speaker = True, asked  # "“Saya tidak tahu,” jawabnya": the one asked
        bare.append(m is None and not named)
        gives.append(named)
        if not named:  # a clause after the quote that names nobody points back ("ujarnya", "kata pria itu")
            speaker = r.antecedent(q, said, pointing=m is not None)
        whose = r.relayed(m.end()) if m else None  # "…,” kata Rudi menirukan ucapan Bambang"
        if whose:
            relayed[len(said)] = whose  # Bambang's words, and Rudi the one the text goes on reporting
        # (a text's words leave the report to whoever spoke before: "… berbunyi, “…”. “…,” ujarnya.")
        said.append((q.open_at, None if written else speaker if speaker or not named else _NOBODY))
        asked = r.addressee(m.end("verb")) if m else None
    # a quote left open at its paragraph's end goes on in the next paragraph's quote: one speaker
    for n in range(len(spans) - 2, -1, -1):
        q, nxt = spans[n], spans[n + 1]
        if text[q.close_at:q.close_at + 1] not in _MARKS and said[n + 1][1] and \
                not text[q.close_at:nxt.open_at].strip():
            said[n] = (q.open_at, said[n + 1][1])
    # "Narasi.\n\n“…”\n\n“…,” kata Rudi.": Rudi's
    for first, last in r.runs_named_after(spans, bare, gives):
        for n in range(first, last):
            said[n] = (spans[n].open_at, said[last][1])
    said = [(at, relayed.get(n, None if speaker == _NOBODY else speaker)) for n, (at, speaker) in enumerate(said)]
    for n, (q, (_, speaker)) in enumerate(zip(spans, said)):
        doc.quotes.append(Quote(f"quote:{n + 1}", text[q.start:q.end], q.start, q.end, r.fullest(speaker, q.start)))
    for q in _nested(text, spans):  # words the speaker quotes: whose, the text seldom says
        doc.quotes.append(Quote(f"quote:{len(doc.quotes) + 1}", text[q.start:q.end], q.start, q.end))


@lru_cache(maxsize=4)
def _naming_re(lx) -> re.Pattern:
    """A comma or a ``naming`` word (function_words.tsv) right before a name: "seorang warga,
    Rudi", "… bernama Rudi"."""
    return re.compile(rf"(?:,|\b(?:{'|'.join(sorted(lx.function_words['naming']))}))[ \t]*$")


# ---- where the quotations are ----------------------------------------------------------------

def _quotations(doc: Document) -> list[Quotation]:
    """The document's quotations; the short ones a reporting verb follows ("“Maafkan saya,”
    katanya"); and those whose marks the site mangled (see :func:`_mangled`)."""
    text, lx = doc.text, doc.lx
    known = {q.close_at for q in doc.quotes_spans}
    marks = [m.start() for m in _MARK_RE.finditer(text)]
    short = []
    if any(i not in known and text[i] in "”\"" and text[i - 1] in ",.!?" and lx.SPEECH_AFTER_RE.match(text, i + 1)
           for i in marks if i):
        short = [q for q in quotations(text, min_words=1) if q.close_at not in known and
                 text[q.close_at - 1] in ",.!?" and lx.SPEECH_AFTER_RE.match(text, q.close_at + 1)]
    return sorted([*doc.quotes_spans, *short, *_mangled(doc, marks)], key=lambda q: q.start)


def _nested(text: str, spans: list[Quotation]) -> list[Quotation]:
    """The quotations inside a quotation, between single marks ("“Dia bilang, ' Kami akan
    datang besok ', lalu pergi,” kata Rudi"): a capital opens one, of three words at least, most
    of them in lowercase (a song's or a theme's title, "' Hitam atau Putih '", is none)."""
    out = []
    for q in spans:
        if "'" not in text[q.start:q.end]:
            continue
        for m in _NESTED_RE.finditer(text, q.start, q.end):
            words = m[1].split()
            if len(words) >= 3 and 2 * sum(w[:1].islower() for w in words) > len(words):
                out.append(Quotation(m.start(1), m.end(1), m.start(), m.end() - 1))
    return out


def _mangled(doc: Document, marks_at: list[int]) -> list[Quotation]:
    """Quotations of a paragraph whose marks the site mangled: the closing mark alone, a
    reporting verb after it ("Kami sudah surati … ditarik," katanya."); a closing mark
    written for the opening one ("” Kami … negeri,” kata Rudi."); an opening mark never
    closed, the quote running to the paragraph's end ("… barang modal. “Selain itu …")."""
    text, lx = doc.text, doc.lx
    starts = [s for s, _ in doc.paragraphs]
    by_paragraph: dict[int, list[int]] = {}
    for i in marks_at:
        by_paragraph.setdefault(bisect.bisect_right(starts, i) - 1, []).append(i)
    out = []
    for n, marks in by_paragraph.items():
        if len(marks) > 2 or n < 0:
            continue
        p_start, p_end = doc.paragraphs[n]
        kinds = "".join(text[i] for i in marks)
        if kinds in ("\"", "”") and text[p_start:marks[0]].rstrip()[-1:] in (",", ".", "!", "?") and \
                lx.SPEECH_AFTER_RE.match(text, marks[0] + 1):
            out.append(Quotation(p_start, len(text[:marks[0]].rstrip(" ,")), p_start, marks[0]))
        elif kinds == "””" and not text[p_start:marks[0]].strip() and \
                text[marks[1] - 1] in ",.!?" and lx.SPEECH_AFTER_RE.match(text, marks[1] + 1):
            a, b = marks
            start = a + 1 + len(text[a + 1:b]) - len(text[a + 1:b].lstrip())
            out.append(Quotation(start, len(text[:b].rstrip(" ,")), a, b))
        elif kinds == "“":
            a = marks[0]
            start = a + 1 + len(text[a + 1:p_end]) - len(text[a + 1:p_end].lstrip())
            if len(text[start:p_end].split()) >= 5:
                out.append(Quotation(start, p_end, a, p_end))
    return [q for q in out if q.end > q.start]


# ---- who speaks ------------------------------------------------------------------------------

class _Reader:
    """What the speaker rules read of one document, looked up once."""

    def __init__(self, doc: Document) -> None:
        self.doc, self.lx, self.text = doc, doc.lx, doc.text
        self.people = [e for e in doc.ents.values() if e.kind == "person"]
        self.quoted: list[tuple[int, int]] = []  # (opening, closing mark) of each quotation
        self._mentions: list[tuple[int, int, str]] = []
        self._starts: list[int] = []  # where each of _mentions starts
        self._read = -1  # doc.mentions.changes when _mentions was read
        self._holders: dict[str, list[tuple[int, str]]] = {}  # title -> (first mention, key) of its holders
        self._holders_read = -1  # the _read they were found at
        self._subjects: dict[int, list[tuple[int, int, str]]] = {}  # by paragraph
        self._verbs: dict[str, bool] = {}
        self._reports: dict[int, list[tuple[int, str | None]]] = {}  # by paragraph
        fw = self.lx.function_words
        self.pronouns, self.openers, self.ends = fw["pronoun"], fw["clause_opener"], fw["report_end"]
        self.unnamed, self.possessors, self.demonstratives = fw["unnamed"], fw["possessor"], fw["demonstrative"]
        self.someone, self.naming, self.another = fw["someone"], fw["naming"], fw["another"]
        self.also_title = fw["also_title"]
        self.source_leads, self.prepositions = fw["source_lead"], fw["preposition"]
        self.adverbs = fw["after_subject"] | fw["predicate"]

    @property
    def mentions(self) -> list[tuple[int, int, str]]:
        """The people's mentions, in the text's order (read again when the mentions changed)."""
        if self._read != self.doc.mentions.changes:
            self._mentions = self.doc.people_mentions()
            self._starts = [s for s, _, _ in self._mentions]
            self._read = self.doc.mentions.changes
        return self._mentions

    def starting(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """The people's mentions that start at ``lo`` or after and before ``hi``, in order."""
        mentions = self.mentions
        return mentions[bisect.bisect_left(self._starts, lo):bisect.bisect_left(self._starts, hi)]

    def fullest(self, key: str | None, pos: int) -> str | None:
        """The person a short form's entity stands for ("Wibisana" → "Rudi Wibisana"), when the
        people passes left the two apart; else ``key``."""
        ent = self.doc.ents.get(key) if key else None
        if ent is None or len(ent.name.split()) > 1:
            return key
        full = resolve_short(self.doc, self.people, ent.name.split(), pos, exclude=key)
        return full.key if full else self.written_otherwise(ent.name, key) or key

    def written_otherwise(self, word: str, key: str) -> str | None:
        """The one person of a longer name whose first word the one-word name ``word`` clips
        ("Pram" of "Pramesti Sumarsih", four letters kept) or one of whose words it writes with two
        letters swapped ("Wibsiana" of "Rudi Wibisana", five letters at least)."""
        if len(word) < 4:
            return None
        found = {p.key for p in self.people if p.key != key and len(p.name.split()) > 1 and
                 (clipped(word, p.name.split()[0]) or
                  any(len(w) == len(word) and one_letter_apart(word, w) for w in p.name.split()))}
        return found.pop() if len(found) == 1 else None

    def mention(self, start: int, end: int, key: str) -> None:
        self.doc.mention(start, end, key)

    def titles(self, start: int, end: int) -> list[re.Match]:
        """The titles the text writes between ``start`` and ``end`` ("Bupati", "Plt. Kepala
        Dinas"), tried at the tokens that may start one."""
        lx, toks, starts = self.lx, self.doc.tokens, self.doc.token_starts
        out = []
        for i in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
            if toks[i].text in lx.title_starts:
                m = lx.TITLE_RE.match(self.text, toks[i].start)
                if m and m.end() <= end:
                    out.append(m)
        return out

    def runs_named_after(self, spans: list[Quotation], bare: list[bool], gives: list[bool]) -> list[tuple[int, int]]:
        """(first, last) of each run of paragraphs that are a quote alone, with no clause
        (``bare``), right before a paragraph that opens on a quote whose clause names its speaker
        (``gives``: "kata Rudi", not "ujarnya"): the speaker of ``spans[last]`` is the run's ("Narasi.\n\n“Kemarin
        kami ke sana.”\n\n“Yang pasti kami berangkat,” kata Rudi."), when the paragraph before the run is no
        quote's and reports no one ("Rudi mengatakan, …" before it: the run is Rudi's)."""
        text, out = self.text, []
        alone = [self.alone_in_paragraph(q) for q in spans]
        n = 0
        while n < len(spans):
            first = n
            while n < len(spans) and bare[n] and alone[n] and \
                    (n == first or not text[spans[n - 1].close_at + 1:spans[n].open_at].strip()):
                n += 1
            if n > first and n < len(spans) and gives[n] and \
                    not text[spans[n - 1].close_at + 1:spans[n].open_at].strip() and \
                    not text[self.doc.paragraph_of(spans[n].open_at)[0]:spans[n].open_at].strip():
                here = self.paragraph_at(spans[first].open_at)
                before = self.doc.paragraphs[here - 1] if here else None
                if before and not self.reports(*before) and \
                        not any(before[0] <= q.open_at < before[1] for q in spans):
                    out.append((first, n))
            n = max(n, first + 1)
        return out

    def text_gives(self, q: Quotation) -> bool:
        """Whether the words right before the quotation ``q`` in its sentence are a verb by which a
        text gives its words ("spanduk bertuliskan “…”"), or a law's ("Pasal 21 undang-undang itu berbunyi,
        “…”"; not "kalimat Rudi yang berbunyi “…”" nor "bukunya yang berbunyi “…”", the writer's
        words)."""
        start = self.sentence_start(q.open_at)
        before = _LEAD_WORD_RE.search(self.text, max(start, q.open_at - 30), q.open_at)
        if before is None:
            return False
        verb = before[1].lower()
        return verb in self.lx.text_verbs or verb in self.lx.law_text_verbs and \
            any(w[0] in self.lx.law_first_words or w[0].lower() in self.lx.law_words["article"]
                for w in _WORD_RE.finditer(self.text, start, before.start()))

    def alone_in_paragraph(self, q: Quotation) -> bool:
        """Whether the quotation ``q`` is all of its paragraph (its marks and a comma or stop aside)."""
        p_start, p_end = self.doc.paragraph_of(q.open_at)
        return not self.text[p_start:q.open_at].strip() and not self.text[q.close_at + 1:p_end].strip(" \t\n,.")

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.quoted, (pos, len(self.text))) - 1
        return i >= 0 and pos <= self.quoted[i][1]

    def quote_follows(self, pos: int) -> bool:
        """Whether a quotation opens after ``pos`` in its sentence ("… X yang menyebut “…”")."""
        i = bisect.bisect_left(self.quoted, (pos,))
        return i < len(self.quoted) and self.quoted[i][0] < self.sentence_end(pos)

    def paragraph_at(self, pos: int) -> int | None:
        """The index of the first paragraph that holds ``pos`` (its end included), if any."""
        paragraphs = self.doc.paragraphs
        i = bisect.bisect_right(self.doc.memo.setdefault("paragraph_starts", [s for s, _ in paragraphs]), pos) - 1
        # (the one before may end right where this one starts)
        return next((j for j in (i - 1, i) if j >= 0 and paragraphs[j][0] <= pos <= paragraphs[j][1]), None)

    def sentence_start(self, pos: int) -> int:
        i = bisect.bisect_right(self.doc.sentence_starts, pos) - 1
        return self.doc.sentences[i][0] if i >= 0 else 0

    def sentence_end(self, pos: int) -> int:
        i = bisect.bisect_right(self.doc.sentence_starts, pos) - 1
        return self.doc.sentences[i][1] if i >= 0 and self.doc.sentences[i][1] > pos else len(self.text)

    # ---- who a reporting clause names -----------------------------------------------------

    def clause_speaker(self, start: int, pos: int) -> tuple[bool, str | None]:
        """(whether the clause from ``start`` names a speaker, the person it names): the
        first person whose name ends the title chain ("kata Wakil Ketua BPKS Rudi Wibisana
        di …", "ujar Ketua Partai Maju Klaten, Rudi Wibisana, Senin"), else the one holder of a
        title or of a word that introduced one person ("tegas Kapolres", "tegas JPU"); a
        body ("kata Polda") or an unknown name names a speaker who is no known person."""
        lx, text = self.lx, self.text
        end = self.clause_end(start)
        persons = self.starting(start, end)
        if persons and all(self.in_description(s, e, k) and  # ("… bernama asli Rudi ini" names the speaker)
                           not any(w[0] in self.naming for w in _WORD_RE.finditer(text, start, s))
                           for s, e, k in persons):
            return False, None  # "kata mantan pelatih Klub Sukamaju ini": one described, named before
        first = _WORD_RE.search(text, start, start + 40)
        if persons and first and first[0] in self.someone and first.end() <= persons[0][0] and \
                not _naming_re(lx).search(text, first.end(), persons[0][0]):
            return True, None  # "kata sumber dekat Rudi", "tulis pihak Persisuka": nobody named ("…, Rudi" names one)
        closed = [(s, e, k) for s, e, k in persons if self.name_ends(e, end)]
        if len(closed) > 1 and re.fullmatch(r",[ \t]*", text[closed[0][1]:closed[1][0]]) and \
                not re.match(r"[ \t]+[a-z]", text[closed[1][1]:end]):
            # "ujar Media Officer Persisuka, Rudi …": a title read as a name, then the name; but in
            # "Saat ini, lanjut Rudi, Bambang masih diperiksa" the name after the comma begins the sentence's own clause
            return True, closed[1][2]
        if closed or persons:
            return True, (closed or persons[-1:])[0][2]
        m = _NAME_AFTER_RE.match(text, start, end)
        if m is None:  # (``first``: the clause's first word, read above)
            # "kata seorang warga": nobody in particular; "kata pria itu": the one before
            last = _WORD_RE.findall(text, start, end)[-1:]
            # "kata warga lainnya": another one, nobody in particular; "cuit akun @rudi_w": an account, no person
            return bool(first) and first[0] in self.unnamed or bool(last) and last[0] in self.another or \
                self.described(start, end) or _HANDLE_RE.search(text, start, end) is not None, None
        who = m[1]
        words = [w.rstrip(".") if w.rstrip(".") not in lx.prefixes else w
                 for w in re.findall(r"[\w.'-]+", who) if w.rstrip(".") not in lx.titles]
        while words and (words[0] in lx.titles or words[0] in lx.prefixes):
            words = words[1:]
        for cut in range(len(words), 0, -1):
            person = resolve_short(self.doc, self.people, words[:cut], pos)
            if person:
                if who.startswith(" ".join(words[:cut])):
                    self.mention(m.start(1), m.start(1) + len(" ".join(words[:cut])), person.key)
                return True, person.key
        initials = self.initials(words[0], m.start(1)) if len(words) == 1 else None
        if initials:  # "…,” kata RW": the one person whose name's initials it writes ("Rudi Wibisana")
            self.mention(m.start(1), m.start(1) + len(words[0]), initials)
            return True, initials
        title = lx.TITLE_RE.match(text, m.start(1))
        if title and not self.name_ends(_TITLE_TAIL_RE.match(text, title.end(), end).end(), end):
            return True, None  # "kata Presiden dan CEO PT Contoh, …": a name the text gives, not the title's holder
        holder = self.title_holder(title["title"], pos) if title else None  # "…,” tegas Kapolres.
        if holder is None and (title or len(words) == 1):
            holder = self.introduced(title["title"] if title else words[0], pos)  # "…,” tegas JPU.
        return True, holder

    def title_speaker(self, start: int, q: Quotation, said: list[tuple[int, str | None]]) -> str | None:
        """The speaker of a reporting clause from ``start`` that is a title alone whose holder the
        text does not give as such ("…,” ujar Jaksa." after "kata jaksa BPKS, Rudi Wibisana"; "…,” papar
        Menperin." after "Menteri Peridustrian Rudi Wibisana"): of the speakers the text reported before,
        the last who holds a post of the title's role or was introduced by the title's word; else None."""
        text, end = self.text, self.clause_end(start)
        m = _NAME_AFTER_RE.match(text, start, end)
        title = self.lx.TITLE_RE.match(text, m.start(1)) if m else None
        if title is None or self.starting(start, end) or \
                not self.name_ends(_TITLE_TAIL_RE.match(text, title.end(), end).end(), end):
            return None
        row = self.lx.titles.get(title["title"])
        word = re.compile(rf"(?<![\w-]){re.escape(title['title'])}(?![\w-])[^.;:!?“”\n]{{0,40}}$", re.I)
        told = [*said, *(report for p_start, p_end in self.doc.paragraphs if p_start < q.open_at
                         for report in self.reports(p_start, p_end))]
        for _, who in sorted((at, k) for at, k in told if at < q.open_at and k and k != _NOBODY)[::-1]:
            ent = self.doc.ents.get(who)
            if ent is not None and (row is not None and any(
                    self.lx.titles.get(p.title) is not None and self.lx.titles[p.title].role == row.role
                    for p in ent.posts) or
                    any(word.search(text, max(0, s - 60), s) for s, _ in self.doc.mentions.spans_of(who))):
                return who
        return None

    def capitalized_report(self, at: int) -> re.Match | None:
        """The reporting clause after a closing mark at ``at - 1`` whose verb the site capitalized
        ("…,” Kata Kepala BPBD Rudi …", "…,” Ujarnya."); the clause must name someone or point back,
        so a sentence opening with such a word ("Kata kunci …") is none."""
        if _CAPITAL_VERB_RE.match(self.text, at) is None:  # (after a comma and spaces, on this line)
            return None
        m = self.lx.SPEECH_AFTER_CAPITAL_RE.match(self.text, at)
        return m if m and (m["nya"] or m["who"]) else None

    def source_after(self, start: int, pos: int) -> tuple[bool, str | None]:
        """(whether, who): the source a clause with no reporting verb names right after a closing
        mark at ``start - 1``, when it opens (past "seperti", "dalam" …) on an unnamed word: a text
        or a body ("…,” bunyi pernyataan itu.", "…,” seperti dalam petikan permohonan."), which is
        no person, or a person the clause names as the text's ("…,” bunyi pernyataan Rudi
        Wibisana."). A sentence that opens after the mark, capitalized, is no such clause."""
        lead = re.match(r"[ \t]*,?[ \t]*", self.text[start:start + 8])
        at = start + lead.end()
        for w in _WORD_RE.finditer(self.text, at, at + 40):
            if self.text[at:w.start()].strip(" \t") or not w[0].islower():
                return False, None
            if w[0] in self.unnamed:
                return self.clause_speaker(w.start(), pos)
            if w[0] not in self.source_leads:
                return False, None
            at = w.end()
        return False, None

    def described(self, start: int, end: int) -> bool:
        """Whether the clause ``start:end`` describes its speaker and then gives a name the passes
        did not read as a person's ("ujar asisten pelatih tim nasional, Wisnu Pradana"): the text
        names a speaker, only no known one, so the quote is not the last speaker's."""
        m = _DESCRIBED_RE.search(self.text, start, end)
        if m is None or _MARK_RE.search(self.text, start, m.start()):
            return False
        name, name_end = m[1].split(), m.start(1) + len(m[1].rstrip("."))
        # (no day or month, and no body or place the whole name is: "…, Contoh Entertainment", "ujar pria
        # asal Purworejo, Jawa Tengah")
        rest = self.text[name_end:end]
        # (the name ends the clause: "Menurut rencana, Stasiun Sukamaju akan …" describes no speaker)
        return name[0].lower() not in self.lx.weekdays and name[0].lower() not in self.lx.months and \
            (not rest.strip() or rest[0] in ",.;:()!?\n") and \
            not any(e == name_end for _, e, _ in self.doc.mentions.within(m.start(1), name_end, ("org", "place")))

    def initials(self, word: str, at: int) -> str | None:
        """The one person whose name's initials the capitals ``word`` at ``at`` write ("RW" for
        "Rudi Wibisana", "BS" for "Bambang Sutejo"), when no body is named there and
        the word is no acronym the lexicon knows ("KPK")."""
        if not _INITIALS_RE.fullmatch(word) or word in self.lx.acronyms or \
                any(s == at for s, _, _ in self.doc.mentions.within(at, at + len(word), ("org", "place"))):
            return None
        found = {p.key for p in self.people
                 if "".join(w[0] for w in p.name.split() if w[:1].isupper()) == word}
        return found.pop() if len(found) == 1 else None

    def relayed(self, start: int) -> str | None:
        """The person whose words the reporting clause from ``start`` says the speaker repeats
        or reads out ("kata Rudi menirukan permintaan Bambang", "ucap jaksa membacakan BAP
        Bambang": Bambang), if any."""
        end = min(self.sentence_end(start), start + 120)
        m = self.lx.RELAY_RE.search(self.text, start, end)
        if m is None or _MARK_RE.search(self.text, start, m.start()):
            return None
        person = next((k for s, e, k in self.starting(m.end(), m.end() + 1)), None)
        if person is None:  # a short form the passes before left unread ("permintaan Bambang")
            words = [w.rstrip(".") for w in _CAPITALIZED_RE.match(self.text, m.end())[0].split()]
            found = next(filter(None, (resolve_short(self.doc, self.people, words[:cut], start)
                                       for cut in range(len(words), 0, -1))), None)
            person = found.key if found else None
        return person

    def addressee(self, start: int) -> str | None:
        """Whom the reporting clause from ``start`` says the words were put to ("tanya Rudi
        kepada Bambang": Bambang)."""
        end = self.clause_end(start)
        to = re.match(r"(?:kepada|pada)[ \t]+", self.text[end:end + 12])
        if to is None:
            return None
        return next((k for s, e, k in self.starting(end + to.end(), end + to.end() + 1)), None)

    def subject_after(self, start: int) -> tuple[bool, str | None]:
        """(whether, who): the person a quote's clause names before its verb ("…,” Rudi
        menambahkan.", "…,” Rudi mengatakan"), from the closing mark at ``start - 1``."""
        lead = re.match(r"[ \t]*[,.]?[ \t]*", self.text[start:start + 8])
        at = start + lead.end()
        person = next(iter(self.starting(at, at + 1)), None)
        body = next((m for m in self.doc.mentions.within(at, at + 200, ("org",)) if m[0] == at), None)
        for s, e, k in filter(None, (person, body)):  # "…,” Rudi menambahkan", "…”, Polda mengonfirmasi"
            verb = re.match(r"[ \t]+([\w'-]+)", self.text[e:e + 40])
            if verb and (verb[1] in self.lx.speech_before_words or verb[1] in self.lx.report_words or
                         body and self.is_verb(verb[1])):
                return True, k if k.startswith("person:") else _NOBODY
        return False, None

    def clause_end(self, start: int) -> int:
        """Where the speaker's part of a reporting clause from ``start`` ends: at the
        sentence's or the line's end, the next quotation, or a word that starts what follows
        the name ("di", "kepada", "saat", a verb)."""
        text = self.text
        end = min(self.sentence_end(start), self.doc.paragraph_of(start)[1] if self.doc.paragraph_of(start)[1] > start
                  else len(text))
        nxt = text.find("“", start, end)
        end = nxt if nxt >= 0 else end
        past = start  # (where a second title of the speaker's ends: the clause goes on past it)
        for w in _WORD_RE.finditer(text, start, end):
            if w.start() < past:
                continue
            if w[0] == "yang":
                past = self.second_title(w.end(), end)
                if past > w.end():
                    continue
            if w[0] in self.ends or self.is_verb(w[0]) and w[0] not in self.lx.speech_words and \
                    w[0] not in self.naming:  # ("kata seorang pedagang bernama Rudi")
                return w.start()
        return end

    def second_title(self, start: int, end: int) -> int:
        """Where the second title of a reporting clause's speaker ends, when the words after "yang"
        at ``start`` give one ("kata Ketua Panitia yang juga Kepala Dinas Pemuda Sukamaju Rudi …":
        the name after it is the speaker's); else ``start``."""
        link = _WORD_RE.match(self.text, start + 1, end) if self.text[start:start + 1] in " \t" else None
        if link is None or link[0] not in self.also_title:
            return start
        at = link.end() + 1
        former = _WORD_RE.match(self.text, at, end)
        if former and former[0] in self.lx.former_words:
            at = former.end() + 1
        title = self.lx.TITLE_RE.match(self.text, at, end)
        return title.end() if title else start

    def name_ends(self, end: int, clause_end: int) -> bool:
        """Whether a name ending at ``end`` ends the title chain: a comma (not one of a
        list), a bracket or stop, the clause's end, or a lowercase word other than a
        connector follows it."""
        rest = self.text[end:clause_end]
        fw = self.lx.function_words
        if rest[:1] == ",":  # "…, Rudi, Kamis": closed; "Kepala Bidang Tanah, Air, dan Udara …": a list
            m = re.match(r",[ \t]*([\w'-]+)", rest)
            return not (m and m[1] in fw["list_connector"])
        if not rest.strip() or rest[0] in ".;:()!?\n":
            return True
        m = re.match(r"[ \t]+([\w'-]+)", rest)
        return bool(m) and m[1][0].islower() and m[1] not in fw["list_connector"] and m[1] not in self.lx.name_inner

    def title_holder(self, title: str, pos: int) -> str | None:
        """The one person named before ``pos`` with this title ("Kapolres" → the Kapolres), or,
        when nobody is given the title as written, with the post it stands for ("Menperin" →
        the "Menteri Perindustrian")."""
        mentions = self.mentions
        if self._holders_read != self._read:
            self._holders, self._holders_read = {}, self._read
        firsts = self._holders.get(title)
        if firsts is None:  # (where each holder of the title is first named)
            first: dict[str, int] = {}
            for fits in (lambda p: p.title == title, lambda p: self.same_post(title, p)):
                for s, e, k in mentions:
                    ent = self.doc.ents.get(k)
                    if k not in first and ent is not None and any(fits(p) for p in ent.posts):
                        first[k] = s
                if first:
                    break
            firsts = self._holders[title] = sorted((s, k) for k, s in first.items())
        return firsts[0][1] if bisect.bisect_left(firsts, (pos,)) == 1 else None  # one named before pos

    def same_post(self, title: str, held: TitleMention) -> bool:
        """Whether the title ``title`` names the post ``held``, written another way: the same
        role, and a national body that the held title's complement names ("Menperin" is the
        "Menteri Perindustrian RI": "Perindustrian" of "Kementerian Perindustrian")."""
        rows = self.lx.titles
        short, long = rows.get(title), rows.get(held.title)
        if short is None or long is None or short.role != long.role:
            return False
        if short.rule.how == "national" and short.rule.arg and long.rule.how != "national":
            body = set(short.rule.arg.split())
            return any(w in body for w in held.comp.split() if w[:1].isupper())
        return True

    def introduced(self, word: str, pos: int) -> str | None:
        """The one person a word introduces before ``pos``, in a title chain right before
        the name ("Jaksa Penuntut Umum (JPU) BPKS Rudi Wibisana …": "JPU" is Rudi Wibisana), in
        its sentence: a name the passes did not read ("… pelatih, Wisnu Pradana.") introduces
        nobody the next sentence or paragraph names."""
        found = set()
        for w in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", self.text[:pos]):
            chain = _CHAIN_RE.match(self.text, w.end(), self.sentence_end(w.start()))
            after = next(((s, k) for s, e, k in self.starting(w.end(), chain.end() + 1)), None)
            if after and "," not in self.text[w.end():after[0]]:
                found.add(after[1])
        return found.pop() if len(found) == 1 else None

    # ---- who the text has been reporting ---------------------------------------------------

    def reports(self, p_start: int, p_end: int) -> list[tuple[int, str | None]]:
        """The reports in the running text of the paragraph ``p_start:p_end``, as (where,
        speaker): "…, kata Rudi, …", "Menurut Rudi, …", "Rudi mengatakan"; the speaker is
        None for a pronoun ("lanjut dia", "menurutnya", "Ia menambahkan"), which points
        back to the one before."""
        found = self._reports.get(p_start)
        if found is not None:
            return found
        lx, text, toks = self.lx, self.text, self.doc.tokens
        closes = [b + 1 for a, b in self.quoted]
        out: list[tuple[int, str | None]] = []
        candidates = lx.report_tokens
        first = bisect.bisect_left(self.doc.token_starts, p_start)
        for i in range(first, bisect.bisect_left(self.doc.token_starts, p_end)):
            t = toks[i]
            if t.text not in candidates:
                continue
            word = t.text.lower()
            if word in lx.speech_before_words:
                if out and out[-1][0] >= self.sentence_start(t.start) and not self.quote_follows(t.end):
                    continue  # "Rudi mengatakan, menurut keterangan saksi Bambang menjelaskan …": Rudi's report
                if not self.in_quote(t.start):
                    subject = self.subject_before(t.start, t.end)
                    # (a body's appeal, "Polda mengimbau warga …", leaves the report to the one who spoke for it)
                    if subject != "" and not (subject == _NOBODY and word in lx.speech_stances):
                        out.append((t.start, subject))
                continue
            nya = word.endswith("nya") and word[:-3] in lx.report_words or word in lx.speech_nya
            if not nya and word not in lx.report_words:
                continue
            c = bisect.bisect_right(closes, t.start) - 1
            if self.in_quote(t.start) or c >= 0 and not text[closes[c]:t.start].strip(" \t,."):
                continue  # inside a quote, or a quote's own reporting clause
            nxt = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
            if nya or nxt in self.pronouns:
                out.append((t.start, None))
            elif nxt[:1].isalpha():
                named, speaker = self.clause_speaker(t.end, t.start)
                if speaker or named:  # "kata Rudi", "menurut Polda" (a report by no person)
                    out.append((t.start, speaker or _NOBODY))
        self._reports[p_start] = out
        return out

    def is_verb(self, word: str) -> bool:
        """A verb with a verbal prefix or a reporting verb; a root word that only looks like
        one ("media", "mereka", "berita") is none, nor "menurut" ("X itu, menurut dia, …")."""
        verb = self._verbs.get(word)
        if verb is None:
            lx = self.lx
            verb = self._verbs[word] = word.islower() and bool(lx.SUBJECT_VERB_RE.match(word)) and \
                (word in lx.speech_words or word not in lx.dictionary) and word not in lx.speech_sources
        return verb

    def to_verb(self, start: int, end: int) -> re.Match | None:
        """The verb a subject ending at ``start`` governs, when the words up to it are the
        subject's apposition or adverbs ("Rudi, Kepala Desa Sukamaju, mengatakan", "Rudi
        yang juga petani mengatakan"): no stop, pronoun, clause opener or other verb before
        it (a relative clause's after "yang" aside), at most 160 characters on; else None."""
        limit = min(end, start + 160)
        stop = _STOP_RE.search(self.text, start, limit)
        relative = False
        for w in _WORD_RE.finditer(self.text, start, stop.start() if stop else limit):
            word = w[0]
            if word.lower() in self.pronouns or word.lower() in self.openers:
                return None  # "Rudi hadir, ia mengatakan": the pronoun is the subject
            if word == "yang":
                relative = True
            elif self.is_verb(word):
                if not relative or word in self.lx.speech_words or word in self.lx.speech_before_words:
                    return w
        return None

    def verb_next(self, start: int, end: int) -> re.Match | None:
        """The verb right after a subject ending at ``start``: past an apposition set off by
        commas and adverbs only ("Rudi, petani, juga menanam padi"); else None ("Rudi
        juga punya hak untuk membela …" reads no verb of Rudi's)."""
        text = self.text
        app = _APPOSITION_RE.match(text, start, end)
        at = app.end() if app and not any(self.is_verb(w[0]) for w in _WORD_RE.finditer(text, start, app.end())) \
            else start
        for w in _WORD_RE.finditer(text, at, min(end, at + 80)):
            if self.is_verb(w[0]):
                return w
            if w[0] not in self.adverbs or text[at:w.start()].strip(" \t"):
                return None
            at = w.end()
        return None

    def clear_before(self, s: int) -> bool:
        """Whether the clause before ``s`` (from the sentence's start or the last comma)
        holds no verb: "Sementara itu, Rudi …" leads with a subject, "… bernama Rudi" with
        an object."""
        sent = self.sentence_start(s)
        comma = self.text.rfind(",", sent, s)
        return not any(self.is_verb(w[0]) for w in _WORD_RE.finditer(self.text, max(sent, comma + 1), s))

    def after_preposition(self, s: int) -> bool:
        """Whether the name at ``s`` is the object of a preposition right before it ("Rudi, dokter
        dari Klinik Sukamaju, mengatakan": the clinic, read as a person, is not who speaks)."""
        before = _LAST_WORD_RE.search(self.text, max(0, s - 16), s)
        return bool(before) and before[1] in self.prepositions

    def in_description(self, s: int, e: int, key: str) -> bool:
        """Whether the name ``s:e`` of ``key`` is inside a description of someone named before:
        a noun before it (in its sentence or its span) and a demonstrative after it ("Personel
        Band X itu melanjutkan": a member of the band, not the band the passes read as a person)."""
        if self.lx.DEMONSTRATIVE_RE.match(self.text, e) is None:
            return False
        ent = self.doc.ents.get(key)
        return _LAST_WORD_RE.search(self.text, max(self.sentence_start(s), s - 30), s) is not None or \
            ent is not None and not self.text.startswith(ent.name.split()[0], s)

    def pronoun_before(self, s: int) -> bool:
        """Whether a pronoun is the subject of a verb before ``s`` in its sentence ("Ia melihat,
        Rudi seolah …"): the person at ``s`` is then the subject of what that one says or thinks."""
        sent = self.sentence_start(s)
        return any(w[0].lower() in self.pronouns and self.to_verb(w.end(), s) is not None
                   for w in _WORD_RE.finditer(self.text, sent, s))

    def subject_before(self, verb_at: int, verb_end: int) -> str | None:
        """The subject of the reporting verb at ``verb_at``: a person ("Rudi, Kepala Desa
        Sukamaju, mengatakan"), None for a pronoun ("Ia mengatakan") or a title with no
        single holder, ``_NOBODY`` for a body or nobody in particular ("Polda mengatakan",
        "Seorang sumber mengatakan", "anak Rudi mengatakan"), "" when none is found."""
        text = self.text
        s_start = self.sentence_start(verb_at)

        def governs(at: int) -> bool:
            v = self.to_verb(at, verb_end)
            return v is not None and v.start() == verb_at

        # (a subject governs a verb at most 160 characters after it: see to_verb)
        near = verb_at - 160
        persons = [(s, e, k) for s, e, k in self.starting(max(s_start, near - self.doc.mentions.longest), verb_at)
                   if e <= verb_at and e > near]
        for s, e, k in reversed(persons):
            if governs(e) and not self.after_preposition(s):  # ("Rudi, dokter dari Klinik X, mengatakan")
                if self.in_description(s, e, k):
                    return None  # "Personel Band X itu melanjutkan": one described, named before
                before = _WORD_RE.findall(text, max(s_start, s - 30), s)[-1:]
                return _NOBODY if before and before[0] in self.possessors else k  # "pemerintahan Rudi …"
        words_from = max(s_start, near)
        while words_from > s_start and _WORD_RE.match(text, words_from - 1, words_from):
            words_from -= 1  # (from a word's start, as from the sentence's)
        words = list(_WORD_RE.finditer(text, words_from, verb_at))
        for w in words:
            if w[0].lower() in self.pronouns and governs(w.end()):
                return None
        for t in reversed(self.titles(s_start, verb_at)):
            if governs(t.end()):
                before = _LAST_WORD_RE.search(text, max(s_start, t.start() - 20), t.start())
                if before and before[1].lower() in self.someone:
                    return _NOBODY  # "Seorang juru bicara klub berkata": one in particular, named nowhere
                return self.title_holder(t["title"], verb_at)
        lead = [w[0] for w in words if w[0] not in self.adverbs][-2:]
        if lead and lead[-1] in self.demonstratives:
            if len(lead) == 2 and lead[0].lower() in self.unnamed:
                return _NOBODY  # "Pernyataan tersebut menjelaskan": a text, no person
            return None  # "Analis di Polda tersebut menjelaskan": someone named before, described
        if any(governs(e) for s, e, k in self.doc.mentions.within(words_from, verb_at, ("org",))) or \
                any(w[0].lower() in self.unnamed and governs(w.end()) for w in words):
            return _NOBODY
        return ""

    def subjects(self, p_start: int, p_end: int) -> list[tuple[int, int, str]]:
        """(where, where its verb is, who) of each person who is the subject of a verb in the
        paragraph ``p_start:p_end``, outside quotes and outside what a report before it in
        its sentence says ("Ia mengingatkan, tim kuasa hukum Rudi juga punya hak …": not
        Rudi) ("Rudi menanam padi", "Bupati meninjau pasar": its one holder)."""
        found = self._subjects.get(p_start)
        if found is None:
            out = []
            mentions = self.starting(p_start, p_end)
            told = [at for at, _ in self.reports(p_start, p_end)]
            said_that = []  # where the clause a subject's verb before a comma governs starts ("Rudi menjawab, …")
            for s, e, k in mentions:
                if not self.in_quote(s) and self.clear_before(s) and not self.after_preposition(s) and \
                        not self.in_description(s, e, k) and \
                        not any(self.sentence_start(s) <= at < s for at in told + said_that) and \
                        not self.pronoun_before(s):
                    v = self.to_verb(e, p_end)
                    if v:
                        out.append((s, v.start(), k))
                        if self.text.startswith(",", v.end()):
                            said_that.append(v.end())
            for t in self.titles(p_start, p_end):
                if self.in_quote(t.start()) or not self.clear_before(t.start()):
                    continue
                tail = _TITLE_TAIL_RE.match(self.text, t.end(), p_end)
                v = self.verb_next(tail.end(), p_end)
                if v and not any(t.end() <= s < v.start() for s, _, _ in mentions):
                    holder = self.title_holder(t["title"], t.start() + 1)
                    if holder:
                        out.append((t.start(), v.start(), holder))
            found = self._subjects[p_start] = sorted(out)
        return found

    def antecedent(self, q: Quotation, said: list[tuple[int, str | None]], pointing: bool = False) -> str | None:
        """The speaker of a quote its clause does not name ("…,” ujarnya", "…,” kata dia", a
        quote with no clause): walking back paragraph by paragraph from the quote, the last
        reported speaker, else the last subject, else (in the quote's own paragraph) the
        first person named; a pronoun's report sends the walk on to the paragraph before. A
        person named in the quote is not its speaker, nor one first named inside a quote
        (the one a speaker spoke of: "“… yaitu Rudi,” kata Kapolda. Rudi berasal dari …").
        With none found, when a clause points back (``pointing``: "ujarnya", "kata pria
        itu"), the first person named as a subject might be in the nearest paragraph that
        names one; else none."""
        about = {k for s, e, k in self.starting(q.start, q.end)}
        here = self.paragraph_at(q.open_at)
        if here is None:
            return None
        for j in range(here, -1, -1):
            p_start, p_end = self.doc.paragraphs[j]
            limit = q.open_at if j == here else p_end + 1
            told = sorted((s, k) for s, k in [*self.reports(p_start, p_end), *said] if p_start <= s < limit)
            named = [(s, k) for s, k in told if k and k not in about]
            if named:
                return None if named[-1][1] == _NOBODY else named[-1][1]
            subjects = [k for s, v, k in self.subjects(p_start, p_end) if v < limit and k not in about and
                        not self.first_quoted(k)]
            if subjects:
                return subjects[-1]
            for at, who in reversed(self.reports(p_start, p_end)):
                if who is None and at < limit:  # "Rudi … hadir. Ia mengatakan, …": the person of a sentence before
                    sentence = self.sentence_start(at)
                    before = [(s, e, k) for s, e, k in self.starting(p_start, sentence) if
                              not self.in_quote(s) and k not in about]
                    if before:  # the subject of the last sentence naming one ("Rudi … membunuh Bambang. Ia …"),
                        # not one a phrase put before it names ("Terlepas dari kembalinya Bambang, …")
                        last = self.sentence_start(before[-1][0])
                        return next((k for s, e, k in before if s >= last and self.clear_before(s) and
                                     self.text[e:e + 1] != ","), before[-1][2])
            if told:
                continue  # "Ia menambahkan, …": the speaker is further back
            if j == here:
                first = [k for s, e, k in self.starting(p_start, limit)
                         if not self.in_quote(s) and k not in about and not self.listed(s) and
                         not self.in_description(s, e, k)]
                if first:
                    return first[0]
        for j in range(here, -1, -1) if pointing else ():  # "Rudi, anggota band itu, siap tampil. Ia … “…,” ujarnya."
            p_start, p_end = self.doc.paragraphs[j]
            for s, e, k in self.starting(p_start, min(p_end, q.open_at)):  # (no verb before it in its clause)
                if not self.in_quote(s) and k not in about and not self.first_quoted(k) and self.clear_before(s) and \
                        not self.listed(s) and not self.in_description(s, e, k):
                    return k
        return None

    def listed(self, s: int) -> bool:
        """Whether the name at ``s`` ends a list ("… meliputi Desa Tirtamulya, Karangjati, dan Sukamaju"):
        a list connector right before it; such a name is no subject a pointing clause means."""
        before = _LAST_WORD_RE.search(self.text, max(0, s - 16), s)
        return bool(before) and before[1] in self.lx.function_words["list_connector"]

    def first_quoted(self, key: str) -> bool:
        """Whether the person ``key`` is first named inside a quotation."""
        spans = self.doc.mentions.spans_of(key)
        return bool(spans) and self.in_quote(spans[0][0])


PASS = Pass("quotes", find_quotes,
            reads=("ents", "mentions", "law_spans"),
            assigns=("mentions", "quotes"))
