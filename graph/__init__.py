"""kg-berita: a knowledge-graph builder for Indonesian regional news.

The pipeline flows one way: :mod:`graph.ingest` reads articles, :mod:`graph.extract`
finds people, posts, institutions, businesses, places, events, quotes and topics,
:mod:`graph.build` turns them into an RDF dataset (one named graph per article),
:mod:`graph.query` answers SPARQL, :mod:`graph.render` draws it and
:mod:`graph.export` writes it. Beside the product, not inside it,
:mod:`graph.evaluation` scores the extractor against gold data and :mod:`graph.bench`
times it.

Heavy libraries are imported where they are used, so ``import graph`` stays cheap.
"""
__all__ = ["__version__"]
__version__ = "0.1.0"
