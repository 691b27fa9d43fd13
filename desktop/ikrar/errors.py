"""The one base class for failures a user must read and act on."""

from __future__ import annotations


class IkrarError(Exception):
    """A failure with a message fit for the person at the desk: what happened, what to do.

    Every layer raises subclasses of this; the CLI prints the message and exits non-zero,
    the GUI shows it in a dialog. Anything else is a bug and goes to the log.
    """

    exit_code = 1


class UsageError(IkrarError):
    """A command line that cannot be carried out as given."""

    exit_code = 2
