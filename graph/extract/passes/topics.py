"""Topics: the labels of ``topics.tsv`` whose pattern matches where a topic may start.

    Pelatihan pengolahan ikan bagi UMKM di Bangli digelar.
    → the topics "UMKM" and "pelatihan"

Reads only the text; leaves nothing to later passes.
"""
from __future__ import annotations

from ...types import Topic
from ..document import Document, Pass, slug
from ..lookup.heads import head_places

__all__ = ["find_topics", "PASS"]


def find_topics(doc: Document) -> None:
    out, seen = [], set()
    scan = doc.lx.TOPIC_AT_RE
    heads = head_places(scan, doc.text)  # (found once over the lower-cased text: faster than re.I)
    places = [m.start() for m in scan.finditer(doc.text)] if heads is None else \
        [at for at in heads if scan.pattern.match(doc.text, at)]  # (its matches are empty: one a place)
    for rx, row in doc.lx.topics:
        if row["label_id"] not in seen and any(rx.match(doc.text, at) for at in places):
            seen.add(row["label_id"])
            out.append(Topic(f"topic:{slug(row['label_id'])}", row["label_id"], row["label_en"] or None))
    doc.topics = out


PASS = Pass("topics", find_topics,
            reads=(),
            assigns=("topics",))
