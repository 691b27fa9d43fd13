"""The agency's verification web page: one static HTML file that checks a certificate code on
any phone, with nothing but the agency's public key inside.

A certificate's QR holds `<verification URL>#<payload>`; a phone's camera opens the URL, the
fragment never leaves the phone (browsers do not send it), and the page's script decodes the
payload and checks the chain agency → station → certificate in the browser: WebCrypto's
Ed25519 where the browser has it, else the bundled @noble/ed25519 (resources/verify_page/,
see its README for where it came from). The page loads nothing else: its CSS and scripts are
inline, and its Content-Security-Policy (`default-src 'none'`, scripts and styles allowed by
their SHA-256 only) forbids any request even if a script tried.

The same page is written by `ikrar verify-page OUT_DIR` and served by the hub (`GET /verify`,
the hub's command hands it `page_for_store`: sync may not import documents). A v2 code names
its event only by a tag, so the page lists the tags of the events in this database with their
titles and dates; an event created later shows as not listed until the page is made again.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from collections.abc import Mapping
from pathlib import Path

from ikrar import paths
from ikrar.core.certificate_code import event_tag
from ikrar.core.errors import UsageError
from ikrar.core.files import atomic_write
from ikrar.core.keys import PublicKey

PAGE_NAME = "index.html"
_FOLDER = "verify_page"


def _resource(name: str) -> str:
    return paths.resource(_FOLDER, name).read_text(encoding="utf-8")


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode(
        "ascii") + "'"


def _json_for_script(value: object) -> str:
    """JSON safe inside <script>: no "</script>" or "<!--" can be formed from it."""
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")


def render(public: PublicKey, *, agency: str = "", events: Mapping[str, str] | None = None) -> str:
    """The whole page for this agency key; `agency` (the agency's name) titles it.

    `events` maps a v2 code's event tag to what the page shows for it (title and date): the
    code carries only the tag, so an event missing here shows as "not listed on this page".
    """
    css = _resource("verify.css")
    scripts = [_resource("noble-ed25519.js"), _resource("verify.js")]
    csp = "; ".join((
        "default-src 'none'",
        "script-src " + " ".join(_csp_hash(s) for s in scripts),
        "style-src " + _csp_hash(css),
        "img-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ))
    key = {"public_key": public.raw.hex(), "key_id": public.key_id,
           "events": dict(events or {})}
    values = {
        "CSP": html.escape(csp, quote=True),
        "TITLE": html.escape(f"Periksa sertifikat — {agency}" if agency
                             else "Periksa sertifikat"),
        "AGENCY": html.escape(agency or "Instansi penerbit"),
        "KEY_ID": html.escape(public.key_id),
        "FINGERPRINT": html.escape(public.fingerprint),
        "CONFIG_JSON": _json_for_script(key),
        "CSS": css,
        "NOBLE": scripts[0],
        "APP": scripts[1],
    }
    page = _resource("index.template.html")
    for name, value in values.items():
        page = page.replace("{{" + name + "}}", value)
    return page


def write(out_dir: Path, public: PublicKey, *, agency: str = "",
          events: Mapping[str, str] | None = None) -> Path:
    """Write `out_dir/index.html` (the folder is made if missing); the path written."""
    out_dir = Path(out_dir)
    target = out_dir / PAGE_NAME
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        # World-readable: the page is meant to be published, it holds no secret.
        page = render(public, agency=agency, events=events)
        atomic_write(target, page.encode("utf-8"), mode=0o644)
    except OSError as exc:
        raise UsageError("usage.cannot_write",
                         f"Cannot write {target}: {exc.strerror}. Choose another folder or "
                         "check its permissions and free space.",
                         file=target, reason=exc.strerror) from exc
    return target


def event_titles() -> dict[str, str]:
    """Event tag → "title, date" for every event in the open database."""
    from ikrar.core.dates import format_date, zone  # noqa: PLC0415
    from ikrar.store.models import Event  # noqa: PLC0415

    titles = {}
    for event in Event.select(Event.id, Event.title, Event.starts_at, Event.timezone):
        try:
            day = event.starts_at.astimezone(zone(event.timezone or "WIB")).date()
        except ValueError:
            day = event.starts_at.date()
        titles[event_tag(str(event.id))] = f"{event.title}, {format_date(day)}"
    return titles


def agency_name() -> str:
    """The agency named by the most recent event, "" when none names one."""
    from ikrar.store.models import Event  # noqa: PLC0415

    event = (Event.select(Event.agency).where(Event.agency != "")
             .order_by(Event.starts_at.desc()).first())
    return event.agency if event is not None else ""


def verification_urls() -> list[str]:
    """The verification URLs the events in the open database put into their certificates."""
    from ikrar.store.models import Event  # noqa: PLC0415

    query = Event.select(Event.verify_url).where(Event.verify_url != "").distinct()
    return sorted(event.verify_url for event in query)


def page_for_store(public: PublicKey, agency: str | None = None) -> str:
    """The page for this agency key with the open database's events (and agency name)."""
    return render(public, agency=agency_name() if agency is None else agency,
                  events=event_titles())
