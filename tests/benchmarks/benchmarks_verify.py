"""Benchmark of `ikrar verify` on a batch: every page rendered, its QR read and verified, its
text extracted and compared, beside a bare decode (the same pages rendered by QtPdf at the same
150 dpi and handed to zxing-cpp, nothing else). The page text is read by QtPdf, as `ikrar
verify` and the verify page do; the notes give the same check with pypdf's text (the default
when no extractor is passed, and what verify used before)."""

from __future__ import annotations

import os
import time
from pathlib import Path

from benchmarks_certificates import _pages, _setup
from run import Figure


def verify(folder: Path, *, quick: bool) -> list[Figure]:
    import zxingcpp

    from ikrar.documents import batch
    from ikrar.documents.verify_report import VALID, check_file
    from ikrar.store.db import close_db
    from ikrar.store.keystore import agency_public_key
    from ikrar.ui.widgets.render import pdf_pages, pdf_texts

    count = 100 if quick else 1_000
    event = _setup(folder, count)
    chosen, _, _ = _pages(event, count)
    pdf = batch.generate(chosen, folder / "batch.pdf").paths[0]
    public = agency_public_key()
    samples, bare = [], []
    for _ in range(2 if quick else 1):  # a full run takes minutes on a shared machine
        start = time.perf_counter()
        report = check_file(pdf, public, render_pdf=pdf_pages, page_text=pdf_texts)
        samples.append((time.perf_counter() - start) * 1000 / count)
        assert report.status == VALID and len(report.pages) == count
        assert all(page.compared for page in report.pages)
        start = time.perf_counter()
        decoded = sum(1 for page in pdf_pages(pdf, 150)
                      if zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.QRCode))
        bare.append((time.perf_counter() - start) * 1000 / count)
        assert decoded == count
    start = time.perf_counter()
    report = check_file(pdf, public, render_pdf=pdf_pages)
    with_pypdf = (time.perf_counter() - start) * 1000 / count
    assert report.status == VALID and all(page.compared for page in report.pages)
    close_db()
    return [Figure(f"verify a {count:,}-page batch PDF, per page", "ms", min(samples),
                   min(bare), "QtPdf render at 150 dpi + zxing-cpp decode of the same page",
                   "—", len(samples), {"whole batch s": round(min(samples) * count / 1000, 1),
                            "with pypdf's text instead ms": round(with_pypdf, 1),
                            "load avg": round(os.getloadavg()[0], 1)})]
