"""Canned questions with $parameters (the scale questions, met-with), bound and run on the seed."""
from __future__ import annotations

import pytest

from graph.query import bind_params, canned_queries, parameters, run_query

KEMBANG = "https://data.example.org/berita/person/i-made-kembang-hartawan"


def test_met_with_lists_who_attended_the_same_event(seed_dataset):
    text = bind_params(canned_queries()["met-with"], {"person": KEMBANG})
    rows = {str(r["name"]): (int(r["times"]), str(r["places"])) for r in run_query(seed_dataset, text)}
    assert rows["I Komang Agus Adinata"] == (1, "Executive Room Kantor Bupati Jembrana")
    assert "I Made Kembang Hartawan" not in rows


@pytest.mark.parametrize("start, end, found", [("2020-04-01", "2020-04-30", True), ("2021-01-01", "2021-12-31", False)])
def test_person_events_between_two_dates(seed_dataset, start, end, found):
    text = bind_params(canned_queries()["s02-person-events"], {"person": KEMBANG, "from": start, "to": end})
    assert bool(list(run_query(seed_dataset, text))) is found


def test_every_parameter_of_the_scale_questions_is_named_and_unbound_queries_still_run(seed_dataset):
    queries = canned_queries()
    assert parameters(queries["s02-person-events"]) == ["person", "from", "to"]
    assert parameters(queries["s04-latest-events"]) == []
    for name in ("s01-entity", "s03-body-officials", "s04-latest-events", "met-with"):
        run_query(seed_dataset, queries[name])  # valid SPARQL with the parameters unbound


def test_a_value_for_no_parameter_is_an_error():
    with pytest.raises(ValueError, match=r"no parameter \$persn.*\$person"):
        bind_params(canned_queries()["met-with"], {"persn": KEMBANG})


def test_a_name_is_looked_up(seed_dataset):
    text = bind_params(canned_queries()["met-with"], {"person": "Wabup Kembang"},
                       lookup=lambda name: KEMBANG if name == "Wabup Kembang" else "urn:none")
    assert f"<{KEMBANG}>" in text and parameters(text) == []
