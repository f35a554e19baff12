"""Line-ups of sports reports: the players of a team listed under its name, and its coach.

Match reports end with each side's line-up: the team with its formation on one line, its
players on the next (separated by commas and semicolons, by line), then "Pelatih: …"::

    Garuda Raya 4 - 4 - 2
    Rudi Wibisana; Bambang Sutejo, Budi Santoso, Agus Salim, Rina Wati; …
    Pelatih: Hendra Gunawan
    → each listed person a player ("Pemain") of Garuda Raya, Hendra Gunawan its coach

A list also counts when the team opens it ("Garuda Raya: Rudi Wibisana, Bambang Sutejo, …").

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
# one item of the list: capitalized words, a hyphen with spaces between two of them ("Yoo - Min Park")
_ITEM = re.compile(r"[A-Z][\w.'-]*(?:\s+(?:-\s+)?[A-Z][\w.'-]*){0,4}")
_MIN_PLAYERS = 6


def _items(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The spans of the names a paragraph lists, when it is nothing but a list of names."""
    spans, pos = [], start
    for part in re.split(r"([;,])", text[start:end]):
        if part in (";", ","):
            pos += 1
            continue
        lead = len(part) - len(part.lstrip())
        item = part.strip()
        if item:
            m = _ITEM.fullmatch(item)
            if not m:
                return None
            spans.append((pos + lead, pos + lead + len(item)))
        pos += len(part)
    return spans if len(spans) >= _MIN_PLAYERS else None


def find_lineups(doc: Document) -> None:
    """Players and coaches of the line-ups (see the module's docstring)."""
    text, lx = doc.text, doc.lx
    people = [e for e in doc.ents.values() if e.kind == "person"]
    paras = doc.paragraphs
    for n, (s, e) in enumerate(paras):
        team = None
        m = _TEAM_COLON.match(text, s, e)
        listed = _items(text, m.end(), e) if m else None
        if listed:
            team = (m.start("team"), m.end("team"))
        elif n > 0 and (f := _FORMATION.fullmatch(text, *paras[n - 1])):
            listed = _items(text, s, e)
            team = (f.start("team"), f.end("team")) if listed else None
        if not team:
            continue
        name = text[team[0]:team[1]]
        club = next((k for (x, y), (k, _) in doc.mentions.items() if (x, y) == team and k.startswith("org:")), None) \
            or doc.org_alias.get(name) or doc.add("org", name, team[0], category="community").key
        doc.org_alias.setdefault(name, club)
        doc.mention(team[0], team[1], club)  # the team, the body its players' posts are in
        coach = _COACH.fullmatch(text, *paras[n + 1]) if n + 1 < len(paras) else None
        for title, spans in (("Pemain", listed), ("Pelatih", [coach.span("name")] if coach else [])):
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
                    doc.ents[known].posts.append(TitleMention(title, None, text[team[0]:team[1]], team, a))


PASS = Pass("lineups", find_lineups, reads=("ents", "mentions", "org_alias"), assigns=("ents", "mentions", "org_alias"))
