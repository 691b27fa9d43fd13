"""A station sending its outbox: signed batches, two on their way to the hub at a time.

Each batch is read from the outbox after the one before, signed, and encoded once (the texts
the seal's digests cover are what the body carries, `changes.push_body`), then sent at once if
fewer than `IN_FLIGHT` are on their way: while the hub writes one, the next crosses the network
and is parsed and checked there. The hub writes a station's batches only in order, so a batch
that overtook the one before it (two connections) is refused with a gap and nothing of it
kept; the station then waits for every batch on its way and sends again from what the hub
acknowledged. Replies are taken in the order the batches were sent, and each acknowledgement
is written here before the next batch is read.

The hub may hold more than a batch it is sent (a batch whose acknowledgement was lost with a
crash here, or batches of another size from an earlier run): it then acknowledges what it
holds, which is taken as long as it is an entry this station wrote.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from ikrar.core import collection
from ikrar.core.keys import SigningKey
from ikrar.store import keystore, settings, sync_state
from ikrar.store.db import db, local
from ikrar.store.sync_apply import Entry
from ikrar.sync import signing
from ikrar.sync.changes import push_body
from ikrar.sync.client import HubClient, HubError, HubGap

log = logging.getLogger(__name__)
BATCH = 1000  # entries per push request
IN_FLIGHT = 2  # batches on their way to the hub at once
RETRIES = 3  # gaps in a row answered by sending again, before the push gives up
Progress = Callable[[str, int, int], None]  # (phase, done, total)


@dataclass
class _Sent:
    entries: list[Entry]
    reply: Future
    behind: bool  # sent while an earlier batch was still on its way


def signed(me: str, after: int, batch: int, key: SigningKey, certificate: str
           ) -> tuple[list[Entry], signing.Seal | None, bytes]:
    """The outbox's next batch after `after`, its seal and its request body (data encoded once:
    the texts the seal's digests are taken over are also what is sent)."""
    entries = sync_state.pending(after, batch)
    if not entries:
        return entries, None, b""
    texts = [signing.data_text(e) for e in entries]
    sealed = signing.seal(entries, key, certificate, texts=texts)
    return entries, sealed, push_body(me, entries, sealed.to_wire(),
                                      signing.log_texts(entries, texts))


def push(client: HubClient, *, batch: int = BATCH, progress: Progress | None = None) -> int:
    """Send the outbox after what the hub acknowledged; the number of entries it newly
    acknowledged. The pending count each request tells the hub is the outbox's at the start
    less what was acknowledged since."""
    me = str(local().station_id)
    key = keystore.station_key()
    certificate = keystore.station_certificate().to_text()
    acked = start = after = settings.get("sync_acked_seq")
    total = sync_state.newest_seq()
    waiting = sync_state.waiting_count()
    gaps = 0
    sender = ThreadPoolExecutor(IN_FLIGHT, thread_name_prefix="ikrar-push")
    on_the_way: deque[_Sent] = deque()

    def send_more() -> None:
        nonlocal after
        while len(on_the_way) < IN_FLIGHT:
            entries, sealed, body = signed(me, after, batch, key, certificate)
            if not entries:
                return
            on_the_way.append(_Sent(entries, sender.submit(client.push, me, entries, sealed,
                                                           body), bool(on_the_way)))
            after = entries[-1].seq

    def wait_for_the_rest() -> None:
        """Every batch still on its way answered, its answer dropped: all is sent again from
        the acknowledgement (the hub keeps once what it holds already)."""
        while on_the_way:
            try:
                on_the_way.popleft().reply.result()
            except HubError:
                pass

    # A batch's entries and bodies make no cycles to collect (`core.collection`).
    with collection.paused():
        try:
            send_more()
            while on_the_way:
                sent = on_the_way.popleft()
                first, last = sent.entries[0].seq, sent.entries[-1].seq
                try:
                    reply = sent.reply.result()
                except HubGap as gap:
                    gaps += 1
                    if gaps > RETRIES or gap.acked > acked:
                        raise
                    if gap.acked < acked and not sent.behind:
                        # The hub holds less than it acknowledged before: it was restored from an
                        # older copy. Send what it lacks again.
                        sync_state.reset_ack(gap.acked)
                        acked = start = gap.acked
                        waiting = sync_state.waiting_count()
                    # else: it overtook the batch before it, or that one was refused: again, in turn
                    wait_for_the_rest()
                    after = acked
                    send_more()
                    continue
                gaps = 0
                got = int(reply.get("acked", -1))
                if got < first - 1 or (got > last and got > sync_state.newest_seq()):
                    raise HubError("hub.bad_ack",
                                   f"The hub acknowledged {got} for entries {first}–{last}; that "
                                   "cannot be. Entries stay waiting here.",
                                   got=got, first=first, last=last)
                if got <= acked:
                    raise HubError("hub.no_ack",
                                   "The hub acknowledged nothing of this batch. Entries stay "
                                   "waiting.")
                with db.atomic():
                    sync_state.acknowledge(got)
                waiting = max(0, waiting - (got - acked))
                client.report(pending=waiting)
                acked = got
                if got != last:  # it holds less than was sent, or more: go on from what it holds
                    log.info("push: the hub acknowledged %d for %d-%d", got, first, last)
                    wait_for_the_rest()
                    after = got
                if progress:
                    progress("push", acked, total)
                send_more()
            return max(0, acked - start)
        finally:
            sender.shutdown(wait=False, cancel_futures=True)
