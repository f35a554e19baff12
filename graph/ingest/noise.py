"""Site noise: the banners, "Baca Juga" boxes, share and tag lines, comment forms and
bylines that pages copied from news sites carry, removed by the rules in
``graph/lexicons/noise.tsv`` (data, read once at import; a bad rule fails loudly).
"""
from __future__ import annotations

import re
from pathlib import Path

__all__ = ["NOISE_RULES", "clean_noise", "looks_like_headline", "normalise_newlines"]

# Related-article headlines are short and do not end like a sentence.
MAX_HEADLINE_CHARS = 150
MAX_RELATED_HEADLINES = 10
SENTENCE_END = ('.', '!', '?', '…', '"', '”', '’', "'")
QUOTE_START = ('"', '“', '”', "'", '‘', '’', '«')

NOISE_RULES_PATH = Path(__file__).parent.with_name("lexicons") / "noise.tsv"
NOISE_KINDS = ("drop_line", "drop_with_headlines", "cut_from", "byline")

_BLANK_RUNS = re.compile(r"\n{3,}")
# What may follow a "Baca Juga" marker on the same line before its headline.
_MARKER_SEPARATOR = re.compile(r"\s*[:：\-–—|»>]\s*|\s+")


def _load_noise_rules(path: Path) -> dict[str, tuple[re.Pattern[str], ...]]:
    """Read ``noise.tsv`` into compiled patterns per kind; bad rules fail loudly."""
    rules: dict[str, list[re.Pattern[str]]] = {kind: [] for kind in NOISE_KINDS}
    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, _, rest = line.partition("\t")
        pattern = rest.partition("\t")[0]
        if kind == "kind":  # the header row
            continue
        if kind not in rules or not pattern:
            raise ValueError(f"{path}:{line_no}: expected '<kind>\\t<pattern>\\t<comment>' "
                             f"with kind in {', '.join(NOISE_KINDS)}")
        try:
            compiled = re.compile(pattern, re.IGNORECASE)
        except re.error as err:
            raise ValueError(f"{path}:{line_no}: bad pattern: {err}") from None
        if kind == "byline" and "credit" not in compiled.groupindex:
            raise ValueError(f"{path}:{line_no}: a byline pattern needs a (?P<credit>...) group")
        rules[kind].append(compiled)
    return {kind: tuple(patterns) for kind, patterns in rules.items()}


def _any_fullmatch(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    """Fold whole-line patterns into one regex, so each line is tested once."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns) or r"(?!)", re.IGNORECASE)


NOISE_RULES = _load_noise_rules(NOISE_RULES_PATH)
DROP_LINE = _any_fullmatch(NOISE_RULES["drop_line"])
CUT_FROM = _any_fullmatch(NOISE_RULES["cut_from"])
# A marker must end at a word boundary: "Terbaru" is a marker, "Terbarukan" is not.
RELATED_MARKER = re.compile(
    "(?:" + "|".join(f"(?:{p.pattern})" for p in NOISE_RULES["drop_with_headlines"]) + r")(?!\w)",
    re.IGNORECASE,
)
BYLINES = NOISE_RULES["byline"]


def looks_like_headline(line: str) -> bool:
    """Short, no sentence end, not a quotation: how a headline (or a related story's title) reads."""
    return (len(line) <= MAX_HEADLINE_CHARS
            and not line.endswith(SENTENCE_END)
            and not line.startswith(QUOTE_START))


def _related_marker(line: str) -> str | None:
    """Classify a related-articles line: "alone", "with_headline" or None."""
    if line[:1] in "[(" and line[-1:] in "])":  # "[Baca juga: X]"
        line = line[1:-1].strip()
    match = RELATED_MARKER.match(line)
    if match is None:
        return None
    rest = line[match.end():]
    if not rest.strip(" :：-–—|»>"):
        return "alone"
    separator = _MARKER_SEPARATOR.match(rest)
    if separator is None:  # "Berita lainnya, menurut ...": prose that starts like a marker
        return None
    # "Baca Juga: X" is noise whatever X is; "Berita lainnya menyebutkan ..." is prose.
    if separator.group().strip() or looks_like_headline(rest[separator.end():]):
        return "with_headline"
    return None


def _strip_byline(line: str) -> tuple[str, str | None, str | None]:
    """Cut a byline from ``line``: (rest of line, removed text, credit)."""
    for pattern in BYLINES:
        match = pattern.search(line)
        if match:
            credit = match["credit"].strip()
            rest = (line[:match.start()] + line[match.end():]).strip()
            return rest, match.group().strip(), credit if credit.strip("*") else None
    return line, None, None


def clean_noise(body: str) -> tuple[str, tuple[str, ...], str | None]:
    """Remove site noise from an article body, keeping every real paragraph verbatim.

    The rules come from ``graph/lexicons/noise.tsv``: whole noise lines (banners, share
    and tag lines, comment-form labels) are dropped; a related-articles marker ("Baca
    Juga", "Pos terkait") is dropped with the headlines under it, up to the first line
    that reads like body text; a comment-form heading ("Tinggalkan Balasan") cuts off
    the rest; bylines ("(gde/ari)", "Editor: ...") are removed and kept as the credit.
    Runs of blank lines left behind become one blank line.

    Parameters
    ----------
    body : str
        Article body, one paragraph per line.

    Returns
    -------
    text : str
        The cleaned body.
    removed : tuple of str
        The removed lines (or byline fragments), in order.
    author : str or None
        The author credits found, joined with ``"; "``; None if there were none.

    Examples
    --------
    >>> teks = '''TABANAN – Bupati meresmikan pasar rakyat.
    ...
    ... banner 468x60
    ...
    ... Baca Juga: Ratusan Warga Ikuti Vaksinasi
    ...
    ... Pedagang menyambut baik pasar baru itu, ujarnya. (gde/ari)
    ...
    ... Tinggalkan Balasan
    ... Alamat email Anda tidak akan dipublikasikan.'''
    >>> bersih, dibuang, penulis = clean_noise(teks)
    >>> print(bersih)
    TABANAN – Bupati meresmikan pasar rakyat.
    <BLANKLINE>
    Pedagang menyambut baik pasar baru itu, ujarnya.
    >>> penulis
    'gde/ari'
    >>> len(dibuang)
    5
    """
    kept: list[str] = []
    removed: list[str] = []
    credits: list[str] = []
    headlines_left = 0  # > 0 while reading the headlines under a marker
    lines = normalise_newlines(body).split("\n")
    for index, raw_line in enumerate(lines):
        line = raw_line.strip()
        if not line:
            kept.append("")
            continue
        cut = CUT_FROM.fullmatch(line)
        if cut and any(kept):
            removed.extend(rest.strip() for rest in lines[index:] if rest.strip())
            break
        if cut or DROP_LINE.fullmatch(line):  # a comment link above the body cuts nothing
            removed.append(line)
            continue
        marker = _related_marker(line)
        if marker is not None:
            removed.append(line)
            headlines_left = MAX_RELATED_HEADLINES if marker == "alone" else 0
            continue
        rest, byline, credit = _strip_byline(line)
        if headlines_left and rest and looks_like_headline(line):
            removed.append(line)
            headlines_left -= 1
            continue
        headlines_left = 0
        if byline is not None:
            removed.append(byline)
            if credit and credit not in credits:
                credits.append(credit)
        if rest:
            kept.append(rest)
    text = _BLANK_RUNS.sub("\n\n", "\n".join(kept)).strip("\n")
    return text, tuple(removed), "; ".join(credits) or None


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
