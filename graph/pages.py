"""Entity pages: what the graph says about one thing, as HTML for a browser.

Every IRI minted under the store's base is served by ``kg serve`` at the same path on
the server (the base ``https://data.example.org/berita/`` makes
``…/berita/person/budi`` the page ``http://127.0.0.1:7878/berita/person/budi``); a
browser gets this page, a client asking for Turtle, N-Triples or JSON-LD gets the
entity's description on the same URL (:mod:`graph.endpoint` negotiates). A page shows:

- the facts: every property of the entity, IRIs as links to their own pages;
- for a person: posts (with their status when the graph gives one), the events organized
  or attended on a timeline, quotes, the people met (who attended the same event: how
  often, where);
- for a place: what lies inside it; for an event: who organized and took part;
- what points at it (an organization's members and posts, an article's quotes …);
- the articles that mention it, each sentence with the mention highlighted.

Everything is read with SPARQL through a ``select(query) -> rows`` callable (rows are
dicts of plain strings), so the page code never touches the store. Every value from
the graph is escaped; the page loads only the server's own stylesheet.
"""
from __future__ import annotations

import html
import urllib.parse
from collections.abc import Callable

__all__ = ["Pages", "LIMIT"]

LIMIT = 200  # rows of one section

Select = Callable[[str], list[dict[str, str]]]

_SHORT = {
    "https://schema.org/": "schema:", "http://www.w3.org/ns/org#": "org:", "http://www.w3.org/ns/prov#": "prov:",
    "http://www.w3.org/2004/02/skos/core#": "skos:", "http://purl.org/dc/terms/": "dcterms:",
    "http://semanticweb.cs.vu.nl/2009/11/sem/": "sem:", "http://www.w3.org/2000/01/rdf-schema#": "rdfs:",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf:", "https://w3id.org/kg-berita/ontology#": "kgo:",
    "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#": "nif:",
    "http://www.w3.org/2005/11/its/rdf#": "itsrdf:", "http://www.w3.org/2001/XMLSchema#": "xsd:",
}
_NAME = ("schema:name|rdfs:label|skos:prefLabel|schema:headline")


def short(iri: str) -> str:
    """``https://schema.org/name`` → ``schema:name``."""
    for ns, prefix in _SHORT.items():
        if iri.startswith(ns):
            return prefix + iri[len(ns):]
    return iri


def _iri(value: str) -> str:
    """``value`` safe inside ``<…>`` in SPARQL (the caller checked it is an IRI)."""
    return "<" + "".join(c if c not in '<>"{}|^`\\ \n\r\t' else urllib.parse.quote(c) for c in value) + ">"


class Pages:
    """Pages for the entities under ``base`` (an IRI ending in ``/``)."""

    def __init__(self, base: str, select: Select) -> None:
        self.base = base
        parts = urllib.parse.urlsplit(base)
        self.origin = f"{parts.scheme}://{parts.netloc}"
        self.base_path = parts.path or "/"
        self.select = select

    # ---- addresses
    def iri_for_path(self, path: str) -> str | None:
        """The entity IRI a server path names, or None when it is not under the base."""
        if not path.startswith(self.base_path) or path == self.base_path:
            return None
        return self.origin + urllib.parse.quote(urllib.parse.unquote(path), safe="/:@!$&'()*+,;=-._~%")

    def href(self, iri: str) -> str:
        """A link to ``iri``: its page on this server when under the base, else itself."""
        if iri.startswith(self.base):
            return iri[len(self.origin):]
        return iri

    def _link(self, iri: str, label: str | None = None) -> str:
        text = html.escape(label or short(iri))
        if iri.startswith(("http://", "https://")):
            return f'<a href="{html.escape(self.href(iri), quote=True)}">{text}</a>'
        return text

    # ---- the page
    def exists(self, iri: str) -> bool:
        return bool(self.select(f"SELECT ?p WHERE {{ {_iri(iri)} ?p ?o }} LIMIT 1"))

    def page(self, iri: str) -> str:
        e = _iri(iri)
        facts = self.select(f"""SELECT ?p ?o ?oname WHERE {{ {e} ?p ?o .
            OPTIONAL {{ ?o {_NAME} ?oname }} }} LIMIT {LIMIT}""")
        types = {r["o"] for r in facts if r["p"].endswith("22-rdf-syntax-ns#type")}
        names = [r["o"] for r in facts if short(r["p"]) in ("schema:name", "rdfs:label", "skos:prefLabel",
                                                              "schema:headline")]
        title = names[0] if names else short(iri)
        kinds = ", ".join(sorted(short(t) for t in types)) or "thing"
        sections = [self._facts(facts)]
        if "https://schema.org/Person" in types:
            sections += [self._posts(e), self._timeline(e), self._quotes(e), self._met(e)]
        if types & {"https://schema.org/Event", "http://semanticweb.cs.vu.nl/2009/11/sem/Event"}:
            sections.append(self._participants(e))
        if types & {"https://schema.org/Place", "https://schema.org/AdministrativeArea"}:
            sections.append(self._inside(e))
        sections += [self._incoming(e), self._mentions(e)]
        return _document(title, f'<p class="kind">{html.escape(kinds)} · <code>{html.escape(iri)}</code></p>'
                         + "".join(s for s in sections if s))

    def _facts(self, rows) -> str:
        items = []
        for r in rows:
            value = self._link(r["o"], r.get("oname")) if r.get("o_type") == "uri" else html.escape(r["o"])
            items.append(f"<tr><th>{html.escape(short(r['p']))}</th><td>{value}</td></tr>")
        return _section("Facts", f"<table>{''.join(items)}</table>") if items else ""

    def _posts(self, e: str) -> str:
        rows = self.select(f"""PREFIX org: <http://www.w3.org/ns/org#> PREFIX kgo: <https://w3id.org/kg-berita/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX schema: <https://schema.org/>
            SELECT DISTINCT ?post ?label ?org ?orgname ?status WHERE {{
              {{ {e} org:holds ?post . BIND("current" AS ?held) }}
              UNION {{ ?m org:member {e} ; kgo:post ?post . OPTIONAL {{ ?m kgo:status ?st }} }}
              ?post rdfs:label ?label . OPTIONAL {{ ?post org:postIn ?org . OPTIONAL {{ ?org schema:name ?orgname }} }}
              BIND(COALESCE(STR(?st), ?held, "") AS ?status)
            }} LIMIT {LIMIT}""")
        items = [f"<li>{self._link(r['post'], r['label'])}"
                 + (f" — {self._link(r['org'], r.get('orgname'))}" if r.get("org") else "")
                 + (f' <span class="status">{html.escape(short(r["status"]).split(":")[-1])}</span>'
                    if r.get("status") else "") + "</li>" for r in rows]
        return _section("Posts", f"<ul>{''.join(items)}</ul>") if items else ""

    def _timeline(self, e: str) -> str:
        rows = self.select(f"""PREFIX schema: <https://schema.org/>
            SELECT ?ev ?name ?date ?role ?place ?placename WHERE {{
              {{ ?ev schema:organizer {e} BIND("organized" AS ?role) }}
              UNION {{ ?ev schema:attendee {e} BIND("attended" AS ?role) }}
              OPTIONAL {{ ?ev schema:name ?name }} OPTIONAL {{ ?ev schema:startDate ?date }}
              OPTIONAL {{ ?ev schema:location ?place . OPTIONAL {{ ?place schema:name ?placename }} }}
            }} ORDER BY ?date LIMIT {LIMIT}""")
        items = [f'<li><time>{html.escape(r.get("date") or "undated")}</time> {html.escape(r["role"])} '
                 f'{self._link(r["ev"], r.get("name"))}'
                 + (f" at {self._link(r['place'], r.get('placename'))}" if r.get("place") else "") + "</li>"
                 for r in rows]
        return _section("Events", f'<ol class="timeline">{"".join(items)}</ol>') if items else ""

    def _quotes(self, e: str) -> str:
        rows = self.select(f"""PREFIX schema: <https://schema.org/>
            SELECT ?q ?text ?art ?headline WHERE {{ ?q schema:spokenByCharacter {e} ; schema:text ?text .
              OPTIONAL {{ ?q schema:isPartOf ?art . OPTIONAL {{ ?art schema:headline ?headline }} }} }}
            LIMIT {LIMIT}""")
        items = [f"<li><q>{html.escape(r['text'])}</q>"
                 + (f" — {self._link(r['art'], r.get('headline'))}" if r.get("art") else "") + "</li>" for r in rows]
        return _section("Quotes", f"<ul>{''.join(items)}</ul>") if items else ""

    def _met(self, e: str) -> str:
        rows = self.select(f"""PREFIX schema: <https://schema.org/>
            SELECT ?other (SAMPLE(?n) AS ?name) ?times ?places WHERE {{
              {{ SELECT ?other (COUNT(DISTINCT ?ev) AS ?times)
                        (GROUP_CONCAT(DISTINCT ?where; separator=", ") AS ?places) WHERE {{
                  {{ SELECT DISTINCT ?ev WHERE {{ {{ ?ev schema:organizer {e} }} UNION {{ ?ev schema:attendee {e} }} }} }}
                  {{ ?ev schema:organizer ?other }} UNION {{ ?ev schema:attendee ?other }}
                  FILTER(?other != {e})
                  OPTIONAL {{ ?ev schema:location ?loc . ?loc schema:name ?where }} }} GROUP BY ?other }}
              ?other a schema:Person . OPTIONAL {{ ?other schema:name ?n }}
            }} GROUP BY ?other ?times ?places ORDER BY DESC(?times) ?name LIMIT 50""")  # its events first
        items = [f"<li>{self._link(r['other'], r.get('name'))} <span class=\"count\">{html.escape(r['times'])}×</span>"
                 + (f" <span class=\"where\">{html.escape(r['places'])}</span>" if r.get("places") else "") + "</li>"
                 for r in rows]
        return _section("Met with", f'<ul class="met">{"".join(items)}</ul>') if items else ""

    def _participants(self, e: str) -> str:
        rows = self.select(f"""PREFIX schema: <https://schema.org/>
            SELECT ?who ?name ?role WHERE {{
              {{ {e} schema:organizer ?who BIND("organizer" AS ?role) }}
              UNION {{ {e} schema:attendee ?who BIND("attendee" AS ?role) }}
              OPTIONAL {{ ?who schema:name ?name }} }} ORDER BY ?role ?name LIMIT {LIMIT}""")
        items = [f"<li>{html.escape(r['role'])}: {self._link(r['who'], r.get('name'))}</li>" for r in rows]
        return _section("Who took part", f"<ul>{''.join(items)}</ul>") if items else ""

    def _inside(self, e: str) -> str:
        rows = self.select(f"""PREFIX schema: <https://schema.org/>
            SELECT ?p ?name WHERE {{ ?p schema:containedInPlace {e} . OPTIONAL {{ ?p schema:name ?name }} }}
            ORDER BY ?name LIMIT {LIMIT}""")
        items = [f"<li>{self._link(r['p'], r.get('name'))}</li>" for r in rows]
        return _section("Inside it", f"<ul>{''.join(items)}</ul>") if items else ""

    def _incoming(self, e: str) -> str:
        rows = self.select(f"""PREFIX schema: <https://schema.org/>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            SELECT ?s ?p ?sname WHERE {{ ?s ?p {e} . FILTER(?p NOT IN (itsrdf:taIdentRef, schema:mentions))
              OPTIONAL {{ ?s {_NAME} ?sname }} }} LIMIT {LIMIT}""")
        items = [f"<tr><th>{html.escape(short(r['p']))} of</th><td>{self._link(r['s'], r.get('sname'))}</td></tr>"
                 for r in rows]
        return _section("Pointing here", f"<table>{''.join(items)}</table>") if items else ""

    def _mentions(self, e: str) -> str:
        rows = self.select(f"""PREFIX schema: <https://schema.org/>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            SELECT ?art ?headline ?date ?b ?end ?sb ?sentence WHERE {{ GRAPH ?g {{
              ?m itsrdf:taIdentRef {e} ; nif:beginIndex ?b ; nif:endIndex ?end ; nif:referenceContext ?ctx ;
                 nif:sentence ?s . ?s nif:beginIndex ?sb ; nif:anchorOf ?sentence . ?ctx schema:isPartOf ?art }}
              OPTIONAL {{ ?art schema:headline ?headline }} OPTIONAL {{ ?art schema:datePublished ?date }} }}
            ORDER BY DESC(?date) ?art ?b LIMIT {LIMIT}""")  # every pattern bound in the graph: an index walk
        blocks, current = [], None
        for r in rows:
            if r.get("art") != current:
                current = r.get("art")
                head = self._link(current, r.get("headline") or None) if current else "article"
                blocks.append(f'<h3>{head} <span class="date">{html.escape(r.get("date") or "")}</span></h3>')
            try:
                b, end, sb = int(r["b"]) - int(r["sb"]), int(r["end"]) - int(r["sb"]), int(r["sb"])
            except (KeyError, ValueError):
                continue
            sentence = r.get("sentence") or ""
            marked = (html.escape(sentence[:b]) + "<mark>" + html.escape(sentence[b:end]) + "</mark>"
                      + html.escape(sentence[end:])) if 0 <= b <= end <= len(sentence) else html.escape(sentence)
            blocks.append(f'<p class="mention" data-begin="{sb + b}">{marked}</p>')
        return _section("Mentioned in", "".join(blocks)) if blocks else ""


def _section(title: str, body: str) -> str:
    return f"<section><h2>{html.escape(title)}</h2>{body}</section>"


def search_form(value: str = "") -> str:
    return ('<form class="search" action="/search" method="get" role="search">'
            f'<input type="search" name="q" value="{html.escape(value, quote=True)}" '
            'placeholder="Cari nama: orang, lembaga, tempat …" aria-label="search">'
            '<button type="submit">Cari</button></form>')


def _document(title: str, body: str, query: str = "") -> str:
    return ("<!doctype html><html lang=\"id\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{html.escape(title)} · kg-berita</title><link rel=\"icon\" href=\"data:,\"><link rel=\"stylesheet\" href=\"/pages.css\"></head>"
            f"<body><header><a class=\"home\" href=\"/\">kg-berita</a>{search_form(query)}</header>"
            f"<main><h1>{html.escape(title)}</h1>{body}</main></body></html>")


def results_page(query: str, hits: list[dict[str, str]], href: Callable[[str], str]) -> str:
    """The search results as a page."""
    items = [f'<li><a href="{html.escape(href(h["iri"]), quote=True)}">{html.escape(h["name"])}</a> '
             f'<span class="kind">{html.escape(h["kind"])}</span>'
             + (f' <span class="also">{html.escape(h["matched"])}</span>' if h.get("matched") != h["name"] else "")
             + "</li>" for h in hits]
    body = f"<ul class=\"hits\">{''.join(items)}</ul>" if items else "<p>Nothing found.</p>"
    return _document(f"Search: {query}" if query else "Search", body, query)
