"""Search as you type on a million employees with a realistic spread of names: every keystroke of
names typed right and typed with the typos people make, through `lookup.search` (the desk) and
`RosterPager` (the roster browser), beside a bare indexed prefix query in plain sqlite3."""

from __future__ import annotations

import random
import statistics
import time
from datetime import datetime
from pathlib import Path

from run import Figure

from ikrar.store.db import DB_FILENAME, close_db
from support import raw_db

REAL = ("rahman", "afrizal", "zulkifli", "budi", "santoso", "siti", "rahmawati", "hidayat",
        "nur", "dewi", "lestari", "agus", "setiawan", "muhammad", "abdul", "fitri", "wijaya")
SYLLABLES = ("ra", "hma", "n", "af", "ri", "zal", "zul", "ki", "fli", "bu", "di", "san", "to",
             "so", "de", "wi", "les", "ta", "nur", "hi", "da", "yat", "su", "ka", "mo", "pu",
             "tra", "ni", "ja", "ya", "ko", "an", "el", "in", "us", "man", "sih", "gus", "war",
             "ti", "he", "ru", "li", "na", "me", "go", "fa", "se", "tyo", "ha")
# Typed with a typo (the last two letters swapped, a letter changed) and what was meant.
TYPOS = (("rahmna", "rahman"), ("rahmam", "rahman"), ("afrisal", "afrizal"),
         ("zulkifly", "zulkifli"), ("budi santoos", "budi santoso"), ("siti rahmawat", ""),
         ("muhamad afrizal", ""), ("dewi lestary", ""), ("abdul rahmna", ""),
         ("setiawna", "setiawan"))


def _names(count: int, rng: random.Random) -> list[str]:
    """Names of 2-3 words over a vocabulary of about 150,000 words, a few very common."""
    words = set()
    while len(words) < 150_000:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    vocab = list(REAL) + sorted(words)
    rng.shuffle(vocab[len(REAL):])

    def word() -> str:
        return vocab[min(int(rng.paretovariate(0.55)) - 1, len(vocab) - 1)]

    return [" ".join(word() for _ in range(rng.randint(2, 3))) for _ in range(count)]


def _fill(path: Path, event_id: str, count: int, roster: int) -> list[str]:
    """Setup only: employees and the event's roster written raw, like the other benchmarks."""
    from ikrar.core.ids import new_id
    from ikrar.store.fields import utcnow
    from ikrar.store.models import Employee
    from support import nip_for

    rng = random.Random(11)
    names = _names(count, rng)
    columns = [f.column_name for f in Employee._meta.sorted_fields]
    now = Employee.created_at.db_value(utcnow())
    conn = raw_db(path)
    conn.execute("PRAGMA synchronous=OFF")
    insert = (f"INSERT INTO employee ({','.join(columns)}) "
              f"VALUES ({','.join('?' * len(columns))})")
    ids = []
    batch = []
    for i, name in enumerate(names):
        emp_id = new_id().hex
        ids.append(emp_id)
        row = {"id": emp_id, "hlc": f"{i:017x}-bench", "created_at": now, "nip": nip_for(i),
               "name": name.title(), "front_title": "", "back_title": "", "status": "PNS",
               "rank": "", "grade": "", "position": "", "unit": "Dinas", "agency": "",
               "search_key": name, "is_walk_in": 0, "author_id": None}
        batch.append([row[c] for c in columns])
        if len(batch) == 50_000:
            conn.executemany(insert, batch)
            batch.clear()
    conn.executemany(insert, batch)
    conn.executemany(
        "INSERT INTO roster_entry (id, hlc, created_at, event_id, employee_id) "
        "VALUES (?, ?, ?, ?, ?)",
        [(new_id().hex, f"{i:017x}-bench", now, event_id.replace("-", ""), ids[i])
         for i in rng.sample(range(count), roster)])
    conn.commit()
    conn.close()
    return names


def search(folder: Path, *, quick: bool) -> list[Figure]:
    from benchmarks_store import _fresh

    from ikrar.core.dates import zone
    from ikrar.store import lookup, name_index
    from ikrar.store.events import create_event
    from ikrar.store.roster_pages import RosterPager

    count = 50_000 if quick else 1_000_000
    roster = min(12_000, count // 10)
    _fresh(folder)
    event = create_event("Bench", datetime(2024, 7, 10, 8, tzinfo=zone("WIB")))
    event_id = str(event.id)
    close_db()
    names = _fill(folder / DB_FILENAME, event_id, count, roster)
    _fresh(folder)
    from ikrar.store.events import current_event

    event = current_event()
    start = time.perf_counter()
    indexed = name_index.catch_up()  # the raw rows, as after an import
    catch_up = time.perf_counter() - start
    assert indexed == count
    start = time.perf_counter()
    lookup.search("vocabulary", None)  # the first misspelt search reads the vocabulary
    first = time.perf_counter() - start

    rng = random.Random(3)
    typed = [t for t, _ in TYPOS] + [n for n in rng.sample(names, 30)]
    typed += [n[:-2] + n[-1] + n[-2] for n in rng.sample(names, 30) if n[-1] != n[-2]]
    with_event, everyone, browser, bare = [], [], [], []
    browser_cpu, roster_cpu = [], []
    raw = raw_db(folder / DB_FILENAME)
    for text in typed:
        for n in range(1, len(text) + 1):
            key = text[:n]
            t = time.perf_counter()
            lookup.search(key, event)
            with_event.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            lookup.search(key, None)
            everyone.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            raw.execute("SELECT id FROM employee WHERE search_key >= ? AND search_key < ? "
                        "ORDER BY search_key LIMIT 12", (key, key + "\uffff")).fetchall()
            bare.append((time.perf_counter() - t) * 1000)
        # The roster browser searches once typing pauses: the whole text, its first page (in
        # the background: CPU time too, which a loaded machine does not inflate), of everyone
        # and of the event's roster.
        t, c = time.perf_counter(), time.process_time()
        RosterPager(None, text).next_page(200)
        browser.append((time.perf_counter() - t) * 1000)
        browser_cpu.append((time.process_time() - c) * 1000)
        c = time.process_time()
        RosterPager(event.id, text).next_page(200)
        roster_cpu.append((time.process_time() - c) * 1000)
    t = time.perf_counter()
    with raw:
        raw.execute("INSERT INTO employee_name(employee_name) VALUES ('rebuild')")
    rebuild = time.perf_counter() - t
    raw.close()
    found = {t: [h.name.lower() for h in lookup.search(t, None)] for t, _ in TYPOS}
    for text, meant in TYPOS:
        if meant:
            assert any(meant in n for n in found[text]), (text, found[text][:3])
    close_db()

    def p99(samples: list[float]) -> float:
        return round(sorted(samples)[int(len(samples) * 0.99)], 1)

    base = statistics.median(bare)
    label = "bare indexed prefix query, plain sqlite3"
    return [
        Figure(f"search per keystroke, {count:,} employees, event roster first (desk)", "ms",
               statistics.median(with_event), base, label, "≤ 30 ms (p99 ≤ 60 ms)",
               len(with_event), {"p99 ms": p99(with_event), "max ms": round(max(with_event), 1),
                                 "roster": f"{roster:,}", "with typos": f"{len(typed)} names"}),
        Figure(f"search per keystroke, {count:,} employees, everyone", "ms",
               statistics.median(everyone), base, label, "≤ 30 ms (p99 ≤ 60 ms)",
               len(everyone), {"p99 ms": p99(everyone), "max ms": round(max(everyone), 1)}),
        Figure(f"roster browser search (count and first page of 200), {count:,} employees",
               "ms",
               statistics.median(browser), base, label, "—", len(browser),
               {"p99 ms": p99(browser), "max ms": round(max(browser), 1),
                "CPU p50/p99/max ms": "/".join(
                    str(round(x, 1)) for x in (statistics.median(browser_cpu),
                                               p99(browser_cpu), max(browser_cpu))),
                "event roster CPU p50/p99/max ms": "/".join(
                    str(round(x, 1)) for x in (statistics.median(roster_cpu), p99(roster_cpu),
                                               max(roster_cpu)))}),
        Figure(f"name index catch-up after writing {count:,} employees", "s", catch_up,
               rebuild, "FTS5 'rebuild' of the same index, plain sqlite3", "—", 1,
               {"first misspelt search (vocabulary read) s": round(first, 2)}),
    ]
