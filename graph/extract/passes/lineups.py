"""Line-ups of sports reports: the players of a team listed under its name, and its coach.

Match reports end with each side's line-up: the team with its formation on one line, its
players on the next (separated by commas and semicolons, by line), then "Pelatih: …"::

    Garuda Raya 4 - 4 - 2
    Rudi Wibisana; Bambang Sutejo, Budi Santoso, Agus Salim, Rina Wati; …
    Pelatih: Hendra Gunawan
    → each listed person a player ("Pemain") of Garuda Raya, Hendra Gunawan its coach

A list also counts when the team opens it ("Garuda Raya: Rudi Wibisana, Bambang Sutejo, …"),
also with shirt numbers and substitutes ("1 - Rudi Wibisana, 4 - Bambang Sutejo (Budi Santoso
75 '), …": the substitute a player too, the first numbered one the goalkeeper, "Kiper"), with
the coach's line glued to its end ("… Joko SusantoPelatih: Ahmad Fauzi"), and the referee after
the coach ("Wasit: Dedi Kurnia", a referee of no team).

Leaves to later passes: the posts pass reads the posts (the team is the body after the title).
"""
from __future__ import annotations

import re

from ..document import Document, Pass, TitleMention
from ..lookup.names import add_name

__all__ = ["find_lineups", "PASS"]


_FORMATION = re.compile(r"(?P<team>[A-Z][\w.'&-]*(?:\s+[A-Z0-9][\w.'&-]*){0,4})\s+\d(?:\s*-\s*\d){2,3}\s*$")
_TEAM_COLON = re.compile(r"(?P<team>[A-Z][\w.'&-]*(?:\s+[A-Z0-9][\w.'&-]*){0,4})\s*:\s+")
_COACH = re.compile(r"(?:Pelatih|Manajer)\s*:\s*(?P<name>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s*$")
_REFEREE = re.compile(r"Wasit\s*:\s*(?P<name>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s*$")
# the coach's line glued to the last player's name when the paragraph break was lost
_GLUED_COACH = re.compile(r"(?<=[a-z)'])(?=(?:Pelatih|Manajer)\s*:)")
# one item of the list: capitalized words, a hyphen with spaces between two of them ("Yoo - Min Park")
_NAME = r"[A-Z][\w.'-]*(?:\s+(?:-\s+)?[A-Z][\w.'-]*){0,4}"
_ITEM = re.compile(_NAME)
# a numbered item: "4 - Bambang Sutejo", with the substitute who replaced him and the minute
# ("4 - Bambang Sutejo (23 - Budi Santoso 75 ')")
_NUMBERED = re.compile(rf"\d{{1,2}}\s*-\s*(?P<name>{_NAME})"
                       rf"(?:\s*\((?:\d{{1,2}}\s*-\s*)?(?P<sub>{_NAME})\s+\d{{1,3}}(?:\s*\+\s*\d{{1,2}})?\s*'?\s*\))?\.?")
_MIN_PLAYERS = 6


def _items(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], bool] | None:
    """The spans of the names a paragraph lists, when it is nothing but a list of names, and
    whether it opens with a numbered item, its goalkeeper. A numbered list skips an item or two
    it cannot read as one ("6Evan Dimas", a name with no number): its numbers make it a list."""
    plain, numbered, odd, pos, first = [], [], 0, start, None
    for part in re.split(r"([;,])", text[start:end]):
        if part in (";", ","):
            pos += 1
            continue
        lead = len(part) - len(part.lstrip())
        item = part.strip()
        if item:
            at = pos + lead
            m = _NUMBERED.fullmatch(item)
            first = bool(m) if first is None else first
            if m:
                numbered.append([(at + m.start(g), at + m.end(g)) for g in ("name", "sub") if m.group(g)])
            elif _ITEM.fullmatch(item):
                plain.append((at, at + len(item)))
            else:
                odd += 1
        pos += len(part)
    if len(numbered) >= _MIN_PLAYERS and odd + len(plain) <= 2:
        return [span for spans in numbered for span in spans], first
    if numbered or odd or len(plain) < _MIN_PLAYERS:
        return None
    return plain, False


def find_lineups(doc: Document) -> None:
    """Players and coaches of the line-ups (see the module's docstring)."""
    text, lx = doc.text, doc.lx
    people = [e for e in doc.ents.values() if e.kind == "person"]
    paras = doc.paragraphs
    for n, (s, e) in enumerate(paras):
        team = glued = None
        m = _TEAM_COLON.match(text, s, e)
        if m and (g := _GLUED_COACH.search(text, m.end(), e)):
            glued = _COACH.fullmatch(text, g.start(), e)
        listed = _items(text, m.end(), glued.start() if glued else e) if m else None
        if listed:
            team = (m.start("team"), m.end("team"))
        elif n > 0 and (f := _FORMATION.fullmatch(text, *paras[n - 1])):
            listed = _items(text, s, e)
            team = (f.start("team"), f.end("team")) if listed else None
        if not team:
            continue
        listed, keeper_first = listed
        name = text[team[0]:team[1]]
        club = next((k for (x, y), (k, _) in doc.mentions.items() if (x, y) == team and k.startswith("org:")), None) \
            or doc.org_alias.get(name) or doc.add("org", name, team[0], category="community").key
        doc.org_alias.setdefault(name, club)
        doc.mention(team[0], team[1], club)  # the team, the body its players' posts are in
        coach = glued or (_COACH.fullmatch(text, *paras[n + 1]) if n + 1 < len(paras) else None)
        after = n + 1 if glued else n + 2
        referee = _REFEREE.fullmatch(text, *paras[after]) if coach and after < len(paras) else None
        # a numbered line-up opens with its goalkeeper ("1 - Rudi Wibisana")
        keeper = listed[:1] if keeper_first else []
        for title, spans in (("Kiper", keeper), ("Pemain", listed[len(keeper):]),
                             ("Pelatih", [coach.span("name")] if coach else []),
                             ("Wasit", [referee.span("name")] if referee else [])):
            for a, b in spans:
                words = re.sub(r"\s+-\s+", "-", text[a:b]).split()
                if not lx.may_name_a_person(words):
                    continue
                known = next((k for (x, y), (k, _) in doc.mentions.items() if x == a and y == b), None)
                if known is None or not known.startswith("person:"):
                    for span in [sp for sp, (k, _) in doc.mentions.items() if a <= sp[0] and sp[1] <= b]:
                        del doc.mentions[span]  # "Yoo" and "Min Park" of "Yoo - Min Park"
                    add_name(doc, "person", a, b, text[a:b].split(), ",", people)
                    known = doc.mentions.get((a, b), (None,))[0]
                if known in doc.ents:
                    body = (text[team[0]:team[1]], team) if title != "Wasit" else ("", None)
                    doc.ents[known].posts.append(TitleMention(title, None, *body, a))


PASS = Pass("lineups", find_lineups, reads=("ents", "mentions", "org_alias"), assigns=("ents", "mentions", "org_alias"))
