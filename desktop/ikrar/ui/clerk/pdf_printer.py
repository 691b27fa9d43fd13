"""Sending a finished PDF (certificates, badge sheets) to a printer chosen in the print dialog,
or copying it to a file the user chose.

The print dialog (`ask_printer`, GUI thread) chooses where; `send_pdf` (a background task)
sends the PDF itself where it can: to the file for "print to file", through CUPS `lp` to a CUPS
queue. Elsewhere (Windows printers) the pages are rendered with QtPdf at up to 300 dpi and
painted onto the `QPrinter`, which is allowed off the GUI thread. Failures raise PrintFailed
with a message for the desk; the caller records a print only after `send_pdf` returned.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QWidget

from ikrar.core.errors import IkrarError
from ikrar.core.files import atomic_write
from ikrar.documents import printing
from ikrar.ui.widgets import messages
from ikrar.ui.widgets.jobs import PROBLEM, Notice
from ikrar.ui.widgets.message_texts import TEXTS
from ikrar.ui.widgets.render import page_image

MAX_DPI = 300  # the QR needs 150; more only makes the job bigger and slower


class PrintFailed(IkrarError):
    """Nothing (or not everything) reached the printer or the file; nothing is to be recorded.

    `key` names the text ("printer.<key>" in `ikrar.ui.widgets.messages`); `str()` is English.
    """

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(f"printer.{key}", TEXTS[f"printer.{key}"].format(**params), **params)


def message(key: str, **fields: object) -> str:
    """A message for the desk in the user's language (translating is safe off the GUI thread)."""
    return messages.text(f"printer.{key}", **fields)


def make_printer(title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the PDF already has its margins
    printer.setDocName(title)
    printer.setCreator("Ikrar")
    return printer


def ask_printer(parent: QWidget, title: str) -> QPrinter | None:
    """The print dialog; the printer chosen, or None when the person cancelled.

    Page ranges are not offered: every page of the job is recorded as printed, so every page
    must be sent.
    """
    printer = make_printer(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    for option in (QAbstractPrintDialog.PrintDialogOption.PrintPageRange,
                   QAbstractPrintDialog.PrintDialogOption.PrintSelection,
                   QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage):
        dialog.setOption(option, False)
    if not dialog.exec():
        return None
    return printer


def choose_printer(parent: QWidget, title: str, notice: Notice) -> QPrinter | None:
    """The print dialog, then a check that the printer can take the job now.

    None when the person cancelled or the printer cannot print; the reason is shown on `notice`.
    """
    printer = ask_printer(parent, title)
    if printer is None:
        return None
    problem = printer_problem(printer)
    if problem:
        notice.show_message(PROBLEM, problem)
        return None
    return printer


def destination_of(printer: QPrinter) -> str:
    """What a print record names: the output file, else the printer queue."""
    return printer.outputFileName() or printer.printerName()


def printer_problem(printer: QPrinter) -> str | None:
    """Why this printer cannot take a job right now (a message for the desk), or None."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        folder = Path(printer.outputFileName() or ".").parent
        if not folder.is_dir() or not os.access(folder, os.W_OK):
            return message("folder", file=printer.outputFileName())
        return None
    name = printer.printerName()
    if not name or QPrinterInfo.printerInfo(name).isNull() or not printer.isValid():
        if not QPrinterInfo.availablePrinters():
            return message("no_printer")
        return message("missing", name=name or "?")
    if QPrinterInfo.printerInfo(name).state() == QPrinter.PrinterState.Error:
        return message("error", name=name)
    return None


def _fit(image: QImage, area: QRectF) -> QRectF:
    """The largest rectangle of the image's proportions centred in `area`."""
    scale = min(area.width() / image.width(), area.height() / image.height())
    w, h = image.width() * scale, image.height() * scale
    return QRectF(area.x() + (area.width() - w) / 2, area.y() + (area.height() - h) / 2, w, h)


def page_count(path: Path) -> int:
    document = QPdfDocument()
    try:
        if document.load(str(path)) != QPdfDocument.Error.None_:
            raise PrintFailed("unreadable", file=path)
        return document.pageCount()
    finally:
        document.close()


def send_pdf(path: Path, printer: QPrinter, progress: Callable[[int, int], None],
             cancelled: Callable[[], bool]) -> int:
    """Send every page of the PDF at `path` where the print dialog said; the pages sent.

    "Print to file" gets the PDF itself, and a CUPS queue gets it through `lp`
    (`ikrar.documents.printing`): vector pages, exact and small. Any other printer (Windows)
    gets the pages rendered onto the QPrinter.
    """
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        pages = page_count(path)
        progress(0, pages)
        save_copy(path, Path(printer.outputFileName()))
        progress(pages, pages)
        return pages
    queue = _cups_queue(printer)
    if queue is None:
        return print_pdf(path, printer, progress, cancelled)
    pages = page_count(path)
    progress(0, pages)
    if cancelled():
        raise PrintFailed("cancelled")
    try:
        printing.print_files([path], queue, title=printer.docName() or "Ikrar")
    except printing.PrinterError as exc:
        raise PrintFailed("refused", name=queue, reason=exc) from exc
    progress(pages, pages)
    return pages


def _cups_queue(printer: QPrinter) -> str | None:
    """The printer's CUPS queue name when `lp` can reach it, else None."""
    if sys.platform == "win32" or not shutil.which("lp"):
        return None
    name = printer.printerName()
    try:
        return name if name in printing.printers() else None
    except printing.PrinterError:
        return None


def print_pdf(path: Path, printer: QPrinter, progress: Callable[[int, int], None],
              cancelled: Callable[[], bool]) -> int:
    """Paint every page of the PDF at `path` onto `printer`; the number of pages sent."""
    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_:
        raise PrintFailed("unreadable", file=path)
    where = destination_of(printer)
    painter = QPainter()
    try:
        total = document.pageCount()
        if not painter.begin(printer):
            raise PrintFailed("not_started", name=where)
        dpi = max(72, min(MAX_DPI, printer.resolution()))
        area = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
        area.moveTo(0, 0)
        progress(0, total)
        for index in range(total):
            if cancelled():
                _abort(printer, painter)
                raise PrintFailed("cancelled")
            if index and not printer.newPage():
                _abort(printer, painter)
                raise PrintFailed("stopped", name=where, page=index)
            image = page_image(document, index, dpi)
            painter.drawImage(_fit(image, area), image)
            progress(index + 1, total)
        if not painter.end() or printer.printerState() in (QPrinter.PrinterState.Error,
                                                           QPrinter.PrinterState.Aborted):
            raise PrintFailed("failed", name=where)
    finally:
        if painter.isActive():
            painter.end()
        document.close()
    return total


def _abort(printer: QPrinter, painter: QPainter) -> None:
    printer.abort()
    if painter.isActive():
        painter.end()
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        Path(printer.outputFileName()).unlink(missing_ok=True)  # no half a batch left behind


def save_copy(path: Path, target: Path) -> Path:
    """Copy the prepared PDF to `target` (written whole or not at all)."""
    try:
        with open(path, "rb") as source:
            atomic_write(target, lambda out: shutil.copyfileobj(source, out, 1 << 20), mode=None)
    except OSError as exc:
        raise PrintFailed("write", file=target, reason=exc.strerror or exc) from exc
    return target
