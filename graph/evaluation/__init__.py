"""Evaluation beside the product: ``kg eval`` scores the extractor against gold data.

* :mod:`~graph.evaluation.gold` - facts per category against ``*.gold.yaml``, read back
  from the graph through SPARQL (``kg eval DIR``);
* :mod:`~graph.evaluation.conll` - typed mentions against a CoNLL / IOB2 NER file
  (``kg eval --conll FILE``);
* :mod:`~graph.evaluation.resolution` - cross-article entity resolution, pairwise
  (``kg eval --resolution DIR``).

Importing this package imports none of them (they build graphs, so they load the
extractor).
"""
