"""The businesses pass alone: businesses, their owners and their products."""
from __future__ import annotations

import pytest

from .conftest import entity, run_alone


@pytest.mark.parametrize("text, business, owner, product", [
    ("Pramesti Sumarsih, pemilik usaha keripik “Pramesti Jaya”, memproduksi keripik pisang.",
     "Pramesti Jaya", "person:pramesti-sumarsih", "keripik"),
    # "… “X” milik Y": the business before, its owner after, what it is before its name
    ("Di Gianyar, galeri tenun “Sekar Arum” milik Karyadi Widyatmoko ramai dikunjungi.",
     "Sekar Arum", "person:karyadi-widyatmoko", "galeri tenun"),
])
def test_a_business_its_owner_and_product(text, business, owner, product):
    doc = run_alone(text, "businesses")
    biz = entity(doc, business)
    assert biz.business and product in biz.products
    assert [(m.member, m.organization) for m in doc.memberships] == [(owner, biz.key)]


@pytest.mark.parametrize("text, business", [
    # a lowercase thing told of before ("... tersebut") names no business
    ("Polisi melacak pemilik akun penyebar kabar tersebut.", None),
    ("Polisi mencari pemilik beras oplosan murah tersebut.", None),
    # a trade's word starts a business's name, pointed at or not
    ("Pemilik tenun ikat sukamaju ini berinovasi mengikuti tren.", "Tenun Ikat Sukamaju"),
])
def test_a_thing_pointed_back_at_is_no_business(text, business):
    from graph.extract import extract
    from graph.types import Article
    found = [o.name for o in extract(Article("a", text)).organizations if o.is_business]
    assert found == ([business] if business else [])
