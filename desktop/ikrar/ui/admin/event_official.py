"""The presiding official's signature block on the event page, as the agency writes it:
position line (with Pj./Plt./a.n.), name exactly as printed, rank, NIP, where and when they
sign, their signature and the seal; and what each attendee gets printed (certificate, pakta
integritas, or both)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QWidget

from ikrar.documents.certificate_data import SEAL, SIGNATURE
from ikrar.ui.admin.event_image import ImageField

if TYPE_CHECKING:
    from ikrar.store.models import Event

DOCUMENTS = ("certificate", "pakta", "both")


class OfficialFields(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Presiding official"), parent)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("e.g. Pj. Sekretaris Daerah; a.n. Bupati "
                                                   "Sumedang | Sekretaris Daerah"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("exactly as printed, with titles"))
        self.rank_edit = QLineEdit(self)
        self.rank_edit.setPlaceholderText(self.tr("e.g. Pembina Utama Muda"))
        self.nip_edit = QLineEdit(self)
        self.nip_edit.setPlaceholderText(self.tr("18 digits; empty for a regional head"))
        self.place_edit = QLineEdit(self)
        self.place_edit.setPlaceholderText(self.tr("empty: the city"))
        self.date_edit = QLineEdit(self)
        self.date_edit.setPlaceholderText(self.tr("DD/MM/YYYY; empty: the event's date"))
        self.documents_combo = QComboBox(self)
        for key, text in zip(DOCUMENTS, (self.tr("Certificate"), self.tr("Pakta integritas"),
                                         self.tr("Certificate and pakta integritas")),
                             strict=True):
            self.documents_combo.addItem(text, key)
        self.signature_field = ImageField(SIGNATURE, empty_text=self.tr("no signature"),
                                          parent=self)
        self.seal_field = ImageField(SEAL, empty_text=self.tr("default seal"), parent=self)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, widget in ((self.tr("Position"), self.title_edit),
                              (self.tr("Name"), self.name_edit),
                              (self.tr("Rank (pangkat)"), self.rank_edit),
                              (self.tr("NIP"), self.nip_edit),
                              (self.tr("Place of signing"), self.place_edit),
                              (self.tr("Date of signing"), self.date_edit),
                              (self.tr("Signature"), self.signature_field),
                              (self.tr("Seal"), self.seal_field),
                              (self.tr("Print for each attendee"), self.documents_combo)):
            form.addRow(label, widget)

    def fill(self, event: Event) -> None:
        # A position in two lines (a.n. …, then the position) is edited on one, split by "|".
        self.title_edit.setText(" | ".join(event.official_title.splitlines()))
        self.name_edit.setText(event.official_name)
        self.rank_edit.setText(event.official_rank)
        self.nip_edit.setText(event.official_nip)
        self.place_edit.setText(event.official_place)
        try:
            day = date.fromisoformat(event.official_date) if event.official_date else None
        except ValueError:
            day = None
        self.date_edit.setText(day.strftime("%d/%m/%Y") if day else "")
        index = self.documents_combo.findData(event.documents)
        self.documents_combo.setCurrentIndex(max(0, index))

    def values(self) -> dict[str, object]:
        """Event fields; ValueError with a message for the page."""
        nip = "".join(self.nip_edit.text().split())
        if nip and not (len(nip) == 18 and nip.isdigit()):
            raise ValueError(self.tr("The official's NIP has 18 digits (or leave it empty)."))
        text = self.date_edit.text().strip()
        day = ""
        if text:
            try:
                parts = [int(p) for p in text.replace("-", "/").split("/")]
                day = date(parts[2], parts[1], parts[0]).isoformat()
            except (ValueError, IndexError):
                raise ValueError(self.tr("The date of signing {text} is not a date; write it "
                                         "as 10/07/2024, or leave it empty.").format(
                    text=text)) from None
        lines = [line.strip() for line in self.title_edit.text().split("|")]
        return {
            "official_title": "\n".join(line for line in lines if line),
            "official_name": " ".join(self.name_edit.text().split()),
            "official_rank": self.rank_edit.text().strip(), "official_nip": nip,
            "official_place": self.place_edit.text().strip(), "official_date": day,
            "documents": self.documents_combo.currentData(),
        }
