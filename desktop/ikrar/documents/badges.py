"""Badge sheets: A4 pages of credit-card-sized (ID-1, 85.6 x 54 mm) name badges with cut marks.

Each badge: the agency's name in a band on top, the display name with titles, the NIP grouped,
the work unit, and on the right a QR with the badge payload signed by the agency key
(`ikrar.core.badge_code.sign_badge`: digits only, so any scanner types it alike; QR numeric
mode). Ten badges a page, two columns of five, with a gap between cards: the navy band runs
1.5 mm past the card's top and sides into the gap (bleed), so a cut a little off the line
leaves neither a white edge on the band nor a sliver of the next card's band. Every card's
cut lines are marked in the page margins, clear of the bleed.

Long names and units wrap, then shrink to a floor, then are cut with an ellipsis: nothing
leaves its box.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ikrar.core.badge_code import sign_badge
from ikrar.core.errors import IkrarError
from ikrar.core.keys import SigningKey
from ikrar.core.names import display_name
from ikrar.core.nip import NipError, format_nip
from ikrar.documents.fitting import FLOOR, INK, Lines, fit_lines
from ikrar.documents.fonts import SANS, SANS_BOLD, register_fonts
from ikrar.documents.qr import draw_qr

log = logging.getLogger(__name__)

PAGE_W, PAGE_H = A4
BADGE_W, BADGE_H = 85.6 * mm, 54 * mm
COLUMNS, ROWS = 2, 5
PER_PAGE = COLUMNS * ROWS
GAP_X, GAP_Y = 5 * mm, 3 * mm  # between cards; the band's bleed goes halfway into them
BLEED = 1.5 * mm
GRID_W = COLUMNS * BADGE_W + (COLUMNS - 1) * GAP_X
GRID_H = ROWS * BADGE_H + (ROWS - 1) * GAP_Y
GRID_X = (PAGE_W - GRID_W) / 2
GRID_Y = (PAGE_H - GRID_H) / 2
PAD = 3.5 * mm
BAND_H = 10.5 * mm
QR_SIZE = 25 * mm  # 0.56 mm modules for a version-5 (numeric) code, with its quiet zone
MARK_GAP, MARK_LEN = BLEED + 1 * mm, 3.5 * mm  # a mark starts clear of the bleed

BAND = HexColor("#1f3a68")
GREY = HexColor("#555555")


class BadgeError(IkrarError):
    """No badges to print, or the output file cannot be written."""


@dataclass(frozen=True)
class BadgeInfo:
    name: str  # display name with titles
    nip: str
    unit: str = ""
    agency: str = ""  # printed in the band when the sheet has no agency name of its own


def _draw_lines(canvas: Canvas, fitted: Lines, font: str, x: float, top: float,
                *, center_width: float | None = None) -> float:
    """Draw from `top` downwards; return the y below the last line."""
    canvas.setFont(font, fitted.size)
    y = top
    for line in fitted.lines:
        y -= fitted.leading
        baseline = y + (fitted.leading - fitted.size) / 2 + fitted.size * 0.2
        if center_width is None:
            canvas.drawString(x, baseline, line)
        else:
            canvas.drawCentredString(x + center_width / 2, baseline, line)
    return y


def draw_badge(canvas: Canvas, badge: BadgeInfo, payload: str, x: float, y: float,
               *, agency_name: str = "", event_title: str = "") -> None:
    """One badge with its lower-left corner at (x, y)."""
    canvas.saveState()
    # band with the agency's name, bleeding past the card's top and sides
    canvas.setFillColor(BAND)
    canvas.rect(x - BLEED, y + BADGE_H - BAND_H, BADGE_W + 2 * BLEED, BAND_H + BLEED,
                stroke=0, fill=1)
    band_w = BADGE_W - 2 * PAD
    agency = fit_lines((agency_name or badge.agency or "").upper(), SANS_BOLD, band_w, 2, 8.5,
                      floor=5.5, leading=1.12)
    canvas.setFillColor(white)
    band_top = y + BADGE_H - (BAND_H - agency.height) / 2
    _draw_lines(canvas, agency, SANS_BOLD, x + PAD, band_top, center_width=band_w)

    # the QR on the right, centred in the body
    body_h = BADGE_H - BAND_H
    qr_x = x + BADGE_W - PAD * 0.6 - QR_SIZE
    qr_y = y + (body_h - QR_SIZE) / 2
    draw_qr(canvas, payload, qr_x, qr_y, QR_SIZE)

    # the person, left of the QR
    text_x = x + PAD
    text_w = qr_x - text_x - 0.5 * mm
    top = y + body_h - 2.6 * mm
    bottom = y + 2.4 * mm
    event = fit_lines(event_title, SANS, text_w, 2, 5.5, floor=5) if event_title else None
    nip_size = 8.5
    gap = 1.6 * mm
    room = top - bottom - (event.height + gap if event else 0)
    name, unit = _fit_person(badge, text_w, room - 2 * gap - nip_size * 1.3)
    canvas.setFillColor(INK)
    cursor = _draw_lines(canvas, name, SANS_BOLD, text_x, top)
    cursor -= gap
    canvas.setFont(SANS, nip_size)
    try:
        nip_text = format_nip(badge.nip)
    except NipError:
        nip_text = badge.nip
    cursor -= nip_size * 1.3
    canvas.drawString(text_x, cursor + nip_size * 0.3, "NIP")
    canvas.setFont(SANS_BOLD, nip_size)
    nip_x = text_x + stringWidth("NIP ", SANS, nip_size)
    nip = fit_lines(nip_text, SANS_BOLD, text_x + text_w - nip_x, 1, nip_size)
    canvas.setFont(SANS_BOLD, nip.size)
    canvas.drawString(nip_x, cursor + nip_size * 0.3, nip.lines[0])
    cursor -= gap
    canvas.setFillColor(GREY)
    _draw_lines(canvas, unit, SANS, text_x, cursor)
    if event:
        canvas.setFillColor(GREY)
        _draw_lines(canvas, event, SANS, text_x, bottom + event.height)
    canvas.restoreState()


def _fit_person(badge: BadgeInfo, width: float, room: float) -> tuple[Lines, Lines]:
    """Name and unit blocks that together fit `room` points of height, the name first."""
    name = fit_lines(badge.name, SANS_BOLD, width, 3, 11.5, floor=7.5, leading=1.12)
    if name.cut:  # very long names: a fourth line and smaller type rather than an ellipsis
        name = fit_lines(badge.name, SANS_BOLD, width, 4, 7.5, floor=6, leading=1.12)
    fitting = []
    for lines, start, floor in ((3, 7.5, 6), (4, 6.5, FLOOR), (2, 6.5, FLOOR), (1, 6, 5)):
        unit = fit_lines(badge.unit, SANS, width, lines, start, floor=floor, leading=1.15)
        if name.height + unit.height <= room:
            if not unit.cut:
                return name, unit
            fitting.append(unit)
    return name, fitting[0] if fitting else unit


def _cut_marks(canvas: Canvas) -> None:
    """Each card's four cut lines, marked outside the grid (a guillotine cuts across)."""
    canvas.saveState()
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.3)
    top, bottom = GRID_Y + GRID_H, GRID_Y
    left, right = GRID_X, GRID_X + GRID_W
    for c in range(COLUMNS):
        for x in (GRID_X + c * (BADGE_W + GAP_X), GRID_X + c * (BADGE_W + GAP_X) + BADGE_W):
            canvas.line(x, top + MARK_GAP, x, top + MARK_GAP + MARK_LEN)
            canvas.line(x, bottom - MARK_GAP, x, bottom - MARK_GAP - MARK_LEN)
    for r in range(ROWS):
        for y in (GRID_Y + r * (BADGE_H + GAP_Y), GRID_Y + r * (BADGE_H + GAP_Y) + BADGE_H):
            canvas.line(left - MARK_GAP, y, left - MARK_GAP - MARK_LEN, y)
            canvas.line(right + MARK_GAP, y, right + MARK_GAP + MARK_LEN, y)
    canvas.restoreState()


def _page_caption(canvas: Canvas, caption: str, page: int, pages: int) -> None:
    """What the sheet is, up the left margin (the top and bottom margins hold cut marks)."""
    canvas.saveState()
    canvas.setFillColor(GREY)
    canvas.translate(GRID_X - MARK_GAP - MARK_LEN - 3 * mm, GRID_Y)
    canvas.rotate(90)
    length = GRID_H
    text = f"halaman {page}/{pages}"
    canvas.setFont(SANS, 6.5)
    canvas.drawRightString(length, 0, text)
    if caption:
        room = length - stringWidth(text, SANS, 6.5) - 6 * mm
        fitted = fit_lines(caption, SANS, room, 1, 6.5, floor=5)
        canvas.setFont(SANS, fitted.size)
        canvas.drawString(0, 0, fitted.lines[0])
    canvas.restoreState()


def badge_position(index: int) -> tuple[float, float]:
    """Lower-left corner of the badge at `index` on its page (row by row from the top)."""
    slot = index % PER_PAGE
    row, column = divmod(slot, COLUMNS)
    return (GRID_X + column * (BADGE_W + GAP_X),
            GRID_Y + (ROWS - 1 - row) * (BADGE_H + GAP_Y))


def write_badge_sheets(
    out: Path,
    badges: Sequence[BadgeInfo],
    agency: SigningKey,
    *,
    agency_name: str = "",
    event_title: str = "",
    caption: str = "",
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write the sheets to `out`; returns the number of pages."""
    if not badges:
        raise BadgeError("badges.no_employees",
                         "There are no employees to print badges for (check --event and --unit).")
    register_fonts()
    out = Path(out)
    pages = -(-len(badges) // PER_PAGE)
    canvas = Canvas(str(out), pagesize=A4, pageCompression=1)
    canvas.setTitle(f"Kartu peserta — {event_title or agency_name or 'Ikrar'}")
    canvas.setAuthor(agency_name or "Ikrar")
    canvas.setCreator("Ikrar")
    for index, badge in enumerate(badges):
        if index % PER_PAGE == 0:
            if index:
                canvas.showPage()
            _cut_marks(canvas)
            _page_caption(canvas, caption, index // PER_PAGE + 1, pages)
        x, y = badge_position(index)
        draw_badge(canvas, badge, sign_badge(badge.nip, agency), x, y,
                   agency_name=agency_name, event_title=event_title)
        if progress is not None:
            progress(index + 1, len(badges))
    try:
        canvas.save()
    except OSError as exc:
        raise BadgeError("badges.cannot_write",
                         f"Cannot write {out}: {exc.strerror}. Choose another file or folder.",
                         out=out, reason=exc.strerror) \
            from exc
    return pages


def badges_from_employees(employees: Iterable) -> list[BadgeInfo]:
    """BadgeInfo for Employee rows, sorted by unit then name."""
    items = [
        BadgeInfo(display_name(e.name, e.front_title, e.back_title), e.nip, e.unit, e.agency)
        for e in employees
    ]
    return sorted(items, key=lambda b: (b.unit.casefold(), b.name.casefold(), b.nip))


def print_badges(out: Path, agency: SigningKey, *, event=None, unit: str | None = None,
                 progress: Callable[[int, int], None] | None = None) -> tuple[int, int]:
    """Badge sheets for an event's roster (or every employee), optionally one unit.

    Returns (badges, pages); the print goes into the audit chain.
    """
    from ikrar.store import audit  # noqa: PLC0415 - keeps the drawing code free of the database
    from ikrar.store.models import Employee, RosterEntry  # noqa: PLC0415

    query = Employee.select()
    if event is not None:
        query = query.join(RosterEntry).where(RosterEntry.event == event)
    if unit:
        query = query.where(Employee.unit == unit)
    badges = badges_from_employees(query)
    if not badges:
        where = f" of unit {unit!r}" if unit else ""
        what = f"on the roster of {event.title!r}" if event is not None else "in the database"
        raise BadgeError("badges.none_selected",
                         f"There are no employees{where} {what}; nothing to print.",
                         where=where, what=what)
    agency_name = (event.agency if event is not None else "") or badges[0].agency
    caption = " · ".join(p for p in (
        "Kartu peserta", event.title if event is not None else "", unit or "") if p)
    pages = write_badge_sheets(
        out, badges, agency, agency_name=agency_name,
        event_title=event.title if event is not None else "", caption=caption, progress=progress,
    )
    audit.append("badges_print", str(event.id) if event is not None else "", count=len(badges),
                 pages=pages, unit=unit or "", key_id=agency.public.key_id, file=str(out))
    return len(badges), pages
