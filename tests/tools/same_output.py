"""Check that a behaviour-preserving change keeps the output byte-identical.

    python tests/tools/same_output.py record REF_DIR   # before the change
    python tests/tools/same_output.py check REF_DIR    # after each step; exit 1 on a difference

Builds every corpus we have with ``kg build --no-picture`` (seed, the shared dev articles,
``tests/corpus`` with its held-out and resolution sets, the first 500 IndoSum articles)
and scores the IDNER dev sentences with ``kg eval --conll --verbose``; records the
SHA-256 of each TriG, Turtle and JSON-LD export and of the CoNLL report. ``check``
compares against what ``record`` wrote and names every corpus that differs. The
held-out articles are only built and hashed, never printed.
"""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
INDOSUM_ARTICLES = 500


def _corpora(tmp: Path) -> dict[str, list[Path]]:
    corpus = ROOT / "tests" / "corpus"
    out = {
        "seed": [SHARED / "corpus" / "seed"],
        "dev": [SHARED / "corpus" / "dev"],
        "tests-corpus": [p for p in sorted(corpus.glob("h*.txt"))],
        "heldout": [corpus / "heldout"],
        "resolution": [corpus / "resolution"],
    }
    for name in ("real", "real2", "real4", "real5", "real-heldout", "real3-heldout"):
        if any((corpus / name).glob("*.txt")):
            out[name] = [corpus / name]
    indosum = SHARED / "corpus" / "indosum" / "articles.jsonl"
    if indosum.is_file():
        head = tmp / "indosum-500.jsonl"
        with indosum.open(encoding="utf-8") as src, head.open("w", encoding="utf-8") as dst:
            for i, line in enumerate(src):
                if i >= INDOSUM_ARTICLES:
                    break
                dst.write(line)
        out["indosum-500"] = [head]
    return {name: paths for name, paths in out.items() if all(p.exists() for p in paths) and paths}


def _kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "graph.cli", *args], cwd=ROOT,
                          capture_output=True, text=True)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fingerprints() -> dict[str, str]:
    result: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for name, paths in _corpora(tmp).items():
            out = tmp / name
            run = _kg("-q", "build", *map(str, paths), "--out", str(out), "--no-picture")
            if run.returncode != 0:
                result[name] = f"build failed ({run.returncode}): {run.stderr.strip()[-300:]}"
                continue
            for export in ("graph.trig", "graph.ttl", "graph.jsonld"):
                result[f"{name}/{export}"] = _digest(out / export)
        conll = SHARED / "ner" / "idner-news-2k" / "dev.txt"
        if conll.is_file():
            run = _kg("eval", "--conll", str(conll), "--verbose")
            lines = [ln for ln in run.stdout.splitlines() if "articles/s" not in ln and "sentences/s" not in ln]
            result["idner-dev/report"] = hashlib.sha256("\n".join(lines).encode()).hexdigest()
    return result


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("record", "check"):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    mode, ref = argv[0], Path(argv[1]) / "fingerprints.json"
    now = fingerprints()
    if mode == "record":
        ref.parent.mkdir(parents=True, exist_ok=True)
        ref.write_text(json.dumps(now, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"recorded {len(now)} fingerprints in {ref}")
        return 0
    before = json.loads(ref.read_text(encoding="utf-8"))
    differ = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
    for key in differ:
        print(f"DIFFERS {key}")
    print(f"{len(before) - len(differ)} of {len(before)} identical" if differ else f"all {len(now)} identical")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
