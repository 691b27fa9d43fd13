"""The words for the privacy message codes (retention purge, forgetting, erasing; see
`message_texts`)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

PRIVACY_TEXTS: dict[str, str] = {
    "privacy.no_event": QT_TRANSLATE_NOOP("Messages", "There is no event {event} here."),
    "privacy.no_hub": QT_TRANSLATE_NOOP("Messages", "This station does not sync with a hub, so "
        "nothing says its data is held elsewhere; nothing was removed."),
    "privacy.unsent": QT_TRANSLATE_NOOP("Messages", "{count} change(s) of this station are not "
        "on the hub yet. Sync until nothing waits, then forget the event; nothing was removed."),
    "privacy.no_person": QT_TRANSLATE_NOOP("Messages", "No one with NIP {nip} is held here."),
    "privacy.in_retention": QT_TRANSLATE_NOOP("Messages", "This person has {count} signed "
        "pledge(s) still inside their legal retention. Only the administrator may erase them. "
        "Nothing was erased."),
    "privacy.unsent_person": QT_TRANSLATE_NOOP("Messages", "{count} change(s) about this person "
        "are not on the hub yet. Sync first; nothing was erased."),
    "privacy.not_admin": QT_TRANSLATE_NOOP("Messages", "Only the administrator may do this: the "
        "administrator PIN or the agency key is needed. Nothing was changed."),
    "usage.bad_nip": QT_TRANSLATE_NOOP("Messages", "“{nip}” is not a NIP ({reason}); give the 18 "
        "digits."),
}
