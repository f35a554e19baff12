"""The events pass alone: type, date, venue, organizer, attendees and purpose."""
from __future__ import annotations

from datetime import date

import pytest

from .conftest import run_alone


def test_an_event_with_its_date_venue_and_organizer():
    doc = run_alone("Dinas Perikanan Klaten menggelar pelatihan di Balai Desa Tirtasari, Senin (3/5/2021).", "events")
    [ev] = doc.events
    assert (ev.event_type.label_id, ev.start) == ("pelatihan", date(2021, 5, 3))
    assert (ev.location, ev.organizer) == ("place:balai-desa-tirtasari-venue", "org:dinas-perikanan-klaten")


def test_attendees_and_purpose():
    doc = run_alone("Dinas Perikanan Klaten menggelar pelatihan, Senin (3/5/2021), bertujuan meningkatkan "
                    "produksi ikan. Hadir pula Karyadi Widyatmoko.", "events")
    [ev] = doc.events
    assert "person:karyadi-widyatmoko" in ev.attendees
    assert ev.purpose == "Meningkatkan produksi ikan"


def test_an_online_event():
    doc = run_alone("Dinas Perikanan Klaten menggelar rapat secara daring, Senin (3/5/2021).", "events")
    assert [ev.online for ev in doc.events] == [True]



@pytest.mark.parametrize("sentence, kind", [
    ("Polres Contoh menangkap dua pelaku pencurian sapi, Senin (3/5/2021).", "arrest"),
    ("Komisi Contoh menggelar operasi tangkap tangan di Kabupaten Contoh, Senin (3/5/2021).", "arrest"),
    ("Penyidik menggeledah kantor Dinas Contoh, Senin (3/5/2021).", "search"),
    ("Pengadilan Negeri Contoh menggelar sidang putusan perkara itu, Senin (3/5/2021).", "court hearing"),
    ("Gubernur Contoh melantik tiga bupati di Gedung Contoh, Senin (3/5/2021).", "inauguration"),
    ("Polres Contoh menggelar konferensi pers di Mapolres Contoh, Senin (3/5/2021).", "press conference"),
    ("DPRD Contoh menggelar rapat paripurna, Senin (3/5/2021).", "plenary session"),
    ("Persib Contoh memenangi pertandingan di Stadion Contoh, Senin (3/5/2021).", "match"),
])
def test_the_events_of_real_news(sentence, kind):
    doc = run_alone(sentence, "events")
    assert [ev.event_type.label_en for ev in doc.events] == [kind]
    assert doc.events[0].start == date(2021, 5, 3)
