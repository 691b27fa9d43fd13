"""The one base class for failures a user must read and act on."""

from __future__ import annotations

from typing import Any


class IkrarError(Exception):
    """A failure the person at the desk must read: what happened, what to do.

    `code` is a stable name ("event.title_missing") and `params` the values its text needs; the
    GUI turns the pair into a sentence in the user's language (`ikrar.ui.widgets.messages`).
    `str(exc)` stays the English `message`, for the command line and the log. Every layer raises
    subclasses of this; anything else is a bug and goes to the log.
    """

    exit_code = 1

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = params


class UsageError(IkrarError):
    """A command line that cannot be carried out as given."""

    exit_code = 2
