"""The one place where a message code becomes a sentence in the user's language.

Errors below `ui` carry a stable code and the values their text needs (`IkrarError.code`,
`.params`); their English `str()` is for the command line and the log. Every widget that tells
the user about an error asks `error_text(exc)`, and every other coded message (scan refusals,
verify reasons, refused roster rows, printer problems) `text(code, **params)`. The English
sources live in `message_texts.TEXTS`; the Indonesian ones in `resources/i18n/ikrar_id.ts`.
Translating is thread-safe, so background jobs may call these too.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication

from ikrar.core.errors import IkrarError
from ikrar.core.nip import NipError, format_nip
from ikrar.ui.widgets.message_texts import TEXTS

log = logging.getLogger(__name__)

CONTEXT = "Messages"
UNKNOWN = "error.unknown"


def has_text(code: str) -> bool:
    return code in TEXTS


def text(code: str, **params: Any) -> str:
    """The sentence for `code` with `params` filled in; a generic one naming the code if unknown."""
    source = TEXTS.get(code)
    if source is None:
        log.warning("no text for the message code %r", code)
        return _unknown(code)
    values = {key: _shown(value) for key, value in params.items()}
    try:
        return QCoreApplication.translate(CONTEXT, source).format(**values)
    except (KeyError, IndexError, ValueError):
        log.exception("the text of %r does not fit its parameters %r", code, sorted(values))
        return _unknown(code)


def error_text(exc: BaseException) -> str:
    """What to tell the user about `exc`, in their language; never the English of the store."""
    if isinstance(exc, IkrarError):
        code, params = _variant(exc.code, dict(exc.params))
        return text(code, **params)
    return _unknown(type(exc).__name__)


def method_text(method: str) -> str:
    """How someone checked in ("badge", "camera", ...), in words."""
    code = f"method.{method}"
    return text(code) if code in TEXTS else method


def _unknown(code: str) -> str:
    return QCoreApplication.translate(CONTEXT, TEXTS[UNKNOWN]).format(code=code)


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.0f}"
    return str(value)


def _grouped(nip: str | None) -> str:
    if not nip:
        return ""
    try:
        return format_nip(nip)
    except NipError:
        return nip


def _variant(code: str, params: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """Some codes read differently by a parameter; their values need words of their own."""
    if code == "checkin.not_on_roster":
        code += ".walk_in" if params.get("walk_ins") else ".closed"
    elif code == "batch.none_to_print":
        code += ".printed" if params.get("not_printed") else ".unsigned"
    elif code == "walk_in.nip":
        nip_code = f"walk_in.nip.{params.get('nip_code', '')}"
        code = nip_code if nip_code in TEXTS else "walk_in.nip.other"
    elif code == "checkin.already_signed":
        params["where"] = params.get("where") or text("station.another")
        params["method"] = method_text(str(params.get("method", "")))
    elif code.startswith("scan."):
        shown = params.get("shown")
        params["shown"] = f" ({shown})" if shown else ""
        params["nip"] = _grouped(params.get("nip"))
    return code, params
