"""Employees and roster files for the GUI tests."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

from ikrar.core.names import search_key

FIRST = ("Ahmad", "Siti", "Budi", "Dewi", "Asep", "Euis", "Rina", "Dedi", "Yanti", "Agus")
LAST = ("Santoso", "Rahmawati", "Hidayat", "Lestari", "Saepudin", "Kurniasih", "Wibowo")
UNITS = ("Dinas Pendidikan", "BKPSDM", "RSUD Sumedang", "Sekretariat Daerah")


def nip_for(i: int) -> str:
    """A well-formed, unique NIP for the i-th test employee."""
    born = date(1970, 1, 1) + timedelta(days=i // 999)
    return f"{born:%Y%m%d}199503{1 + i % 2}{i % 999 + 1:03d}"


def employee_row(i: int, **fields: object) -> dict[str, object]:
    name = f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]} {i:04d}"
    row: dict[str, object] = {
        "nip": nip_for(i), "name": name, "rank": "Penata", "grade": "III/c",
        "position": "Analis Kebijakan", "unit": UNITS[i % len(UNITS)],
    }  # fmt: skip
    row.update(fields)
    row["search_key"] = search_key(str(row["name"]))
    return row


HEADER = ["No", "NIP", "Nama", "Gelar Depan", "Gelar Belakang", "Pangkat", "Golongan",
          "Jabatan", "Unit Kerja"]  # fmt: skip
PEOPLE = [
    ["1", "199001012015011001", "Ahmad Fauzi", "Dr. H.", "S.Kom., M.Si.", "Pembina", "IV/a",
     "Kepala Bidang", "Dinas Pendidikan"],
    ["2", "198505152010122002", "Siti Rahmawati", "", "S.E.", "Penata", "III/c",
     "Analis Keuangan", "BKPSDM"],
    ["3", "199203172021212001", "Euis Suryani", "", "A.Md.Kep.", "", "",
     "Perawat Terampil", "RSUD Sumedang"],
]  # fmt: skip


def write_roster(path: Path, rows: list[list[str]], *, title_rows: bool = True) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, delimiter=";")
        if title_rows:
            writer.writerows([["DAFTAR NOMINATIF PEGAWAI NEGERI SIPIL"], []])
        writer.writerows([HEADER, *rows])
    return path
