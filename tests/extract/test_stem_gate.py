"""The dictionary check asks the stemmer only about words it can change (lexicon._stem_keeps)."""
import re

import pytest

from graph.extract.lexicon import _stem_keeps, lexicon


@pytest.fixture(scope="module")
def stemmer():
    lx = lexicon()
    lx.is_common_word("membacakan")  # the stemmer is made on first need
    return lx, lx._stemmer


# Words of each affix class Sastrawi strips, and plain names it leaves alone.
AFFIXED = ["permainan", "pelatih", "dikatakan", "tersangka", "beruntung", "kebijakannya", "sepakat",
           "memperhatikan", "menyampaikan", "kuambil", "kaubawa", "gelembung", "telunjuk", "gemuruh",
           "rumahnya", "bukunya", "apalah", "siapakah", "itupun", "modernisme", "legalisasi", "nasionalis",
           "anak-anak", "berbalas-balasan", "o'neil"]
PLAIN = ["riedl", "vermansyah", "salossa", "krstic", "feyenoord", "bachdim", "widodo", "xtrail", "mufc", "abc"]


def test_the_plain_names_stem_to_themselves(stemmer):
    _, st = stemmer
    assert [st.stem(w) for w in PLAIN] == PLAIN


def test_the_gate_keeps_every_affixed_word_for_the_stemmer():
    assert not any(_stem_keeps(w) for w in AFFIXED if len(w) > 3)
    assert all(_stem_keeps(w) for w in PLAIN)


def test_same_answer_as_the_stemmer_on_the_words_of_real_news(stemmer):
    """Every unknown word of the seed and the real-news golds' articles: the gate never
    answers where the stemmer would find a dictionary word."""
    from pathlib import Path
    lx, st = stemmer
    root = Path(__file__).resolve().parents[1] / "corpus"
    words = set()
    for path in [*root.glob("real/*.txt"), *root.glob("h*.txt")]:
        words.update(w.lower() for w in re.findall(r"[A-Za-z][\w'-]*", path.read_text(encoding="utf-8")))
    unknown = [w for w in words if w not in lx.dictionary]
    skipped = [w for w in unknown if _stem_keeps(w)]
    assert len(skipped) > 200  # the gate does spare the stemmer
    assert [w for w in skipped if st.stem(w) in lx.dictionary] == []


@pytest.mark.parametrize("word", [*AFFIXED, *PLAIN, "anak-anaknya", "covid-19", "meniru-nirukan", "sukamaju-"])
def test_a_normal_word_stems_as_through_the_factorys_stemmer(stemmer, word):
    """is_common_word gives a word Sastrawi's normalizing leaves alone straight to ``stem_word``
    of a stemmer without the factory's cache of results: the same stem as the factory's."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    from graph.extract.lexicon import _NORMAL_WORD_RE
    _, st = stemmer
    direct = st.stem_word(word) if _NORMAL_WORD_RE.fullmatch(word) else st.stem(word)
    assert direct == StemmerFactory().create_stemmer().stem(word)
