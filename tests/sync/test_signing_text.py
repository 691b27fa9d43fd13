"""An entry's data is encoded once on the hub: its digest's canonical text is also its log text.

The digest must stay byte for byte what every node computes from the whole entry (old hubs and
stations, `seal` at the author), and the log text must decode to the entry's data, strokes
included.
"""

from __future__ import annotations

import hashlib
import json

import pytest

from ikrar.store.sync_apply import Entry
from ikrar.sync import signing


def _defined_digest(entry: Entry) -> bytes:
    """The digest as the batch format defines it: one canonical json.dumps of the whole entry."""
    data = entry.data
    if entry.table == "signature" and "shape_hash" in data:
        data = {k: v for k, v in data.items() if k != "strokes"}
    text = json.dumps([entry.station_id, entry.seq, entry.table, entry.row_id, entry.op,
                       entry.hlc, data], sort_keys=True, ensure_ascii=True,
                      separators=(",", ":"))
    return hashlib.sha256(text.encode("ascii")).digest()


ENTRIES = [
    Entry("0190-st\u00e9", 5, "signature", 'row"1', "upsert",
          {"strokes": "AAEC", "shape_hash": "ab", "b": "\u00c9\u2028\U0001F600", "a": [1, 2.5]},
          "0000018f-0001-x"),
    Entry("0190", 6, "signature", "r", "upsert", {"strokes": "AAEC", "strokes_hash": "cd"}, "h"),
    Entry("0190", 7, "employee", "r\n\t", "upsert", {"name": "Siti \u00c4ishah", "nip": None},
          "h"),
    Entry("0190", 8, "attendance", "r", "delete", {}, "h"),
    Entry("0190", 2**40, "event", "r", "upsert", {"z": {"y": True, "x": [None, False]}}, None),
]


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.table)
def test_digest_is_the_defined_canonical_hash_and_the_log_text_is_the_whole_data(entry):
    text = signing.data_text(entry)
    assert signing.digest(entry) == _defined_digest(entry)
    assert text.isascii()
    assert json.loads(signing.log_text(entry, text)) == entry.data


def test_a_batch_checked_from_the_kept_texts_still_refuses_an_altered_entry():
    from ikrar.core.keys import SigningKey

    key = SigningKey.generate()
    entries = [Entry("0190", 1 + i, "employee", f"r{i}", "upsert", {"name": f"N{i}"}, "h")
               for i in range(3)]
    seal = signing.seal(entries, key, None)
    texts = [signing.data_text(e) for e in entries]
    assert len(signing.check_batch(entries, seal, key.public, texts)) == 3
    altered = [*entries[:2], Entry("0190", 3, "employee", "r2", "upsert", {"name": "X"}, "h")]
    with pytest.raises(signing.SyncDataError):
        signing.check_batch(altered, seal, key.public,
                            [signing.data_text(e) for e in altered])


def test_a_push_body_sends_the_signed_texts_as_the_entries_data():
    """The station sends each entry's data as the text its digest was taken over (encoded
    once); the body must still be the push request's JSON, entry for entry."""
    from ikrar.core.keys import SigningKey
    from ikrar.sync.changes import PushBody, push_body, to_wire

    key = SigningKey.generate()
    entries = [Entry("0190", 5 + i, e.table, e.row_id, e.op, e.data, e.hlc or "h")
               for i, e in enumerate(ENTRIES)]
    texts = [signing.data_text(e) for e in entries]
    seal = signing.seal(entries, key, None, texts=texts)
    assert seal.digests == signing.seal(entries, key, None).digests
    body = push_body("0190", entries, seal.to_wire(),
                     [signing.log_text(e, t) for e, t in zip(entries, texts, strict=True)])
    assert json.loads(body) == {"station_id": "0190", "entries": [to_wire(e) for e in entries],
                                "seal": seal.to_wire()}
    assert [w.data for w in PushBody.model_validate_json(body).entries] == \
        [e.data for e in entries]
