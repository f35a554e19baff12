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
