"""Every namespace and term the graph uses, in one place.

Standard vocabularies come from :mod:`rdflib.namespace` where rdflib ships them;
the rest are declared here. The project's own terms live in :class:`KGO`, a
``DefinedNamespace``: a typo raises instead of minting a new term. They are
documented (labels in Indonesian and English, comments, domain and range) in
``graph/ontology.ttl``.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

__all__ = [
    "SDO", "ORG", "PROV", "SKOS", "DCTERMS", "SEM", "NIF", "ITSRDF", "RDF", "RDFS", "XSD",
    "OWL", "KGO", "PREFIXES", "bind_prefixes", "prefix_iris",
]

# schema.org over https, as the profile asks (rdflib's SDO is the same IRI).
SDO = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")


class KGO(DefinedNamespace):
    """The project's own terms, only where no standard term fits."""

    _NS = Namespace("https://w3id.org/kg-berita/ontology#")
    _fail = True

    jurisdiction: URIRef  # org:Post -> schema:Place the post's authority covers
    dateInferredBy: URIRef  # schema:Event or schema:NewsArticle -> prov:Activity that inferred its date
    inferredProperty: URIRef  # prov:Activity -> rdf:Property whose value it inferred
    implied: URIRef  # resource -> xsd:boolean: implied by the text, never named in it
    kind: URIRef  # schema:Place / schema:Organization -> kind keyword (regency, venue, cooperative ...)
    post: URIRef  # org:Membership -> org:Post: the post this holding is of
    status: URIRef  # org:Membership -> one of the four standings below, as of the article's date
    current: URIRef  # the post is held now
    acting: URIRef  # held in the acting (Plt., Pj., Plh.)
    former: URIRef  # held in the past (mantan, eks, "saat itu")
    elect: URIRef  # to be held (terpilih)


PREFIXES: dict[str, Namespace | str] = {
    "schema": SDO,
    "org": ORG,
    "prov": PROV,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "sem": SEM,
    "nif": NIF,
    "itsrdf": ITSRDF,
    "xsd": XSD,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "kgo": KGO._NS,
}


def bind_prefixes(graph) -> None:
    """Bind the profile's prefixes on any rdflib Graph or Dataset (replacing defaults)."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)


def prefix_iris() -> dict[str, str]:
    """Prefix → namespace IRI, as SPARQL engines take default prefixes (``kg query``, ``kg serve``)."""
    return {prefix: str(ns) for prefix, ns in PREFIXES.items()}
