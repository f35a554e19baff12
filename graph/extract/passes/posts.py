"""Posts: each title a person holds, read as a role of a body or of a government.

A title's rule in ``titles.tsv`` says where its body is: a government of the region named
("Bupati Bangli"), the body named after it ("Ketua Koperasi Wijayakusuma"), a unit
("Kapolsek Arjasari") or a national office ("Menteri …"); the post gets a label and, once
per label, a key::

    Bupati Bangli Hadi Kartasasmita meninjau pasar.
    → the post "Bupati Bangli" of Pemerintah Kabupaten Bangli

Leaves to later passes: the parents of the bodies it registered (the parents pass).
"""
from __future__ import annotations

import re

from ...types import Post, Role
from ..document import Document, Pass, slug
from ..lookup.orgs import canonical_org, find_org, government_of, is_acronym, region_suffix, register_org
from ..lookup.places import area_of, country_place, place_in
from ..lookup.titles import division_end

__all__ = ["read_posts", "PASS"]


def read_posts(doc: Document) -> None:
    bodies: dict[int, str] = {}  # where each title read as a post of a body starts: that body
    bodiless = []
    for ent in [e for e in doc.ents.values() if e.kind == "person"]:
        for post in ent.posts:
            org_key = _read_post(doc, ent, post)
            if org_key:
                bodies[post.title_start] = org_key
            elif doc.lx.titles[post.title].rule.how in ("follows", "client"):
                bodiless.append((ent, post))
    for ent, post in bodiless:
        # (a staff title naming its office-holder, "Staf Khusus Presiden", takes no list's body)
        listed = _body_of_list(doc, post.title_start, bodies) if post.comp_span is None and not post.field else None
        # a title whose body the text does not name is still the holder's post, of no known body
        _read_post(doc, ent, post, listed, bare=listed is None and _holds_bare(doc, ent, post))
    _drop_short_forms(doc)


def _drop_short_forms(doc: Document) -> None:
    """Drop a post of no body whose role its holder also holds, in the same time, in a longer
    form or of a body: the same post written short ("Jaksa Penuntut Umum KPK Rudi … disebut Jaksa
    Rudi", "Menteri Perdagangan Rudi … kata Menteri Rudi")."""
    held: dict[str, list[Post]] = {}
    for p in doc.posts:
        held.setdefault(p.holder, []).append(p)
    doc.posts[:] = [p for p in doc.posts if p.organization or p.jurisdiction or not any(
        q is not p and q.status == p.status and (q.role.label_id + " ").startswith(p.role.label_id + " ") and
        (q.organization or q.jurisdiction or len(q.role.label_id) > len(p.role.label_id)) for q in held[p.holder])]


def _holds_bare(doc: Document, ent, post) -> bool:
    """Whether a title of no named body may be read as a post of none: its holder has a name of
    two words or more that names no body or place of the article ("pemain Barcelona" read as a
    name is the club's), or a rank before the name ("Kasat Reskrim AKP Rudi"), or the title is in
    the plural before a list of names, or it is written after the holder's name and a copula or
    a cue ("Rudi adalah Direktur Jenderal Kependudukan.", "Rudi, yang menjabat …"): a name of one
    word there is read as a person's by what comes before the title, not by the title (after a
    comma only, "di ruko Contoh, anggota tim …", it may be a place's)."""
    lx, start = doc.lx, post.title_start
    plural = lx.PLURAL_TITLE_RE.search(doc.text, max(0, start - 16), start)
    words = ent.name.split()
    ranked = any(p in lx.ranks for p in ent.prefixes)
    return (len(words) >= 2 or ranked or post.tied or bool(plural) and plural.end() == start) and \
        words[0].lower() not in lx.lower_bodies \
        and doc.named(ent.name, ("org", "place"), alias=True) is None and \
        doc.named(words[0], ("org", "place"), alias=True) is None


def _body_of_list(doc: Document, start: int, bodies: dict[int, str]) -> str | None:
    """The body of the titles a list names before a title that names none, in one sentence:
    "Wakil Ketua Umum Partai X Rudi Wibisana, Sekjen Hendra Gunawan, Bendahara Rina Wati"."""
    s0, _ = doc.sentence_of(start)
    before = [at for at in bodies if s0 <= at < start]
    if not before:
        return None
    last = max(before)
    between = doc.text[last:start]
    # only names, titles and the list's commas between them: no verb, no clause
    return bodies[last] if _LIST_BETWEEN.fullmatch(between) else None


_LIST_BETWEEN = re.compile(r"(?:[A-Z0-9][\w.'-]*|[,()&/-]|dan|serta|\s)+")


def _read_post(doc: Document, ent, post, listed: str | None = None, *, bare: bool = False) -> str | None:
    """Read one title a person holds as a post; the post's body or government, or None when
    it names none (``listed``: the body of the list the title stands in)."""
    lx = doc.lx
    row = lx.titles[post.title]
    role_id, role_en, rule = row.role, row.role_en, row.rule
    if post.field:
        role_id = f"{role_id} {post.field}"  # "Pakar hukum tata negara"
    if post.lead:
        role_id = f"{post.lead} {post.title}"  # "Project Manager", "Chief Operating Officer": the English role as written
    comp, span = post.comp, post.comp_span
    if rule.ministry and comp[:1].islower():
        comp = comp[:1].upper() + comp[1:]  # "Menko bidang Kemaritiman": the ministry's "Bidang Kemaritiman"
    org_key = place_key = None
    renamed = foreign_minister = False
    if rule.how == "gov":
        level = rule.arg
        place_key = place_in(doc, span) or (doc.region if level in ("regency", "city", "region") else None)
        if level in ("district", "village", "nagari") and comp and not place_key:
            kind = "district" if level == "district" else "village"
            pl = doc.add("place", f"{comp} {kind}", span[0], level=kind, within=doc.region, mentioned=True)
            pl.name = comp
            doc.mention(span[0], span[1], pl.key)
            place_key = pl.key
        if level == "province" and not place_key and not comp and doc.region:
            place_key = doc.region  # "Gubernur Rudi …" in a story of a city: its province's governor
        if level == "province" and place_key and doc.ents[place_key].level != "province":
            place_key = doc.ents[place_key].within
        org_key = government_of(doc, place_key, "nagari" if level == "nagari" else None)
        if place_key is None and comp and not bare:
            # "Wali Kota Contohville Rudi …", "Gubernur California …": a region the gazetteer does not
            # know (abroad): the holder's post of no body, as written
            bare = _holds_bare(doc, ent, post)
    elif rule.how == "follows" and span and comp in lx.body_words:
        # "Ketua koperasi, …": the last body of that kind the article named before
        before = [k for (a, b), (k, _) in sorted(doc.mentions.items()) if b <= span[0] and
                  k.startswith("org:") and doc.ents[k].name.startswith(lx.body_words[comp] + " ")]
        org_key = before[-1] if before else None
        if org_key:
            place_key = doc.ents[org_key].area
    elif rule.how == "follows" and span:
        head = rule.arg
        org_key = _org_at(doc, span)
        if org_key and rule.ministry and not doc.ents[org_key].name.startswith(head):
            org_key = None  # "Menteri Kelautan dan Perikanan (KKP)": the ministry, not a body read in its field
        i0 = doc.token_at.get(span[0])
        b = division_end(doc, doc.tokens, i0, any_body=post.after_name or post.closed) \
            if i0 is not None and role_id in lx.title_cues["division"] else i0
        at = min((a for a, _ in doc.mentions.spans_of(org_key) if span[0] <= a < span[1]), default=None) \
            if org_key and b != i0 else None
        if org_key and b != i0 and (at is None or doc.token_at.get(at) is None or
                                    doc.tokens[doc.token_at[at]].text not in lx.division_words):
            b = i0  # the body found is no division's word read as a body's ("Marketing Adira Finance")
        if b != i0 and doc.tokens[b].start < span[1]:
            # "Direktur Pemasaran Pertamina …": the body after the division
            org_key = register_org(doc, doc.tokens[b].start, span[1])
        if org_key is None and head and not comp.startswith(head):
            org_key = _org_by_name(doc, head, comp, span)
        if org_key is None and re.sub(r"\([^()]*\)", "", comp).strip(" ,"):  # (not only "(PPK)")
            org_key = register_org(doc, *span)
        if org_key is None and role_id in lx.title_cues["division"]:
            # "Kepala Bidang Usaha Mikro": the division is part of the role; the body is
            # the one the sentence is about
            named = b != i0 and doc.tokens[b].start < span[1]  # a body named after the division, unknown
            if not named and i0 is not None:
                b = _body_written_apart(doc, i0, span)  # "Direktur Riset [Sukamaju Institute] …": its name elsewhere
                named = b != i0
            role_id = f"{role_id} {doc.text[span[0]:doc.tokens[b].start].strip(' ,') if named else comp}"
            s0, _ = doc.sentence_of(span[0])
            before = [k for a, _, k in doc.mentions.starting_between(s0, span[0])
                      if k.startswith("org:")] if not named else []
            known = doc.named(doc.text[doc.tokens[b].start:span[1]], ("org",), alias=True) if named else None
            org_key = before[-1] if before else known.key if known else None  # ("… Budidaya KSM": a body the article names)
        if org_key and role_id == "Kepala":  # "Kepala Dinas", "Kepala Pelaksana" of a BPBD
            org_name = doc.ents[org_key].name
            head = next((role for body, role in lx.head_roles.items() if org_name.startswith(body + " ")), None)
            if head:
                role_id, role_en = head
                renamed = True  # (a title as written no longer names this role: no other label from it)
        if org_key and role_id in lx.title_cues["division"]:
            org_start = min((a for a, b in doc.mentions.spans_of(org_key) if span[0] <= a < span[1]),
                            default=span[0])
            end = division_end(doc, doc.tokens, i0, any_body=post.after_name or post.closed) if i0 is not None else i0
            if end != i0 and doc.tokens[end].start < org_start:
                org_start = doc.tokens[end].start  # the body begins where the division ends
            division = re.sub(r"\s*\([^()]*\)|\s+pada$", "", doc.text[span[0]:org_start].strip(" ,")).strip(" ,")
            if division:
                role_id = f"{role_id} {division}"
        unit = _role_unit(doc, org_key, span) if org_key else None
        if unit:
            # "Ketua Komisi B" of the council, "Ketua Dewan Pakar" of the party: the unit
            # names the role (once: "Kepala Pusat Data …" read it as its division), the body after it holds the post
            if not role_id.endswith(unit[0].split(" ", 1)[1]):
                role_id = f"{role_id} {unit[0]}"
            org_key = unit[1]
        if org_key:
            place_key = doc.ents[org_key].area
        elif comp and place_in(doc, span):
            # "Uskup Agung Jakarta …": a title of no body named, held in the place named after it
            place_key = place_in(doc, span)
    elif rule.how in ("national", "country"):
        place_key = place_in(doc, _before_posted_to(doc, span) if rule.how == "country" else span)
        if place_key and doc.ents[place_key].level != "country":
            place_key = None
        if place_key and rule.how == "national" and post.closed and comp.strip() != doc.ents[place_key].name:
            place_key = None  # "Presiden Persatuan Pengguna Contohland (PPC), Rudi …": a body's country, not the post's
        body = rule.arg
        if rule.how == "national" and body is None and span and not place_key and comp not in lx.home_country_forms:
            # "Presiden FIFA …": the president of the body named, no country's
            org_key = _org_at(doc, span) or register_org(doc, *span)
            if org_key is None and post.closed:
                bare = _holds_bare(doc, ent, post)  # "Presiden Agensi X, Rudi …": of a body not read, no country's
        elif body and not place_key:
            org_key = doc.org_alias.get(body) or find_org(doc, body) or \
                doc.add("org", body, None, category="government", implied=True).key
        elif place_key or rule.how == "national" and rule.arg is None:
            if body and body.startswith("Kementerian ") and doc.ents[place_key].name != "Indonesia":
                # "Menlu Korut Rudi …": another country's minister of the ministry's field
                role_id = f"{role_id} {body[len('Kementerian '):]}"
                foreign_minister = True
            place_key = place_key or country_place(doc, "Indonesia")
            if comp in lx.home_country_forms and doc.ents[place_key].name == "Indonesia":
                doc.ents[place_key].aliases.add(comp)  # "Presiden RI": the country's short form names it
            org_key = government_of(doc, place_key)
    elif rule.how == "unit":
        unit = rule.arg
        label = f"{unit} {comp}".strip() if comp else None
        if label:
            key = f"org:{slug(label)}"
            if key not in doc.ents:
                doc.add("org", label, None, category="government", implied=True, area=place_in(doc, span))
            org_key = key
            place_key = place_in(doc, span) or doc.region
    # the title as written, when it is a short form of the role's ("Kabiro Umum" of "Kepala Biro Umum")
    # or another word for it, also in lowercase ("politisi" of "Politikus")
    as_title = post.title[:1].upper() + post.title[1:]
    alt_id = as_title + role_id[len(row.role):] if as_title.lower() != row.role.lower() and not renamed and \
        role_id.startswith(row.role) else None
    if foreign_minister:
        alt_id = as_title  # ("Menlu", not "Menlu Luar Negeri")
    if post.pre:
        role_id = f"{lx.title_prefixes[post.pre]} {role_id}"
        role_en = f"acting {role_en}" if role_en else None
        alt_id = f"{lx.title_prefixes[post.pre]} {alt_id}" if alt_id else None
    if org_key is None and rule.how == "follows" and span is None and listed:
        org_key = listed  # "…, Sekjen Rudi Wibisana, Bendahara Umum Rina Wati": the list's body
    if org_key is None and place_key is None and (not bare or role_id.lower() in lx.business_words["owner"]):
        return None  # (an owner of no named business is read by the businesses pass)
    where = doc.ents[place_key].name if place_key and rule.how in ("gov", "unit", "national", "country") else (
        "" if rule.how == "national" and rule.arg and not rule.arg.startswith("Kementerian ") else
        # ("Jaksa Agung", not "… Kejaksaan Agung"; "Menperin": "Menteri Perindustrian")
        doc.ents[org_key].name if org_key else "")
    label = f"{role_id} {where}".strip()
    if rule.how == "gov" and place_key is None and comp:
        label = f"{role_id} {comp}"
    last = role_id.split()[-1]
    if where.startswith(last + " ") and len(role_id.split()) > 1:
        label = f"{role_id.rsplit(' ', 1)[0]} {where}"
    if not where and post.title.startswith(row.role + " "):
        label = role_id + post.title[len(row.role):]  # "Panglima TNI": the body is in the title
    minister = re.match(r".*\bMenteri\b", role_id)
    shorter = []  # the role's other names: the bare title, the role without its acting prefix
    if minister and where.startswith("Kementerian "):
        # "Menteri Koperasi dan UKM", "Menteri Koordinator Perekonomian", not "Menteri Kementerian …";
        # the ministry's field is part of the role ("Menteri Luar Negeri"), its country is not
        label = minister.group(0) + where[len("Kementerian"):]
        written = _without_country(lx, re.sub(r"\s*\([^()]*\)", "", comp).strip(" ,")) \
            if rule.ministry and comp else ""
        as_written = f"{role_id} {written}" if written else None  # "Menteri Hukum dan HAM"
        shorter.append(role_id)
        role_id = f"{minister.group(0)} {_without_country(lx, where[len('Kementerian '):])}"
        if as_written and alt_id == post.title:
            alt_id += f" {written}"  # the title as written, with the field: "Menko Perekonomian"
        elif as_written and as_written != role_id:
            shorter.append(as_written)
    plain = role_id[len(lx.title_prefixes[post.pre]) + 1:] if post.pre else role_id
    if plain != row.role and plain.startswith(row.role + " "):
        shorter.append(row.role)  # "Ketua" of "Ketua Dewan Pembina", "Kepala Pusat" of "Kepala Pusat Data"
    if post.pre:
        shorter.append(plain)  # "Gubernur" of "Pelaksana Tugas Gubernur"
    if post.lead:
        shorter.append(row.role)  # "Manajer" of "Project Manager"
    pkey = f"post:{slug(label)}"
    if any(p.key == pkey and p.holder == ent.key for p in doc.posts):
        return org_key  # (one post may have several holders: the members of a commission, the players of a team)
    doc.posts.append(Post(pkey, ent.key, Role(role_id, role_en, alt_id, tuple(dict.fromkeys(shorter))),
                          org_key, place_key, label, status=holding_status(doc, post)))
    return org_key


def _body_written_apart(doc: Document, i0: int, span: tuple[int, int]) -> int:
    """Where a body's name begins in a division's title complement that the division's words
    seemed to take whole ("Direktur Riset Setara Sukamaju", "Setara" being a dictionary word):
    at the longest tail (of two words or more, or of one that is no dictionary word) that the
    article also writes elsewhere (one reading per discourse: "… oleh Setara Sukamaju …"), unless
    it opens with a region's name; ``i0`` when none."""
    toks, text = doc.tokens, doc.text
    whole = text.count(text[span[0]:span[1]])
    x = i0 + 1
    while x < len(toks) and toks[x].end <= span[1]:
        tail = text[toks[x].start:span[1]]
        if toks[x].is_cap and toks[x].is_word and text.count(tail) > whole and \
                (" " in tail or not doc.lx.is_common_word(tail)):
            # (a region written elsewhere is the body's region, no body: "Kepala Bagian Ops Polres Sukamaju")
            return i0 if doc.lx.region_candidates(toks[x].text) or place_in(doc, (toks[x].start, span[1])) else x
        x += 1
    return i0


def _without_country(lx, field: str) -> str:
    """A ministry's field without the country written after it ("Perindustrian RI")."""
    words = field.split()
    for size in (2, 1):
        if len(words) > size and (" ".join(words[-size:]) in lx.country_names or
                                  " ".join(words[-size:]) in lx.home_country_forms):
            words = words[:-size]
            break
    while len(words) > 1 and words[-1] in ("dan", ",", "Republik"):
        words = words[:-1]  # ("… Kebudayaan Republik Indonesia": the country's long form)
    return " ".join(words)


def holding_status(doc: Document, post) -> str:
    """Whether a title names a post held now, in the acting, in the past, or to come.

    ``former`` when a former-word stands right before the title ("mantan Bupati …", "eks
    Kadis …") or the clause before it places it in the past ("yang saat itu menjabat Bupati
    …") or a suspension-word follows it or its body ("Ketua DPR nonaktif …"); ``elect`` when
    an elect-word follows it or its body ("Bupati terpilih …", "Gubernur DKI terpilih …") or a
    candidacy-word stands before it ("calon Gubernur …"); ``acting`` for a prefix such as
    "Plt." or "Pj."; else ``current``.
    """
    lx, text, start = doc.lx, doc.text, post.title_start
    before = re.findall(r"[\w-]+", text[max(0, start - 40):start])
    if before and before[-1] in lx.former_words:
        return "former"
    s0, _ = doc.sentence_of(start)
    clause = text[max(0, s0, start - 40):start]
    if lx.THEN_RE.search(clause) and ";" not in clause:
        return "former"
    if before and before[-1] in lx.elect_before_words:
        return "elect"  # "calon Gubernur …"
    at = text.find(post.title, start)
    # the word after the title, and the word after its body or region ("Gubernur DKI terpilih …")
    ends = [at + len(post.title)] if at >= 0 else []
    if post.comp_span:
        ends.append(post.comp_span[1])
    for end in ends:
        after = re.match(r"\s+([\w-]+)", text[end:end + 20])
        if after and after.group(1) in lx.elect_words:
            return "elect"
        if after and after.group(1) in lx.former_after_words:
            return "former"
    return "acting" if post.pre else "current"


def _role_unit(doc: Document, org_key: str, span: tuple[int, int] | None) -> tuple[str, str] | None:
    """(unit, body) when a body's name is a unit of another body ("Komisi B DPRD …",
    "Dewan Pembina Partai X", "Panitia Pameran Dinas Y"): the unit is read into the role.

    The unit is its head word (``title_cues.tsv``, kind ``role_unit``) and the dictionary
    words or the one letter or numeral after it; what follows must name a body: the parent
    the body was registered under, or a body the article names.
    """
    lx, org = doc.lx, doc.ents[org_key]
    words = org.name.split()
    if len(words) < 3 or words[0] not in lx.role_units:
        return None
    numbered = re.fullmatch(r"[A-Z0-9]{1,4}", words[1]) and not lx.is_common_word(words[1])
    parent = doc.ents.get(org.parent or "")
    for k in ([2] if numbered else range(2, min(6, len(words)))):
        if not numbered and not all(w == "dan" and x > 1 or lx.is_common_word(w) and w[:1].isupper() and
                                    not lx.INSTITUTION_RE.match(w) and not lx.region_candidates(w)
                                    for x, w in enumerate(words[1:k], 1)):
            break
        rest = " ".join(words[k:])
        head = rest.split()[0]
        if parent is not None and parent.kind == "org" and (rest == parent.name or rest in parent.aliases):
            return " ".join(words[:k]), parent.key
        named = next((k for form in dict.fromkeys((rest, rest.upper())) for k in (
            doc.org_alias.get(form), getattr(doc.named(form, ("org",), alias=True), "key", None)) if k), None)
        if named or rest in lx.org_names or head in lx.acronyms or is_acronym(head) or lx.INSTITUTION_RE.match(rest):
            at = doc.text.find(rest, span[0], span[1]) if span else -1
            body = named or doc.org_alias.get(rest) or find_org(doc, rest) or (
                # the body as written after the unit is named here; else met only through the title
                register_org(doc, at, at + len(rest)) if at >= 0 else None) or \
                doc.add("org", canonical_org(doc, rest)[0], None, implied=True).key
            if body != org_key:
                return " ".join(words[:k]), body
    return None


def _org_at(doc: Document, span) -> str | None:
    found = [(e - s, k) for s, e, k in doc.mentions.within(span[0], span[1] + 1, ("org",))]
    return max(found)[1] if found else None


def _org_by_name(doc: Document, head: str, comp: str, span) -> str | None:
    """The body a title names by its complement only ("Kadis PMD" → "Dinas PMD")."""
    surface = f"{head} {comp}"
    key = doc.org_alias.get(surface) or doc.acr_defs.get(comp) or find_org(doc, canonical_org(doc, surface)[0])
    if key is None and comp[:1].isupper():
        # "Menteri Desa PDTT" of the "Kementerian Desa, Pembangunan Daerah Tertinggal, …" named before
        lead = f"{head} {comp.split()[0]}"
        named = [k for k, e in doc.ents.items() if e.kind == "org" and not e.implied
                 and re.match(rf"{re.escape(lead)}\b", e.name)]
        if len(named) == 1:
            doc.mention(span[0], span[1], named[0])
            return named[0]
    field = False
    if key is None:
        name, info = canonical_org(doc, surface)
        if info.regional:
            suffix = region_suffix(doc, name)
            name = f"{name} {suffix}" if suffix else name
        # met only through the title ("Kadinkes Bone"): the post's body, not a body named
        ent = doc.add("org", name, span[0], category=info.category, area=area_of(doc, comp) or (
                          doc.region if info.regional else None),
                      business=info.business, regional=info.regional, parent_hint=info.parent_hint,
                      implied=True)
        key = ent.key
        # "Menko Perekonomian", "Menteri Kelautan dan Perikanan": the field is part of the post's
        # label, no name of the body ("PMD" of "Kadis PMD" is one)
        lx = doc.lx
        words = comp.replace(",", " ").split()
        field = not any(w in lx.institutions for w in words) and all(
            w == "dan" or lx.is_common_word(w) or lx.acronyms.get(w, {}).get("kind") == "complement" for w in words)
    if comp != doc.ents[key].name and not doc.lx.region_candidates(comp):
        doc.ents[key].aliases.add(comp)  # "PMD" of "Kadis PMD", not the region of "Kadinkes Bone"
    if not field:
        doc.mention(span[0], span[1], key)
    return key


PASS = Pass("posts", read_posts,
            reads=("ents", "mentions", "region", "org_alias", "acr_defs", "law_spans"),
            assigns=("ents", "mentions", "org_alias", "posts"))


def _before_posted_to(doc: Document, span):
    """The part of an envoy's title's complement naming the envoy's own country, before where the
    envoy serves ("Duta Besar [Lorandia] untuk Indonesia …": Lorandia's ambassador)."""
    if not span:
        return span
    words = doc.text[span[0]:span[1]].split(" ")
    for k, w in enumerate(words[1:], 1):
        if w in doc.lx.title_cues["posted_to"]:
            return span[0], span[0] + len(" ".join(words[:k]))
    return span
