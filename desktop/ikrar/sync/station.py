"""A station's side of sync: joining a hub, then pushing its outbox and pulling everyone's.

Each batch commits on its own, together with how far it got (acknowledged sequence on push,
checkpoint on pull), so an interrupted run resumes exactly where it stopped.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urlsplit

from ikrar.core import collection
from ikrar.core.errors import IkrarError
from ikrar.core.keys import PublicKey
from ikrar.store import audit, keystore, outbox, settings, sync_state
from ikrar.store.authorship import norm
from ikrar.store.db import db, local
from ikrar.store.events import current_event
from ikrar.store.models import Employee, Event, Station, SyncAlias
from ikrar.store.stations import local_station
from ikrar.store.sync_apply import Applied, Entry, SyncDataError, apply
from ikrar.sync import clock, roster_doc, signing, tls
from ikrar.sync.changes import MAX_BATCH, from_wire
from ikrar.sync.client import HubClient, HubError, HubRefused
from ikrar.sync.enrol import EnrolmentError, split_code
from ikrar.sync.push import BATCH, Progress, push

log = logging.getLogger(__name__)
# Entries per pull page: the most a hub serves (`changes.MAX_BATCH`, also on older hubs). Each
# page costs a request and a commit of its own, and a pull holds no lock on the hub.
PULL_BATCH = MAX_BATCH


class NotEnrolled(IkrarError):
    pass


class CodeRefused(HubRefused):
    """The hub refused an enrolment code for a reason it names (its code, for the GUI)."""

    def __init__(self, code: str, refused: HubRefused) -> None:
        super().__init__(refused.status, str(refused), refused.body)
        self.code, self.params = code, {}


# Why the hub refused a code, by the code it names (a hub from before names none: the station
# then tells its refusal as "the hub refused", as before).
REFUSED_CODES: dict[str, Callable[[HubRefused], HubRefused]] = {
    "enrol.unknown_code": lambda refused: CodeRefused("enrol.unknown_code", refused),
    "enrol.code_used": lambda refused: CodeRefused("enrol.code_used", refused),
    "enrol.code_expired": lambda refused: CodeRefused("enrol.code_expired", refused),
    "enrol.other_event": lambda refused: CodeRefused("enrol.other_event", refused),
    "enrol.revoked": lambda refused: CodeRefused("enrol.revoked", refused),
}


@dataclass
class SyncReport:
    pushed: int = 0  # entries the hub newly acknowledged
    pulled: int = 0  # entries received from the hub
    written: int = 0  # rows written here from them
    waiting: int = 0  # entries still not acknowledged

    def describe(self) -> str:
        return (f"Sync done: {self.pushed} entries sent, {self.pulled} received "
                f"({self.written} rows written here), {self.waiting} waiting.")


def client_from_settings() -> HubClient:
    url, token = settings.get("hub_url"), settings.get("hub_token")
    if not url or not token:
        raise NotEnrolled("station.not_enrolled",
                          "This station has not joined a hub. Run `ikrar station join URL "
                          "CODE` with a code from the administrator (`ikrar hub enrol`).")
    client = HubClient(url, token, settings.get("hub_certificate"))
    client.report(pending=sync_state.waiting_count(), clock_offset_ms=clock.offset_ms())
    return client


def join(url: str, code: str, *, client: HubClient | None = None) -> dict:
    """Enrol with the hub: token, station certificate, agency key; then the first sync."""
    url = url.strip().rstrip("/")
    secret, pin = split_code(code)
    parts = urlsplit(url)
    certificate = None
    if parts.scheme == "https":
        if not pin:
            raise HubError("station.code_without_fingerprint",
                           "This hub speaks HTTPS but the code carries no certificate "
                           "fingerprint (…@fingerprint). Ask the administrator for the full code.")
        certificate = tls.pin(parts.hostname or "", parts.port or 443, pin)
    if settings.get("hub_token") and settings.get("hub_url") not in (None, url):
        raise IkrarError("station.already_enrolled",
                         f"This station already syncs with {settings.get('hub_url')}. Use a new "
                         "data folder to join another hub.",
                         url=settings.get('hub_url'))
    if not settings.get("hub_token") and (Employee.select().exists()
                                          or Event.select().exists()):
        log.warning("joining a hub with local events or employees; same NIPs merge by alias")
    key = keystore.station_key()
    me = str(local().station_id)
    held = current_event()  # a station works on one event: a code for another is refused
    held_id = str(held.id) if held is not None else None
    # Joining the same hub again: the old token shows the hub this station is its holder.
    renewing = settings.get("hub_token") if settings.get("hub_url") == url else None
    own = client or HubClient(url, renewing, certificate)
    try:
        reply = own.enrol(secret, me, key.public.to_pem().decode("ascii"), held_id)
        clock.learn_offset(own)
    except HubRefused as exc:  # the hub's own reason, by its code (a hub that sends one)
        code = exc.body.get("code")
        if isinstance(code, str) and code in REFUSED_CODES:
            raise REFUSED_CODES[code](exc) from exc
        raise
    finally:
        if client is None:
            own.close()
    if held_id and reply.get("event_id") and norm(reply["event_id"]) != norm(held_id):
        # A hub that did not check (older than the event field): nothing is saved here.
        raise EnrolmentError("enrol.other_event",
                             "This code is for another event than the one this station's data "
                             "folder holds; a station works on one event. Ask the "
                             "administrator for a code for this event, or join from a new data "
                             "folder.")
    if reply.get("station_id") not in (None, me):  # the hub would not hand over that identity
        raise HubError("station.id_taken",
                       "The hub already knows a station with this station's identity (a copied "
                       "data folder?), so it did not enrol this one under it. Join from a new "
                       "data folder with a new code from the administrator.")
    try:
        agency = PublicKey.from_pem(reply["agency_public_key"].encode("ascii"))
        station = local_station()
        station.name = reply["station_name"]
        station.certificate = reply["certificate"]
        with db.atomic():
            outbox.update(station)
            keystore.station_certificate().verify(agency)
            keystore.save_agency_public_key(agency)
            for name, value in (("hub_url", url), ("hub_token", reply["token"]),
                                ("hub_fingerprint", pin), ("hub_certificate", certificate),
                                ("hub_station_id", reply["hub_station_id"]),
                                ("station_name", reply["station_name"])):
                settings.put(name, value)
            if reply.get("event_id"):
                settings.put("current_event", reply["event_id"])
            if reply.get("bundle_key"):  # USB bundles are encrypted to it
                keystore.save_bundle_key(bytes.fromhex(reply["bundle_key"]))
            audit.append("station_join", me, hub=url, station=reply["station_name"],
                         agency_key_id=agency.key_id)
    except (KeyError, TypeError, AttributeError) as exc:
        raise HubError("hub.bad_enrolment_reply",
                       "The hub's enrolment reply is incomplete; nothing was saved.") from exc
    return reply


def pull(client: HubClient, *, batch: int = PULL_BATCH, progress: Progress | None = None
         ) -> tuple[int, Applied]:
    me = str(local().station_id)
    checkpoint = settings.get("sync_pull_checkpoint")
    agency = keystore.agency_public_key()
    seals: dict[str, tuple[signing.Seal, str]] = {}  # batch → (seal, signer), checked once
    rosters = _roster_index(client)
    # The next page is asked for (and the hub works on it) while this one is checked and
    # written here. It is only read: if this page fails, nothing of the next is used.
    fetcher = ThreadPoolExecutor(1, thread_name_prefix="ikrar-pull")
    try:
        with collection.paused():  # the pages' entries make no cycles to collect
            return _pull_pages(client, fetcher, me, checkpoint, batch, agency, seals, rosters,
                               progress)
    finally:
        fetcher.shutdown(wait=False, cancel_futures=True)


def _pull_pages(client: HubClient, fetcher: ThreadPoolExecutor, me: str, checkpoint: int,
                batch: int, agency: PublicKey, seals: dict, rosters: dict[str, int],
                progress: Progress | None) -> tuple[int, Applied]:
    received, applied = 0, Applied()
    coming = fetcher.submit(client.pull, checkpoint, batch)
    while True:
        reply = coming.result()
        try:
            items, last, more = reply["entries"], reply["last"], reply["more"]
            if not isinstance(items, list) or type(last) is not int or last < checkpoint:
                raise TypeError
            if more and items:
                coming = fetcher.submit(client.pull, last, batch)
            entries = [from_wire(item, None, i) for i, item in enumerate(items)]
            entries = _vouched(entries, [item.get("batch") for item in items],
                               reply.get("batches"), seals, agency)
            entries = _newcomers(client, entries, seals, agency) + entries
            versions = _rosters(client, rosters, entries, agency)
        except (KeyError, TypeError, AttributeError) as exc:
            raise HubError("hub.bad_pull_reply",
                           "The hub's reply to a pull is not what Ikrar sends; nothing of "
                           "it was applied.") from exc
        except SyncDataError as exc:
            raise HubError("hub.bad_entry",
                           f"The hub sent an unusable entry ({exc}); nothing of this batch "
                           "was applied.",
                           reason=exc) from exc
        try:
            with db.atomic():
                if versions:  # the events they name first, the rows that name their people after
                    applied += apply([e for e in entries if e.table in roster_doc.BEFORE],
                                     skip_station=me)
                    applied.written += roster_doc.apply(versions)
                    entries = [e for e in entries if e.table not in roster_doc.BEFORE]
                applied += apply(entries, skip_station=me)
                settings.put("sync_pull_checkpoint", last)
        except SyncDataError as exc:  # a hub handing out what no station may write
            raise HubError("hub.bad_entry",
                           f"The hub sent an entry this station refuses ({exc}); nothing of "
                           "this batch was applied.",
                           reason=exc) from exc
        received += len(entries)
        checkpoint = last
        if progress:
            progress("pull", received, received)
        if not more or not entries:
            return received, applied


def _roster_index(client: HubClient) -> dict[str, int]:
    """The newest version of each roster the hub holds for this station (none: an old hub)."""
    try:
        reply = client.roster()
    except HubError as exc:
        if getattr(exc, "status", None) == 404:  # a hub from before roster documents
            return {}
        raise
    rosters = reply.get("rosters") if isinstance(reply, dict) else None
    if not isinstance(rosters, dict) or not all(type(v) is int for v in rosters.values()):
        raise HubError("hub.bad_pull_reply",
                       "The hub's reply to a pull is not what Ikrar sends; nothing of it was "
                       "applied.")
    return {str(k): v for k, v in rosters.items()}


def _rosters(client: HubClient, latest: dict[str, int], entries: list,
             agency: PublicKey) -> list:
    """Checked roster versions this page needs: of events held or arriving, and behind."""
    arriving = {norm(e.row_id) for e in entries if e.table == "event"}
    out: list = []
    for event_id in roster_doc.wanted(latest, arriving):
        out += roster_doc.fetch(client, event_id, agency)
    return out


def _vouched(entries: list, batches: list, sent: object, seals: dict, agency: PublicKey
             ) -> list:
    """Each pulled entry checked against the signed batch it names; SyncDataError otherwise.

    So a hub that alters or invents an entry (or hands out one nobody signed) is refused here
    as it would be on the hub: nothing of the page is applied.
    """
    if not isinstance(sent, dict):
        raise TypeError
    out = []
    for entry, batch in zip(entries, batches, strict=True):
        key = str(batch)
        if key not in seals:
            if batch is None or key not in sent:
                raise SyncDataError("sync.bad_signature",
                                    f"entry {entry.seq} of station {entry.station_id} comes "
                                    "without the signature of its author.",
                                    why="unsigned")
            seal = signing.from_wire(sent[key])
            seals[key] = (seal, signing.signer_of(seal, agency, check_dates=False))
        seal, signer = seals[key]
        out += signing.vouch([entry], seal, signer)
        if signer == signing.STATION:
            _pinned(seal, entry, seals)
    return out


def _pinned(seal: signing.Seal, entry: Entry, seals: dict) -> None:
    """A station's entries are signed with the key first seen for it, here or in its row.

    The hub holds the agency key and could certify a key of its own for any station; the key
    a station announced in its own (signed) station row is the one its entries must carry.
    """
    pins = seals.setdefault("pins", {})
    station = norm(entry.station_id)
    if station not in pins:
        row = Station.get_or_none(Station.id == uuid.UUID(station))
        pins[station] = row.public_key if row is not None and row.public_key else None
    pin = pins[station]
    if pin is None:
        if entry.table == "station" and isinstance(entry.data.get("public_key"), str):
            pins[station] = entry.data["public_key"]
        return
    # The answer depends on the pin and the seal's certificate only: read each pair once,
    # not once per entry (a page of 1,000 entries shares a handful of seals).
    agreed = seals.setdefault("pinned", set())
    if (pin, seal.certificate) in agreed:
        return
    if signing.same_key(pin, signing.certified_key(seal)):
        agreed.add((pin, seal.certificate))
    else:
        raise SyncDataError("sync.bad_signature",
                            f"entry {entry.seq} of station {entry.station_id} is signed with "
                            "another key than the one that station announced (a certificate "
                            "issued for it later); it is refused.",
                            why="another key than the station's own")


def _newcomers(client: HubClient, entries: list, seals: dict, agency: PublicKey) -> list:
    """Entries of people a roster entry of this page names whom this station never received.

    Someone put on this station's event's roster after their own entries went by its
    checkpoint arrives with the roster entry: the hub hands their entries on request.
    """
    named = {norm(e.data.get("employee_id")) for e in entries if e.table == "roster_entry"}
    named -= {norm(e.row_id) for e in entries if e.table == "employee"} | {None}
    if not named:
        return []
    held = {norm(i) for (i,) in Employee.select(Employee.id).where(
        Employee.id.in_([uuid.UUID(n) for n in named])).tuples()}
    held |= {norm(i) for (i,) in SyncAlias.select(SyncAlias.alias_id).where(
        SyncAlias.alias_id.in_(sorted(named))).tuples()}
    missing = sorted(named - held)
    out: list = []
    for start in range(0, len(missing), 200):
        reply = client.people(missing[start:start + 200])
        items = reply["entries"]
        found = [from_wire(item, None, i) for i, item in enumerate(items)]
        out += _vouched(found, [item.get("batch") for item in items], reply.get("batches"),
                        seals, agency)
    return out


def sync_once(client: HubClient | None = None, *, batch: int | None = None,
              progress: Progress | None = None) -> SyncReport:
    """Push, then pull; raises HubError (the outbox kept) when the hub cannot be used.

    `batch`: entries per push request and per pull page (default BATCH and PULL_BATCH).
    """
    own = client or client_from_settings()
    report = SyncReport()
    try:
        offset = clock.learn_offset(own)
        clock.restamp_ahead()
        own.report(pending=sync_state.waiting_count(), clock_offset_ms=offset)
        report.pushed = push(own, batch=batch or BATCH, progress=progress)
        report.pulled, applied = pull(own, batch=batch or PULL_BATCH, progress=progress)
        report.written = applied.written
    except IkrarError as exc:
        sync_state.mark_synced(str(exc))
        raise
    finally:
        if client is None:
            own.close()
    with db.atomic():
        sync_state.mark_synced()
        if report.pushed or report.written:
            audit.append("sync", settings.get("hub_url") or "", pushed=report.pushed,
                         pulled=report.pulled, written=report.written)
    report.waiting = sync_state.waiting_count()
    return report
