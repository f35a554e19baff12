"""The names pass alone: capitalized names without a title, typed by lexicons and context."""
from __future__ import annotations

import pytest

from .conftest import entity, run_alone


@pytest.mark.parametrize("text, name, kind", [
    ("Menurut Pramesti Sumarsih, panen tahun ini naik.", "Pramesti Sumarsih", "person"),  # "Menurut X"
    ("Panen naik, kata Karyadi Widyatmoko kepada wartawan.", "Karyadi Widyatmoko", "person"),  # a speech verb
    ("Bantuan itu dikirim ke Tegalrejo kemarin.", "Tegalrejo", "place"),  # "ke X"
    ("Ia berdialog dengan pemilik toko kelontong Sumber Makmur di pasar.", "Sumber Makmur", "org"),  # a business cue
    ("Ia bergabung dengan Partai Wijayakusuma tahun lalu.", "Partai Wijayakusuma", "org"),  # an organization word
])
def test_kinds(text, name, kind):
    assert entity(run_alone(text, "names"), name).kind == kind


@pytest.mark.parametrize("text, name", [
    ("Pada Senin pagi warga berkumpul.", "Senin"),  # a weekday is no name
    ("Harga naik pada Januari lalu.", "Januari"),  # nor a month
])
def test_no_name(text, name):
    assert not any(e.name == name for e in run_alone(text, "names").ents.values())
