"""Check gold annotations against their articles (run before a gold is used).

    python tests/corpus/check_gold.py DIR_OR_FILE [...]

For every ``*.gold.yaml`` with its ``.txt``: the YAML has the corpus README's sections;
every person's name and alias, every organization and business alias, every place
name, every law's name and every quote's ``starts_with`` occurs verbatim in the text
(spaces normalised); an organization's name occurs or one of its aliases does (the
name may be the standard expansion of an acronym); speakers, owners, organizers and
participants name an entity of the gold or occur in the text; each event has at most one venue and an ISO
date or null; post statuses are current, acting, former or elect. Prints one line per
problem and exits 1 when there is any; reads only the gold files and their texts.

A cross-article gold (``resolution.gold.yaml``) is checked too: ids are unique, every
form of every entity occurs in its article bounded by non-word characters, and no form
names two entities in one article.
"""
from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import yaml

SECTIONS = ("id", "title", "published", "people", "organizations", "businesses", "places",
            "events", "quotes", "topics")
STATUSES = {"current", "acting", "former", "elect"}
ORG_KINDS = {"government", "business", "cooperative", "community", "other"}
PLACE_KINDS = {"country", "province", "regency", "city", "district", "village", "venue", "other"}


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def check(gold_path: Path) -> list[str]:
    """The problems of one gold file, each a line naming the file."""
    problems: list[str] = []

    def bad(message: str) -> None:
        problems.append(f"{gold_path}: {message}")

    txt = gold_path.with_name(gold_path.name[:-len(".gold.yaml")] + ".txt")
    if not txt.is_file():
        return [f"{gold_path}: no article {txt.name} beside it"]
    text = _squash(txt.read_text(encoding="utf-8"))
    try:
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        return [f"{gold_path}: not valid YAML: {str(err).splitlines()[0]}"]
    if not isinstance(gold, dict):
        return [f"{gold_path}: not a mapping"]
    for key in SECTIONS:
        if key not in gold:
            bad(f"missing section {key!r}")
    if not str(gold.get("id") or "").strip():
        bad("empty id")
    if gold.get("published") is not None and not isinstance(gold["published"], dt.date):
        bad(f"published {gold['published']!r} is not an ISO date")

    def verbatim(what: str, value) -> None:
        if not isinstance(value, str) or not value.strip():
            bad(f"{what}: empty or not a string: {value!r}")
        elif _squash(value) not in text:
            bad(f"{what} {value!r} does not occur verbatim in the text")

    names: set[str] = set()
    people = gold.get("people") or []
    seen_people: set[str] = set()
    for p in people:
        verbatim("person", p.get("name"))
        if p.get("name") in seen_people:
            bad(f"person {p.get('name')!r} listed twice")
        seen_people.add(p.get("name"))
        names.add(p.get("name"))
        for alias in p.get("aliases") or []:
            verbatim(f"alias of {p.get('name')!r}", alias)
            names.add(alias)
        for post in p.get("posts") or []:
            if not post.get("role"):
                bad(f"post of {p.get('name')!r} has no role")
            if "organization" not in post:
                bad(f"post {post.get('role')!r} of {p.get('name')!r}: no organization key (null when unnamed)")
            if post.get("status", "current") not in STATUSES:
                bad(f"post {post.get('role')!r} of {p.get('name')!r}: status {post.get('status')!r} "
                    f"is not one of {sorted(STATUSES)}")
    for section in ("organizations", "businesses"):
        for o in gold.get(section) or []:
            forms = [o.get("name"), *(o.get("aliases") or [])]
            names.update(f for f in forms if f)
            for alias in o.get("aliases") or []:
                verbatim(f"alias of {o.get('name')!r}", alias)
            if not any(isinstance(f, str) and _squash(f) in text for f in forms):
                bad(f"{section[:-1]} {o.get('name')!r}: neither its name nor an alias occurs in the text")
            if section == "organizations" and o.get("kind") not in ORG_KINDS:
                bad(f"organization {o.get('name')!r}: kind {o.get('kind')!r} is not one of {sorted(ORG_KINDS)}")
    for pl in gold.get("places") or []:
        verbatim("place", pl.get("name"))
        names.add(pl.get("name"))
        names.update(pl.get("aliases") or [])
        if pl.get("kind") not in PLACE_KINDS:
            bad(f"place {pl.get('name')!r}: kind {pl.get('kind')!r} is not one of {sorted(PLACE_KINDS)}")
    known = {_squash(n).casefold() for n in names if isinstance(n, str)}

    def refers(what: str, value) -> None:
        if value is None or _squash(str(value)).casefold() in known or _squash(str(value)) in text:
            return
        bad(f"{what} {value!r} names no person, organization or place of this gold, nor occurs in the text")

    for b in gold.get("businesses") or []:
        for owner in b.get("owners") or []:
            refers(f"owner of {b.get('name')!r}", owner)
    for law in gold.get("laws") or []:
        verbatim("law", law.get("name"))
        if not law.get("identifier"):
            bad(f"law {law.get('name')!r} has no identifier")
    for i, ev in enumerate(gold.get("events") or [], 1):
        label = f"event {i} ({ev.get('label') or ev.get('kind')})"
        if ev.get("date") is not None and not isinstance(ev["date"], (dt.date, dt.datetime)):
            bad(f"{label}: date {ev['date']!r} is not ISO")
        if isinstance(ev.get("place"), list):
            bad(f"{label}: more than one venue")
        refers(f"{label}: venue", ev.get("place"))
        refers(f"{label}: organizer", ev.get("organizer"))
        for who in ev.get("participants") or []:
            refers(f"{label}: participant", who)
        if ev.get("organizer") is not None and ev.get("organizer") in (ev.get("participants") or []):
            bad(f"{label}: the organizer is listed among the participants")
    speakers = {p.get("name") for p in people}
    for q in gold.get("quotes") or []:
        verbatim("quote start", q.get("starts_with"))
        if q.get("speaker") is not None and q["speaker"] not in speakers:
            bad(f"quote {str(q.get('starts_with'))[:30]!r}: speaker {q['speaker']!r} is not a person's name")
    return problems


def check_resolution(gold_path: Path) -> list[str]:
    """The problems of a cross-article gold, each a line naming the file."""
    problems: list[str] = []
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}
    entities = gold.get("entities") or []
    texts: dict[str, str] = {}
    seen_ids: set[str] = set()
    owner: dict[tuple[str, str], str] = {}
    for ent in entities:
        eid = ent.get("id")
        if eid in seen_ids:
            problems.append(f"{gold_path}: id {eid!r} used twice")
        seen_ids.add(eid)
        if ent.get("kind") not in ("person", "organization", "place", "business"):
            problems.append(f"{gold_path}: {eid}: kind {ent.get('kind')!r}")
        for article, forms in (ent.get("mentions") or {}).items():
            if article not in texts:
                txt = gold_path.with_name(f"{article}.txt")
                texts[article] = txt.read_text(encoding="utf-8") if txt.is_file() else ""
                if not texts[article]:
                    problems.append(f"{gold_path}: {eid}: no article {article}.txt")
            for form in forms or []:
                if not re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", texts[article]):
                    problems.append(f"{gold_path}: {eid}: {form!r} does not occur on its own in {article}")
                key = (article, form)
                if owner.setdefault(key, eid) != eid:
                    problems.append(f"{gold_path}: {article}: {form!r} names both {owner[key]} and {eid}")
    return problems


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    files: list[Path] = []
    for arg in map(Path, argv):
        files += sorted(arg.glob("*.gold.yaml")) if arg.is_dir() else [arg]
    for arg in map(Path, argv):
        resolution = arg / "resolution.gold.yaml" if arg.is_dir() else arg
        if resolution.name == "resolution.gold.yaml" and resolution.is_file():
            files = [f for f in files if f != resolution]
            files.append(resolution)
    problems = [line for f in files
                for line in (check_resolution(f) if f.name == "resolution.gold.yaml" else check(f))]
    for line in problems:
        print(line)
    print(f"{len(files)} gold files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
