"""The words for the sync, hub, station and bundle message codes (see `message_texts`)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

SYNC_TEXTS: dict[str, str] = {
    "hub.extra_missing": QT_TRANSLATE_NOOP("Messages", "The hub needs {package}, which a "
                                           "station install leaves out. Install the hub's "
                                           "packages with: pip install 'ikrar[hub]'"),
    "sync.data_invalid": QT_TRANSLATE_NOOP("Messages", "Sync data refused ({where}: {detail})."),
    "sync.not_author": QT_TRANSLATE_NOOP("Messages", "Sync refused: {where} from station "
        "{station} writes what it did not author ({why}). Nothing of the batch was applied."),
    "sync.clock_ahead": QT_TRANSLATE_NOOP("Messages", "Sync refused: {where} is stamped {minutes} "
        "minutes ahead of this clock. Set the clock of the station that wrote it right."),
    "sync.bad_signature": QT_TRANSLATE_NOOP("Messages", "Sync refused: a batch is not signed by "
        "its author ({why}). Nothing of it was applied."),
    "hub.bad_time": QT_TRANSLATE_NOOP("Messages", "The hub's reply does not say its time; the "
        "station's clock offset was not updated."),
    "sync.gap": QT_TRANSLATE_NOOP("Messages", "The hub holds the entries of station {station} up "
        "to {acked}, but this batch starts at {first}. Send again from the next entry."),
    "bundle.nothing_to_export": QT_TRANSLATE_NOOP("Messages", "Nothing to export: the hub has "
        "acknowledged every entry of this station."),
    "bundle.cannot_write": QT_TRANSLATE_NOOP("Messages", "Cannot write the bundle into {folder}: "
        "{reason}"),
    "bundle.too_large": QT_TRANSLATE_NOOP("Messages", "{file} is too large to be an Ikrar bundle."),
    "bundle.cannot_read": QT_TRANSLATE_NOOP("Messages", "Cannot read the bundle {path}: {reason}."),
    "bundle.not_a_bundle": QT_TRANSLATE_NOOP("Messages", "{refused}: it is not an Ikrar bundle."),
    "bundle.cut_short": QT_TRANSLATE_NOOP("Messages", "{refused}: it is cut short (copied "
        "incompletely?)."),
    "bundle.trailing_bytes": QT_TRANSLATE_NOOP("Messages", "{refused}: it has bytes after its "
        "end (it was altered)."),
    "bundle.bad_signature": QT_TRANSLATE_NOOP("Messages", "{refused}: its signature does not "
        "match its contents (it was altered or damaged). {reason}"),
    "bundle.unusable": QT_TRANSLATE_NOOP("Messages", "{refused}: its contents are unusable "
        "({reason})."),
    "bundle.station_revoked": QT_TRANSLATE_NOOP("Messages", "Station “{station}” was revoked; "
        "its bundle is refused."),
    "bundle.refused_gap": QT_TRANSLATE_NOOP("Messages", "The bundle {name} is refused: {reason} "
        "Export a new bundle on that station."),
    "bundle.refused": QT_TRANSLATE_NOOP("Messages", "The bundle {name} is refused, nothing of it "
        "was applied: {reason}"),
    "hub.bad_address": QT_TRANSLATE_NOOP("Messages", "“{url}” is not a hub address; write it as "
        "https://HOST:8750."),
    "hub.not_https": QT_TRANSLATE_NOOP("Messages", "The hub at {url} does not use HTTPS. Off "
        "this machine the hub must speak HTTPS."),
    "hub.no_pin": QT_TRANSLATE_NOOP("Messages", "No pinned certificate for the hub: enrol the "
        "station again."),
    "hub.timeout": QT_TRANSLATE_NOOP("Messages", "The hub at {url} did not answer in time. "
        "Entries stay waiting here; sync again later."),
    "hub.unreachable": QT_TRANSLATE_NOOP("Messages", "Cannot reach the hub at {url} ({reason}). "
        "This station is offline; entries stay waiting here."),
    "hub.not_ikrar": QT_TRANSLATE_NOOP("Messages", "The hub at {url} answered {status} with "
        "something that is not an Ikrar reply. Check the address; entries stay waiting here."),
    "hub.server_error": QT_TRANSLATE_NOOP("Messages", "The hub had a problem ({status} "
        "{detail}). Entries stay waiting here; sync again later."),
    "hub.refused": QT_TRANSLATE_NOOP("Messages", "The hub refused ({status}): {detail}"),
    "hub.busy": QT_TRANSLATE_NOOP("Messages", "The hub at {url} is busy. Entries stay waiting "
        "here; they are sent at the next sync."),
    "hub.wrong_certificate": QT_TRANSLATE_NOOP("Messages", "The hub at {url} presented a "
        "certificate other than the one this station pinned when it joined: it may be another "
        "machine posing as the hub. Nothing was sent. Ask the administrator."),
    "station.id_taken": QT_TRANSLATE_NOOP("Messages", "The hub already knows a station with "
        "this station's identity (a copied data folder?). Join from a new data folder with a "
        "new code from the administrator."),
    "hub.gap": QT_TRANSLATE_NOOP("Messages", "The hub holds fewer entries of this station than "
        "expected; they are sent again."),
    "hub.bad_enrolment_reply": QT_TRANSLATE_NOOP("Messages", "The hub's enrolment reply is "
        "incomplete; nothing was saved."),
    "hub.bad_ack": QT_TRANSLATE_NOOP("Messages", "The hub acknowledged {got} for entries "
        "{first}–{last}; that cannot be. Entries stay waiting here."),
    "hub.no_ack": QT_TRANSLATE_NOOP("Messages", "The hub acknowledged nothing of this batch. "
        "Entries stay waiting."),
    "hub.bad_pull_reply": QT_TRANSLATE_NOOP("Messages", "The hub's reply to a pull is not what "
        "Ikrar sends; nothing of it was applied."),
    "hub.bad_entry": QT_TRANSLATE_NOOP("Messages", "The hub sent an unusable entry ({reason}); "
        "nothing of this batch was applied."),
    "enrol.name_missing": QT_TRANSLATE_NOOP("Messages", "A station needs a name, e.g. “Meja 3”."),
    "enrol.bad_public_key": QT_TRANSLATE_NOOP("Messages", "The station's public key is not "
        "usable: {reason}"),
    "enrol.unknown_code": QT_TRANSLATE_NOOP("Messages", "This enrolment code is not known to the "
        "hub. Check it, or ask the administrator for a new one."),
    "enrol.code_used": QT_TRANSLATE_NOOP("Messages", "This enrolment code was already used; a "
        "code works once. Ask the administrator for a new one."),
    "enrol.code_expired": QT_TRANSLATE_NOOP("Messages", "This enrolment code has expired. Ask "
        "the administrator for a new one."),
    "enrol.other_event": QT_TRANSLATE_NOOP("Messages", "This code is for another event than "
        "the one this computer's data folder holds; a station works on one event. Ask the "
        "administrator for a code for this event, or join from a new data folder."),
    "enrol.revoked": QT_TRANSLATE_NOOP("Messages", "This station was revoked on the hub; a new "
        "code does not bring it back. Join from a new data folder with a new code."),
    "enrol.station_ambiguous": QT_TRANSLATE_NOOP("Messages", "{count} stations are enrolled as "
        "“{key}”."),
    "station.not_enrolled": QT_TRANSLATE_NOOP("Messages", "This station has not joined a hub. "
        "Join one with a code from the administrator."),
    "station.code_without_fingerprint": QT_TRANSLATE_NOOP("Messages", "This hub speaks HTTPS but "
        "the code carries no certificate fingerprint. Ask the administrator for the full code."),
    "station.already_enrolled": QT_TRANSLATE_NOOP("Messages", "This station already syncs with "
        "{url}. Use a new data folder to join another hub."),
    "station.another": QT_TRANSLATE_NOOP("Messages", "another station"),

}
