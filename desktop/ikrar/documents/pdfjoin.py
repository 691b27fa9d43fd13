"""Joining PDFs into one, streamed: the certificate batch's chunks become one file.

pypdf's writer keeps every page in memory until it writes; `PdfConcatenator` writes each
file's objects as soon as they are read and keeps only their offsets, so a 5,000-page batch
needs no more memory than a 50-page one. It reads with pypdf's public reader API but writes
pypdf's object classes itself (and a stream's raw `_data`), which is why pyproject.toml pins
pypdf's major version: a new major version must be checked here (tests/documents/test_batch.py
joins and reads back a batch).
"""

from __future__ import annotations

import io
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    StreamObject,
    TextStringObject,
)


class PdfConcatenator:
    """Streams pages of several PDFs into one file, copying each file's objects once.

    pypdf's writer keeps every page in memory until it writes; this writes each chunk's
    objects as soon as they are read and keeps only their offsets, so a 5,000-page batch
    needs no more memory than a 50-page one.

    Streams that come uncompressed are deflated at level 1: a certificate page is mostly
    path numbers, which that level packs nearly as well as the default in a third of the time.
    """

    def __init__(self, fh: BinaryIO, *, title: str = "", author: str = "") -> None:
        self.fh = fh
        self.offsets: list[int] = [0, 0, 0, 0]  # 1 catalog, 2 page tree, 3 info: at finish
        self.kids: list[int] = []
        self.info = (title, author)
        fh.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")

    def add(self, path: str | Path) -> None:
        # The reader holds the whole file and, through its object cache, cycles that only the
        # collector would free; closing it frees both as soon as the chunk is copied.
        with PdfReader(path) as reader:
            self._copy(reader)

    def _copy(self, reader: PdfReader) -> None:
        mapping: dict[int, int] = {}
        queue: list[int] = []

        def new_ref(idnum: int) -> int:
            if idnum not in mapping:
                mapping[idnum] = len(self.offsets)
                self.offsets.append(0)
                queue.append(idnum)
            return mapping[idnum]

        pages = {}
        for p in reader.pages:
            ref = p.indirect_reference
            pages[ref.idnum] = p
            self.kids.append(new_ref(ref.idnum))
        while queue:
            old = queue.pop()
            obj = reader.get_object(old)
            if old in pages:
                obj = self._page_dict(pages[old])
            self._write(mapping[old], _remap(obj, new_ref))

    @staticmethod
    def _page_dict(p) -> DictionaryObject:
        """The page with what it inherits from its old page tree, under the new tree."""
        copy = DictionaryObject(p)
        for key in ("/Resources", "/MediaBox", "/CropBox", "/Rotate"):
            node = p
            while key not in copy and "/Parent" in node:
                node = node["/Parent"].get_object()
                if key in node:
                    copy[NameObject(key)] = node.raw_get(key)
        copy[NameObject("/Parent")] = _Ref(2)
        return copy

    def _write(self, number: int, obj: PdfObject) -> None:
        self.offsets[number] = self.fh.tell()
        buf = io.BytesIO()
        buf.write(b"%d 0 obj\n" % number)
        if isinstance(obj, StreamObject):
            data = obj._data
            head = DictionaryObject(obj)
            if "/Filter" not in head:
                data = zlib.compress(data, 1)
                head[NameObject("/Filter")] = NameObject("/FlateDecode")
            head[NameObject("/Length")] = NumberObject(len(data))
            head.write_to_stream(buf)
            buf.write(b"\nstream\n")
            buf.write(data)
            buf.write(b"\nendstream")
        else:
            obj.write_to_stream(buf)
        buf.write(b"\nendobj\n")
        self.fh.write(buf.getvalue())

    def finish(self) -> None:
        kids = ArrayObject(_Ref(k) for k in self.kids)
        self._write(2, DictionaryObject({NameObject("/Type"): NameObject("/Pages"),
                                         NameObject("/Kids"): kids,
                                         NameObject("/Count"): NumberObject(len(self.kids))}))
        self._write(1, DictionaryObject({NameObject("/Type"): NameObject("/Catalog"),
                                         NameObject("/Pages"): _Ref(2)}))
        title, author = self.info
        self._write(3, DictionaryObject({
            NameObject("/Title"): TextStringObject(title),
            NameObject("/Author"): TextStringObject(author),
            NameObject("/Creator"): TextStringObject("Ikrar"),
            NameObject("/CreationDate"): TextStringObject(time.strftime("D:%Y%m%d%H%M%S")),
        }))
        start = self.fh.tell()
        lines = [b"xref\n0 %d\n" % len(self.offsets), b"0000000000 65535 f \n"]
        lines += [b"%010d 00000 n \n" % off for off in self.offsets[1:]]
        self.fh.write(b"".join(lines))
        self.fh.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 3 0 R >>\nstartxref\n%d\n%%%%EOF\n"
                      % (len(self.offsets), start))


class _Ref(IndirectObject):
    """A reference into the file being written (no reader behind it)."""

    def __init__(self, idnum: int) -> None:
        super().__init__(idnum, 0, None)


def _remap(obj: PdfObject, new_ref: Callable[[int], int]) -> PdfObject:
    if isinstance(obj, IndirectObject):
        return _Ref(new_ref(obj.idnum))
    if isinstance(obj, StreamObject):
        copy = StreamObject()
        copy.update({k: _remap(v, new_ref) for k, v in obj.items()})
        copy._data = obj._data
        return copy
    if isinstance(obj, DictionaryObject):
        return DictionaryObject({k: _remap(v, new_ref) for k, v in obj.items()})
    if isinstance(obj, ArrayObject):
        return ArrayObject(_remap(v, new_ref) for v in obj)
    return obj
