"""Local settings, declared once with their defaults; stored in the `setting` table."""

from __future__ import annotations

from typing import Any

from ikrar.store.models import Setting

DEFAULTS: dict[str, Any] = {
    "station_id": None,  # this installation's Station row
    "station_name": None,
    "current_event": None,  # id of the event the station works on
    "language": "id",
    "layout": "single",  # single | dual (operator laptop + attendee screen)
    "audit_head": None,  # {"seq": n, "hash": h} of the newest audit event
    "demo": False,  # set in demo folders only, so demo data never mixes with real data
    "hub_url": None,  # the hub this station syncs with (set by `ikrar station join`)
    # this station's bearer token on the hub: only ever in the (encrypted) database, never logged
    "hub_token": None,
    "hub_fingerprint": None,  # pinned SHA-256 of the hub's TLS certificate (from the code)
    "hub_certificate": None,  # the hub's TLS certificate (PEM) matching that fingerprint
    "hub_station_id": None,  # the hub's own station id
    "sync_acked_seq": 0,  # newest outbox seq the hub has acknowledged
    "sync_pull_checkpoint": 0,  # newest hub seq applied here
    "sync_last_at": None,  # ISO time of the last complete sync
    "sync_last_error": None,  # message of the last failed sync, None after a good one
    "sync_clock_seen": None,  # newest clock time received from others (packed HLC)
    "hub_legacy_attested": False,  # hub: the log's unsigned older entries were vouched for
    "clock_offset_ms": 0,  # the hub's clock minus this one, learnt at every sync and enrolment
    # Privacy (ikrar.store.privacy): the last retention purge, forgotten events' counts, and
    # how long a signed pledge is kept before `ikrar privacy erase` needs the administrator.
    "purged_at": None,
    "forgotten_events": {},  # event id -> {"roster": n, "checked_in": n, ...}
    "pledge_retention_days": 1826,
    # Station check-in (ikrar.store.roles, ikrar.store.lookup, ikrar.ui.desk.station_page)
    "pins": {},  # role -> salted scrypt hash of its PIN (never the PIN itself)
    "pin_failures": {},  # role -> {"count": wrong PINs in a row, "locked_until": ISO UTC}
    "sound": True,  # a short sound on success, duplicate and error
    "thanks_ms": 1_200,  # how long the attendee sees "Terima kasih" before the next person
    "camera": None,  # id of the camera last chosen for scanning
    "closed_events": [],  # ids of events whose check-in this station has closed
    "scanner_prefix": "",  # what the USB scanner was set to type before each code (stripped)
    "scanner_suffix": "",  # ... and after it
    "window": None,  # the main window's last geometry (ikrar.ui.widgets.placement)
    # The hub's web console (ikrar.sync.console_auth)
    "console_secret": None,  # HMAC key of console sessions and CSRF tokens
    "console_login_code": None,  # SHA-256 of the login code printed at start (no passphrase)
    "console_failures": {},  # wrong secrets: per address and recent ones overall
    "console_projector": None,  # the read-only projector link's token
}


def get(key: str) -> Any:
    if key not in DEFAULTS:
        raise KeyError(f"unknown setting {key!r}")
    row = Setting.get_or_none(Setting.key == key)
    return DEFAULTS[key] if row is None else row.value


def put(key: str, value: Any) -> None:
    if key not in DEFAULTS:
        raise KeyError(f"unknown setting {key!r}")
    Setting.insert(key=key, value=value).on_conflict(
        conflict_target=[Setting.key], preserve=[Setting.value]
    ).execute()
