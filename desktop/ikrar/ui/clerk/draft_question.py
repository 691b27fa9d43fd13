"""Before preparing certificates: final pages need the agency's logo, the official's signature
and the seal. While one is missing the clerk is asked whether to prepare a draft (DRAF pages,
no verification code, never marked printed) instead; the command line refuses unless --draft.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ikrar.documents.certificate_data import missing_assets


def ask_draft(parent: QWidget) -> bool | None:
    """False: everything is there, print final pages; True: the clerk chose a draft; None: the
    clerk cancelled."""
    missing = missing_assets()
    if not missing:
        return False
    words = {"logo": QCoreApplication.translate("DraftQuestion", "the agency's logo"),
             "official_signature": QCoreApplication.translate(
                 "DraftQuestion", "the official's signature"),
             "seal": QCoreApplication.translate("DraftQuestion", "the seal")}
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("DraftQuestion", "Prepare a draft?"),
        QCoreApplication.translate(
            "DraftQuestion", "Final certificates need {missing}; an administrator adds them on "
            "the Event page. Prepare a draft instead? Draft pages say DRAF, carry no "
            "verification code and are not marked printed.").format(
            missing=", ".join(words[m] for m in missing)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return True if answer == QMessageBox.StandardButton.Yes else None
