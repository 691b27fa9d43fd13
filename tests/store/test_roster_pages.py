"""The roster browser's pages on a real SQLCipher database: a bounded count, and the same rows in
the same order whichever way a segment is read."""

from __future__ import annotations

import pytest

from ikrar.store import roster_pages
from ikrar.store.roster_pages import RosterPager


def every_row(pager: RosterPager, size: int = 2) -> list[str]:
    rows = []
    while page := pager.next_page(size):
        rows += [row[2] for row in page]
    assert pager.done
    return rows


def test_a_search_counts_up_to_its_bound_and_says_there_are_more(event, make_employee):
    for i in range(7):
        make_employee(event, name=f"Budi {chr(ord('a') + i)}")
    make_employee(event, name="Siti Aminah")

    bounded = RosterPager(event.id, "budi", limit=5)
    assert (bounded.total, bounded.more) == (5, True)
    assert len(every_row(bounded)) == 7  # the pages are not bounded
    assert (RosterPager(event.id, "budi", limit=7).total, RosterPager(event.id, "budi",
                                                                      limit=7).more) == (7, False)
    exact = RosterPager(event.id, "budi", limit=100)
    assert (exact.total, exact.more) == (7, False)
    # Without a search the count is exact, the event's roster counted from its entries.
    everyone = RosterPager(event.id, "", limit=3)
    assert (everyone.total, everyone.more) == (8, False)
    assert RosterPager(None, "", limit=3).total == 8


def test_the_bound_counts_across_segments(event, make_employee):
    make_employee(event, name="Santoso Budi")  # starts with the word
    make_employee(event, name="Budi Santoso")  # a later word
    make_employee(event, name="Dewi Santosa")  # a typo away
    assert (RosterPager(event.id, "santoso", limit=3).total,
            RosterPager(event.id, "santoso", limit=3).more) == (3, False)
    assert (RosterPager(event.id, "santoso", limit=2).total,
            RosterPager(event.id, "santoso", limit=2).more) == (2, True)


@pytest.mark.parametrize("with_event", [True, False])
def test_a_common_later_word_walks_the_name_index_for_the_same_rows(
    event, make_employee, monkeypatch, with_event
):
    names = ["Santoso Budi", "Ani Santoso", "Budi Santoso", "Citra Santoso Dewi", "Budi Santoso",
             "Eka Santosa", "Zainal Santoso", "Agus Santo", "Rudi Hartono", "Bayu Santosi"]
    for name in names:
        make_employee(event if with_event else None, name=name)
    event_id = event.id if with_event else None

    listed = RosterPager(event_id, "santoso")
    as_list = every_row(listed)
    assert listed.segments[1].dense is False
    monkeypatch.setattr(roster_pages, "DENSE", 2)  # "santoso" is now a common word
    walked = RosterPager(event_id, "santoso")
    as_walk = every_row(walked)
    assert walked.segments[1].dense is True

    assert as_walk == as_list
    assert as_list[:1] == ["Santoso Budi"]
    assert as_list[1:6] == ["Ani Santoso", "Budi Santoso", "Budi Santoso", "Citra Santoso Dewi",
                            "Zainal Santoso"]
    assert set(as_list[6:]) <= {"Eka Santosa", "Bayu Santosi", "Agus Santo"}
    assert len(as_list) == len(set(as_list)) + 1  # only the two Budi Santoso share a name


def test_near_spellings_never_repeat_a_row_shown_before(event, make_employee):
    for name in ("Santoso Budi", "Budi Santoso", "Budi Santosa", "Santosa Dewi", "Eka Sentoso"):
        make_employee(event, name=name)
    for text in ("santoso", "budi santoso", "santosa", "budi s"):
        pager = RosterPager(event.id, text)
        rows = every_row(pager, size=1)
        assert len(rows) == len(set(rows)) == pager.total, (text, rows)
    assert every_row(RosterPager(event.id, "santoso")) == [
        "Santoso Budi", "Budi Santoso", "Budi Santosa", "Eka Sentoso", "Santosa Dewi"]


@pytest.mark.parametrize("text", ["", "budi", "santoso", "santosa", "b"])
def test_the_event_roster_read_as_a_list_gives_the_same_rows(event, make_employee, monkeypatch,
                                                             text):
    names = ["Budi Santoso", "Budi Santosa", "Ani Santoso", "Budi Hartono", "Santoso Budi",
             "Citra Dewi", "Bayu Santoso"]
    for i, name in enumerate(names):
        make_employee(event if i % 2 == 0 else None, name=name)
        make_employee(event if i % 2 == 1 else None, name=name + " Putra")

    probed = every_row(RosterPager(event.id, text))
    monkeypatch.setattr(roster_pages, "DENSE", 1)  # every segment has "many" names
    listed_pager = RosterPager(event.id, text)
    listed = every_row(listed_pager)
    assert listed_pager._roster_rows  # read as a list
    monkeypatch.setattr(roster_pages, "ROSTER_LIST", 1)  # the roster is "large" itself
    walked = every_row(RosterPager(event.id, text))

    assert probed == listed == walked
    everyone = every_row(RosterPager(None, text))
    assert set(probed) < set(everyone)  # the roster only: the others are left out
