"""The words for the database key and encryption message codes (see `message_texts`)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

CRYPT_TEXTS: dict[str, str] = {
    "store.passphrase_needed": QT_TRANSLATE_NOOP("Messages", "The database {path} is encrypted "
        "with a passphrase and none was given. Start Ikrar where it can ask for it, or set the "
        "{variable} environment variable."),
    "store.passphrase_short": QT_TRANSLATE_NOOP("Messages", "The database passphrase must have "
        "at least {length} characters."),
    "store.passphrase_mismatch": QT_TRANSLATE_NOOP("Messages", "The two passphrases differ; "
        "nothing was created. Run the command again."),
    "store.wrong_passphrase": QT_TRANSLATE_NOOP("Messages", "Wrong passphrase for the database "
        "{path}. Check it and try again."),
    "store.key_missing": QT_TRANSLATE_NOOP("Messages", "The key of the database {path} is kept "
        "in this computer's credential store, and it is not there (another user or another "
        "computer?). Sign in as the user who set Ikrar up, or restore the credential store."),
    "store.key_info_damaged": QT_TRANSLATE_NOOP("Messages", "{path} (where the database key is "
        "kept) is damaged or unreadable. Restore it from a copy of the data folder."),
    "store.key_info_missing": QT_TRANSLATE_NOOP("Messages", "{path} is missing: the database "
        "cannot be decrypted without it. Restore it from a copy of the data folder."),
    "key.station_key_locked": QT_TRANSLATE_NOOP("Messages", "The station key {path} does not "
        "open with this database's key (it was copied from another data folder, or damaged). "
        "Put back this folder's own key file, or remove it and certify the station again."),
    "key.bundle_key_locked": QT_TRANSLATE_NOOP("Messages", "The bundle key {path} does not "
        "open with this database's key (copied from another data folder, or damaged). Join the "
        "hub again from this folder."),
    "bundle.no_key": QT_TRANSLATE_NOOP("Messages", "This station has not joined a hub, so there "
        "is no key to encrypt the bundle to. Join the hub first: File → Settings → Join a "
        "hub…"),
    "bundle.cannot_open": QT_TRANSLATE_NOOP("Messages", "{refused}: {reason}."),
    "store.cannot_encrypt": QT_TRANSLATE_NOOP("Messages", "Cannot encrypt the database {path}: "
        "{reason}. It was left as it was."),
}
