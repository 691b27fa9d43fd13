"""The demo folder: a fictional kabupaten, a ceremony at Aula Tampomas, its staff, some pledges.

Everything here is invented: Kabupaten Sukamaju does not exist, and the names are common
Indonesian given and family names combined at random, not anyone in particular. The same seed
always gives the same people, NIPs and check-ins.

The demo prints: the folder gets its own agency key (no passphrase; `keys/DEMO-KEY.txt` says it
is the demo's), this station certified with it, and a fictional logo, official's signature and
stamp (`resources/demo/demo_*.png`, each marked CONTOH), so every step of the clerk's guide
works without a command line. The ceremony is held on the day the demo is made, so the
check-ins made at the desk while trying it fall on the event's date, like the seeded ones.
"""

from __future__ import annotations

import json
import os
import random
import shutil
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any, NamedTuple

from ikrar.core.dates import zone
from ikrar.core.errors import IkrarError
from ikrar.core.grades import PNS_GRADES
from ikrar.core.names import display_name, search_key
from ikrar.core.strokes import synthetic_signature
from ikrar.paths import resource
from ikrar.store import audit, keystore, settings
from ikrar.store.checkin import check_in
from ikrar.store.db import db, local
from ikrar.store.events import create_event
from ikrar.store.models import Employee, Event, RosterEntry
from ikrar.store.outbox import insert_many


def _l(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(","))


AGENCY = "Pemerintah Kabupaten Sukamaju"
# The demo folder holds only fictional people, so its database key comes from this published
# passphrase: the demo opens on a machine with no credential store and nobody to ask, as the
# README's first command promises. Real folders never use it.
DEMO_PASSPHRASE = "ikrar-demo-contoh"
ORGANISER = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"
# The day the fictional roster is drawn up: every appointment in an NIP lies before it.
ROSTER_DAY = date(2024, 10, 7)
EVENT_TITLE = "Deklarasi dan Penandatanganan Ikrar Netralitas ASN Tahun {year}"
LETTERHEAD = ["PEMERINTAH KABUPATEN SUKAMAJU", "SEKRETARIAT DAERAH",
              "Jl. Cendana Raya No. 12, Sukamaju 45901"]

_GRADE_INDEX = {grade: i for i, (grade, _) in enumerate(PNS_GRADES)}


class Job(NamedTuple):
    """A jabatan: PNS grade band, PPPK grade (None: PNS only), and the degrees its holders have.

    A degree is "back titles", or "front | back" for titles written before the name.
    """

    name: str
    low: str
    high: str
    pppk: str | None
    degrees: tuple[str, ...]
    weight: int = 2


GENERAL_JOBS = (
    Job("Pengadministrasi Umum", "II/a", "II/d", "V", ("",), 4),
    Job("Pengemudi", "I/c", "II/b", None, ("",), 1),
    Job("Pengelola Keuangan", "II/c", "III/b", None, ("A.Md.", "S.E.", "S.Ak.")),
    Job("Arsiparis Terampil", "II/c", "III/b", "VII", ("A.Md.",), 1),
    Job("Analis Kebijakan Ahli Pertama", "III/a", "III/b", "IX", _l("S.Sos., S.IP., S.H., S.E.")),
    Job("Analis Kebijakan Ahli Muda", "III/c", "III/d", None,
        ("S.Sos., M.Si.", "S.IP., M.Si.", "S.H., M.H.", "S.E., M.M.", "S.Sos.")),
    Job("Perencana Ahli Muda", "III/c", "IV/a", None, ("S.T., M.T.", "S.E., M.Si."), 1),
    Job("Pranata Komputer Ahli Pertama", "III/a", "III/b", "IX", ("S.Kom.", "S.T.")),
    Job("Pranata Komputer Terampil", "II/c", "II/d", "VII", ("A.Md.", "A.Md.Kom."), 1),
    Job("Penata Layanan Operasional", "III/a", "III/b", "IX", ("S.E.", "S.Sos.", "S.H."), 1),
    Job("Kepala Bidang", "III/d", "IV/b", None,
        ("S.Sos., M.Si.", "S.E., M.M.", "S.H., M.H.", "S.STP., M.Si.", "S.T., M.T.")),
    Job("Kepala Subbagian Umum dan Kepegawaian", "III/b", "III/d", None,
        ("S.Sos.", "S.E.", "S.IP.", "S.STP."), 1),
)
KIND_JOBS: dict[str, tuple[Job, ...]] = {
    "pendidikan": (
        Job("Guru Ahli Pertama", "III/a", "III/b", "IX", ("S.Pd.", "S.Pd.I."), 30),
        Job("Guru Ahli Muda", "III/c", "III/d", None, ("S.Pd.", "S.Pd., M.Pd."), 12),
        Job("Guru Ahli Madya", "IV/a", "IV/c", None, ("S.Pd., M.Pd.", "S.Pd."), 8),
        Job("Pengawas Sekolah Ahli Madya", "IV/a", "IV/b", None, ("S.Pd., M.Pd.",), 2),
    ),
    "kesehatan": (
        Job("Bidan Terampil", "II/c", "III/b", "VII", ("A.Md.Keb.",), 8),
        Job("Perawat Terampil", "II/c", "III/b", "VII", ("A.Md.Kep.",), 8),
        Job("Perawat Ahli Pertama", "III/a", "III/b", "IX", ("Ns. | S.Kep.",), 5),
        Job("Dokter Ahli Pertama", "III/b", "III/c", "X", ("dr. |", "dr. | M.Kes."), 4),
        Job("Dokter Gigi Ahli Muda", "III/c", "III/d", None, ("drg. |", "drg. | M.Kes."), 1),
        Job("Apoteker Ahli Pertama", "III/b", "III/b", "X", ("apt. | S.Farm.",), 2),
        Job("Penyuluh Kesehatan Masyarakat Ahli Pertama", "III/a", "III/b", "IX", ("S.K.M.",)),
        Job("Sanitarian Terampil", "II/c", "III/a", "VII", ("A.Md.Kes.",)),
    ),
    "teknik": (
        Job("Teknik Jalan dan Jembatan Ahli Pertama", "III/a", "III/b", "IX", ("S.T.",), 5),
        Job("Penata Ruang Ahli Muda", "III/c", "IV/a", None,
            ("S.T., M.T.", "Ir. | M.T.", "Ir. |"), 3),
    ),
    "kecamatan": (
        Job("Kepala Seksi Pemerintahan", "III/b", "III/d", None, ("S.STP.", "S.IP."), 2),
        Job("Pengadministrasi Perkantoran", "II/a", "III/a", "V", ("", "A.Md."), 4),
    ),
    "satpol": (
        Job("Polisi Pamong Praja Pemula", "II/a", "II/b", "V", ("",), 6),
        Job("Polisi Pamong Praja Terampil", "II/c", "III/b", "VII", ("", "A.Md."), 4),
    ),
    "pengawasan": (
        Job("Auditor Ahli Pertama", "III/a", "III/b", "IX", ("S.E.", "S.Ak."), 4),
        Job("Auditor Ahli Muda", "III/c", "III/d", None, ("S.E., M.Ak.", "S.Ak."), 3),
    ),
    "kepegawaian": (
        Job("Analis Sumber Daya Manusia Aparatur Ahli Pertama", "III/a", "III/b", "IX",
            ("S.Psi.", "S.Sos.", "S.H."), 4),
    ),
}
SENIOR_DEGREES = {
    "pendidikan": ("S.Pd., M.Pd.", "S.Pd., M.Si."),
    "kesehatan": ("dr. | M.Kes.", "dr. | M.M.", "drg. | M.Kes."),
    "teknik": ("S.T., M.T.", "Ir. | M.T."),
}
DEFAULT_SENIOR_DEGREES = (
    "S.Sos., M.Si.", "S.E., M.M.", "S.H., M.H.", "S.STP., M.Si.", "S.IP., M.AP.",
)


class Unit(NamedTuple):
    name: str
    kind: str
    weight: int
    head: str
    deputy: str = "Sekretaris"


UNITS = (
    Unit("Sekretariat Daerah", "umum", 6, "Asisten Administrasi Umum", "Kepala Bagian Umum"),
    Unit("Sekretariat DPRD", "umum", 3, "Sekretaris DPRD", "Kepala Bagian Persidangan"),
    Unit("Inspektorat Daerah", "pengawasan", 3, "Inspektur"),
    Unit(ORGANISER, "kepegawaian", 3, "Kepala Badan"),
    Unit("Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah", "umum", 3, "Kepala Badan"),
    Unit("Badan Pengelolaan Keuangan dan Aset Daerah", "umum", 4, "Kepala Badan"),
    Unit("Dinas Pendidikan", "pendidikan", 30, "Kepala Dinas"),
    Unit("Dinas Kesehatan", "kesehatan", 12, "Kepala Dinas"),
    Unit("RSUD Sukamaju", "kesehatan", 10, "Direktur", "Kepala Bagian Tata Usaha"),
    Unit("Dinas Pekerjaan Umum dan Penataan Ruang", "teknik", 5, "Kepala Dinas"),
    Unit("Dinas Kependudukan dan Pencatatan Sipil", "umum", 3, "Kepala Dinas"),
    Unit("Dinas Komunikasi dan Informatika", "umum", 3, "Kepala Dinas"),
    Unit("Dinas Pemberdayaan Masyarakat dan Desa, Pengendalian Penduduk dan Keluarga Berencana, "
         "Pemberdayaan Perempuan dan Perlindungan Anak", "umum", 4, "Kepala Dinas"),
    Unit("Satuan Polisi Pamong Praja", "satpol", 4, "Kepala Satuan"),
    Unit("Kecamatan Sukamaju Utara", "kecamatan", 3, "Camat", "Sekretaris Kecamatan"),
    Unit("Kecamatan Sukamaju Selatan", "kecamatan", 3, "Camat", "Sekretaris Kecamatan"),
)
FEMALE_ONLY_JOBS = frozenset({"Bidan Terampil"})
# resources/demo/<source> -> <data folder>/assets/<name>, the names the certificate reads
# (`ikrar.documents.seal.assets_dir`: the store cannot import documents, hence the copy here)
DEMO_IMAGES = (("demo_logo.png", "logo.png"),
               ("demo_official_signature.png", "official_signature.png"),
               ("demo_seal.png", "seal.png"))
DEMO_KEY_NOTE = "DEMO-KEY.txt"
METHODS = (("badge", 70), ("camera", 15), ("search", 15))


class DemoError(IkrarError):
    pass


@dataclass(frozen=True)
class DemoSummary:
    event_id: str
    employees: int
    checked_in: int


def demo_ready() -> bool:
    """Whether the open database already has an event, so `ikrar demo` does not refill it.

    In a folder without the "demo" setting that event is real data, which the demo must not touch.
    """
    return Event.select().exists()


def fill_demo(count: int = 400, *, seed: int = 2024, checked_in: int = 60,
              day: date | None = None, now: datetime | None = None) -> DemoSummary:
    """Fill the open, empty database with the demo agency, event, roster and check-ins, and
    equip the folder to print (`equip_for_printing`).

    The event is held on `day` (default: today in WIB); the seeded check-ins fall on it, in
    the morning before the ceremony, and never later than `now`.
    """
    if Event.select().exists() or Employee.select().exists():
        raise DemoError("demo.not_empty",
                        "This data folder already holds events or employees; the demo only "
                        "fills an empty folder, so demo data never mixes with real data.")
    wib = zone("WIB")
    now = now or datetime.now(wib)
    day = day or now.astimezone(wib).date()
    rng = random.Random(seed)
    with db.atomic():  # the event and its roster appear together or not at all
        settings.put("demo", True)
        event = _create_event(day)
        rows = _employees(rng, count)
        insert_many(Employee, rows)
        people = list(Employee.select().order_by(Employee.nip))
        insert_many(RosterEntry, ({"event": event, "employee": e} for e in people))
        audit.append("roster_import", str(event.id), source="demo", imported=len(people))

    chosen = rng.sample(people, min(checked_in, len(people)))
    offsets = sorted(rng.randrange(90 * 60) for _ in chosen)
    methods, weights = zip(*METHODS, strict=True)
    for person, at in zip(chosen, _check_in_times(event.starts_at, offsets, now, wib),
                           strict=True):
        check_in(event, person, synthetic_signature(rng.getrandbits(32)),
                 method=rng.choices(methods, weights)[0], pledge_hash=event.pledge_hash,
                 operator="demo", at=at)
    equip_for_printing()
    return DemoSummary(str(event.id), len(people), len(chosen))


def _check_in_times(starts_at: datetime, offsets: list[int], now: datetime,
                    wib) -> list[datetime]:
    """The desk opens 75 minutes before the ceremony and the seeded check-ins spread over 90
    minutes from then; on a demo made early in the day they are squeezed in before `now`, still
    on the event's date."""
    opens = starts_at - timedelta(minutes=75)
    span = 90 * 60
    if opens + timedelta(seconds=span) > now:
        midnight = datetime.combine(starts_at.astimezone(wib).date(), time(0, 0), wib)
        opens = max(midnight, min(opens, now - timedelta(seconds=span)))
        span = max(1, min(span, int((now - opens).total_seconds()) - 1))
    return [opens + timedelta(seconds=offset * span // (90 * 60)) for offset in offsets]


def equip_for_printing() -> None:
    """Give the demo folder what printing needs: an agency key (no passphrase, marked as the
    demo's), this station certified with it, and the CONTOH logo, signature and stamp.

    Only for a demo folder; a step already done is left alone, so an older demo folder is
    completed by running `ikrar demo` again.
    """
    if not settings.get("demo"):
        raise DemoError("demo.real_data", "This data folder holds real data, not a demo: "
                        "the demo's key and images are never put into it.",
                        folder=local().data_dir)
    keys = keystore.keys_dir()
    if not (keys / keystore.AGENCY_KEY).exists():
        agency = keystore.init_agency_key(None)
        note = keys / DEMO_KEY_NOTE
        note.write_text(
            "This agency key belongs to the Ikrar demo (the fictional Pemerintah Kabupaten "
            f"Sukamaju), key id {agency.public.key_id}. It has no passphrase. Never use it "
            "for a real agency: make the real key with `ikrar keys init` in a real data "
            "folder.\n", encoding="utf-8")
        os.chmod(note, 0o600)
    try:
        keystore.station_certificate()
    except IkrarError:
        keystore.certify_local_station(keystore.agency_key(None))
    assets = local().data_dir / "assets"
    assets.mkdir(mode=0o700, parents=True, exist_ok=True)
    for source, name in DEMO_IMAGES:
        target = assets / name
        if not target.exists():
            shutil.copyfile(resource("demo", source), target)
            os.chmod(target, 0o600)


def _create_event(day: date) -> Event:
    return create_event(
        EVENT_TITLE.format(year=day.year), datetime.combine(day, time(8, 0), zone("WIB")),
        timezone="WIB", city="Sukamaju", venue="Aula Tampomas", agency=AGENCY,
        organiser_unit=ORGANISER, letterhead=LETTERHEAD,
        official_name="Dr. H. Rahmat Kusumah Wiradinata, S.IP., M.Si.",
        official_title="Pj. Sekretaris Daerah", official_acting=True,
        witnesses=[{"role": "Bawaslu", "name": "Yayan Sopandi Permana, S.H.",
                    "title": "Ketua Bawaslu Kabupaten Sukamaju"}],
    )


def _employees(rng: random.Random, count: int) -> list[dict[str, object]]:
    units = rng.choices(UNITS, [u.weight for u in UNITS], k=count)
    seen: dict[str, int] = {}
    nips: set[str] = set()
    rows = []
    for unit in units:
        place = seen[unit.name] = seen.get(unit.name, 0) + 1
        female = rng.random() < 0.48
        row = _person(rng, unit, place, female)
        while row["nip"] in nips:  # serials are random; draw again on the rare clash
            row = _person(rng, unit, place, female)
        nips.add(row["nip"])
        rows.append(row)
    return rows


def _person(rng: random.Random, unit: Unit, place: int, female: bool) -> dict[str, object]:
    senior = SENIOR_DEGREES.get(unit.kind, DEFAULT_SENIOR_DEGREES)
    if place == 1:
        low, high = ("III/d", "IV/a") if unit.head == "Camat" else ("IV/b", "IV/c")
        job, pppk = Job(unit.head, low, high, None, senior), False
    elif place == 2:
        low, high = ("III/c", "III/d") if unit.kind == "kecamatan" else ("IV/a", "IV/b")
        job, pppk = Job(unit.deputy, low, high, None, senior), False
    else:
        pppk = rng.random() < 0.16
        jobs = [j for j in GENERAL_JOBS + KIND_JOBS.get(unit.kind, ())
                if (j.pppk or not pppk) and (female or j.name not in FEMALE_ONLY_JOBS)]
        job = rng.choices(jobs, [j.weight for j in jobs])[0]
    front, _, back = rng.choice(job.degrees).rpartition("|")
    front, back = front.strip(), back.strip()
    if pppk:
        appointed = rng.choice((2019, 2021, 2021, 2022, 2022, 2023, 2023, 2024))
        birth = _birthday(rng, appointed - rng.randint(22, 48))
        nip = f"{birth:%Y%m%d}{appointed}21"
        rank, grade = "", job.pppk
    else:
        index = rng.randint(_GRADE_INDEX[job.low], _GRADE_INDEX[job.high])
        graduate = bool(front) or any(t in back for t in ("S.", "M."))
        diploma = not graduate and "A.Md" in back
        entry = 8 if graduate else 6 if diploma else min(4, _GRADE_INDEX[job.low])
        entry = min(entry, index)  # the degree may have come after appointment
        age_at_entry = rng.randint(23, 30) if graduate else rng.randint(21 if diploma else 19, 27)
        years = min((index - entry) * rng.randint(3, 4) + rng.randint(0, 3), 56 - age_at_entry)
        months = (ROSTER_DAY.year * 12 + ROSTER_DAY.month - 1) - years * 12 - rng.randint(1, 11)
        appointed_y, appointed_m = divmod(months, 12)
        birth = _birthday(rng, appointed_y - age_at_entry)
        nip = f"{birth:%Y%m%d}{appointed_y}{appointed_m + 1:02d}"
        grade, rank = PNS_GRADES[index]
    name, muslim = _name(rng, female)
    fronts = ["Dr."] if "M." in back and place <= 2 and rng.random() < 0.15 else []
    if front == "Ir.":
        fronts.append(front)
    if muslim and ROSTER_DAY.year - birth.year >= 40 and rng.random() < 0.2:
        fronts.append("Hj." if female else "H.")
    if front and front != "Ir.":
        fronts.append(front)
    front = " ".join(fronts)
    nip += f"{2 if female else 1}{rng.randint(1, 999):03d}"
    return {
        "nip": nip, "name": name, "front_title": front, "back_title": back,
        "status": "PPPK" if pppk else "PNS", "rank": rank, "grade": grade, "position": job.name,
        "unit": unit.name, "agency": AGENCY,
        "search_key": search_key(display_name(name, front, back)),
    }


@cache
def name_groups() -> tuple[dict[str, Any], ...]:
    """Given and family names per ethnic group, with weights (resources/demo/names.json)."""
    return tuple(json.loads(resource("demo", "names.json").read_text("utf-8"))["groups"])


def _name(rng: random.Random, female: bool) -> tuple[str, bool]:
    """A given name, often a second one, usually a family name; and whether H./Hj. may apply."""
    groups = name_groups()
    g = rng.choices(groups, [g["weight"] for g in groups])[0]
    sex = "female" if female else "male"
    given, family = g[f"{sex}_given"], g[f"{sex}_family"]
    if g["group"] in ("sunda", "jawa") and rng.random() < 0.08:
        return rng.choice(family), g["muslim"]  # one-word names: "Suryana", "Rahayu"
    name = rng.choice(given)
    if g["group"] in ("sunda", "jawa", "umum", "minang") and rng.random() < 0.15:
        name = " ".join(rng.sample(given, 2))
    return f"{name} {rng.choice(family)}", g["muslim"]


def _birthday(rng: random.Random, year: int) -> date:
    return date(year, rng.randint(1, 12), rng.randint(1, 28))
