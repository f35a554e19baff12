"""Every lexicon file has the header its index (graph/lexicons/README.md) gives it, and
every file is in the index: a renamed or added column, or a new file, shows up here."""
from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

from graph.extract.lexicon import Forms, Prefiltered, lexicon, literal_heads, prefiltered

LEXICONS = Path(str(resources.files("graph").joinpath("lexicons")))
INDEX = LEXICONS / "README.md"


def _index() -> dict[str, list[str]]:
    """The README's table: file -> its columns."""
    rows = re.findall(r"^\| `([^`]+\.tsv)` \| ([^|]+) \|", INDEX.read_text(encoding="utf-8"), re.M)
    return {name: [c.strip() for c in columns.split(",")] for name, columns in rows}


def _header(path: Path) -> list[str]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            return line.split("\t")
    return []


TABLES = sorted(str(p.relative_to(LEXICONS)) for p in LEXICONS.rglob("*.tsv"))


def test_every_table_is_in_the_index():
    assert not set(TABLES) - set(_index())


@pytest.mark.parametrize("name", TABLES)
def test_header(name):
    path = LEXICONS / name
    header = _header(path)
    assert header == _index()[name]
    assert len(set(header)) == len(header) and all(header), f"{name}: empty or repeated column"
    assert path.read_text(encoding="utf-8").startswith("#"), f"{name}: no comment says what the file holds"
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            assert len(line.split("\t")) <= len(header), f"{name}:{n}: more cells than columns"


# --- the literal heads that let a long alternation be scanned only where it can match ---

@pytest.mark.parametrize("pattern, heads", [
    ("rapat", ["rapat"]),
    ("rapat paripurna|sidang paripurna", ["rapat paripurna", "sidang paripurna"]),
    ("tele-?conference", ["tele"]),                       # an optional character ends the head
    ("sidang (?:putusan|vonis)|divonis", ["sidang ", "divonis"]),
    ("patroli(?: gabungan)?", ["patroli"]),
    (r"s\.d\. lalu", ["s.d. lalu"]),                      # an escaped dot is a literal
    (r"memeriksa (?:[\w.'-]+ ){1,5}?sebagai", ["memeriksa "]),
    ("(?:angin )?puting beliung", ["angin ", "puting beliung"]),  # an optional group: both ways in
    ("(?:halal|syukur) ?bihalal", ["halal", "syukur"]),
    ("[|]x|y", None),                                     # a class first: no head (and no split inside it)
    (r"\w+an", None),
    ("(?:a|b)?", None),                                   # the group may be left out and nothing follows
    ("a{2}b", None),
])
def test_literal_heads(pattern, heads):
    assert literal_heads(pattern) == heads


def test_every_trigger_and_topic_has_a_literal_head():
    """Without a head for each row the scans fall back to trying every row at every word
    (correct, several times slower): a new row should start with its literal text."""
    lx = lexicon()
    assert lx.EVENTS_SCAN_RE.starts is not None, [r["pattern"] for r in lx.event_rows if literal_heads(r["pattern"]) is None]
    assert lx.TOPIC_AT_RE.starts is not None, [r["pattern"] for _, r in lx.topics if literal_heads(r["pattern"]) is None]


SNIPPETS = [
    "Bupati Sukamaju menggelar rapat koordinasi dan rapat paripurna, lalu sidak ke pasar.",
    "Polisi menangkap Rudi Wibisana; Bambang Sutejo ditangkap kemudian. Penangkapan itu OTT.",
    "Teleconference, tele-conference dan video conference; merapatkan barisan bukan rapat.",
    "KTT dan ktt; angin puting beliung, puting beliung. Pelatihan UMKM, umkm, kopi, Kopi!",
    "rapat-rapat, (rapat) 'rapat' rapat_ rapat1 Rapat RAPAT ſidang Sidang",
    "",
]


@pytest.mark.parametrize("text", SNIPPETS)
def test_the_prefiltered_scans_find_what_their_patterns_find(text):
    lx = lexicon()
    for scan in (lx.EVENTS_SCAN_RE, lx.TOPIC_AT_RE):
        assert [m.span() for m in scan.finditer(text)] == [m.span() for m in scan.pattern.finditer(text)]


def test_prefiltered_without_starts_is_the_plain_scan():
    scan = Prefiltered(re.compile(r"\b\w+an\b"), None)
    assert [m.group(0) for m in scan.finditer("jalan dan makan")] == ["jalan", "dan", "makan"]


def test_prefiltered_empty_matches_each_place_once():
    scan = prefiltered(re.compile(r"\b(?=(?i:rapat)\b|(?-i:KTT)\b)"), ["rapat", "KTT"])
    assert [m.start() for m in scan.finditer("Rapat KTT ktt rapat")] == [0, 6, 14]


@pytest.mark.parametrize("text, pos, then", [
    ("Dinas Sosial Kota Sukamaju", 0, " "),
    ("Dinas Sosial Kota Sukamaju", 0, ""),
    ("Kepala Dinas Sosialisasi", 7, " "),     # a longer form only as the start of a word
    ("Kepala Dinas Sosialisasi", 7, ""),
    ("Bupati Sukamaju", 0, " "),              # no form there
    ("Dinas", 0, " "),                        # nothing after the form
    ("Dinas", 0, ""),
    ("x Dinas", 9, ""),                       # past the end
])
def test_forms_find_the_longest_form_as_a_scan_of_every_form_would(text, pos, then):
    forms = ["Dinas", "Dinas Sosial", "Dinas Sosialisasi Warga", "Badan", "Sosial"]
    expected = next((f for f in sorted(forms, key=len, reverse=True) if text.startswith(f + then, pos)), None)
    assert Forms(forms).longest_at(text, pos, then) == expected


def test_the_lexicons_forms_answer_as_their_sorted_lists():
    lx = lexicon()
    for name in [*list(lx.acronyms)[:300], *list(lx.institutions)[:300], "Dinas Sosial Kabupaten Sukamaju", "BPBD Sukamaju"]:
        assert lx.acronym_starts.longest_at(name + " ", 0, " ") == next(
            (a for a in lx.acronym_forms if name == a or name.startswith(a + " ")), None)
        assert lx.institution_forms.longest_at(name, 0, " ") == next(
            (h for h in lx.institution_heads if name.startswith(h + " ")), None)


def test_the_title_scan_finds_what_the_title_pattern_finds():
    # lowercase forms are found by their own literals, the others by one alternation
    lx = lexicon()
    text = ("Menurut anggota DPRD Sukamaju Hendra Gunawan dan pemain Persisam, Plt. Kepala Dinas Rudi "
            "hadir; kuasa hukum Rina, Bambang, dan para anggota lainnya. Pebalap Garuda Racing menang.")
    assert [m.span() for m in lx.TITLE_SCAN.finditer(text)] == [m.span() for m in lx.TITLE_RE.finditer(text)]
    assert [m["title"] for m in lx.TITLE_SCAN.finditer(text)][:3] == ["anggota", "pemain", "Kepala Dinas"]
