"""The verification web page as a file: self-contained, locked down by its own policy, made by
`ikrar verify-page` for this data folder's agency key and events."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from ikrar import paths
from ikrar.cli import main
from ikrar.core.certificate_code import event_tag
from ikrar.core.keys import SigningKey
from ikrar.documents import verify_page
from ikrar.store.db import close_db

AGENCY = SigningKey.from_seed(bytes(range(32))).public


class Parts(HTMLParser):
    """The elements a browser would fetch or run: scripts, styles, anything with src/href."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[tuple[str | None, str]] = []
        self.styles: list[str] = []
        self.links: list[tuple[str, str, str]] = []
        self.csp = ""
        self._in: tuple[str, str | None] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("src", "href", "action", "srcset", "poster", "data"):
            if name in attrs:
                self.links.append((tag, name, attrs[name]))
        if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy":
            self.csp = attrs["content"]
        if tag in ("script", "style"):
            self._in = (tag, attrs.get("type"))
            (self.scripts if tag == "script" else self.styles).append(
                (attrs.get("type"), "") if tag == "script" else "")

    def handle_data(self, data):
        if self._in is None:
            return
        if self._in[0] == "script":
            kind, text = self.scripts[-1]
            self.scripts[-1] = (kind, text + data)
        else:
            self.styles[-1] += data

    def handle_endtag(self, tag):
        self._in = None


def parse(page: str) -> Parts:
    parts = Parts()
    parts.feed(page)
    return parts


def sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def config(parts: Parts) -> dict:
    return json.loads(next(t for k, t in parts.scripts if k == "application/json"))


def test_the_page_carries_everything_and_fetches_nothing():
    page = verify_page.render(AGENCY, agency="Pemerintah Kabupaten Sumedang")
    parts = parse(page)
    # The only link is the empty inline icon (it keeps browsers from asking for favicon.ico).
    assert parts.links == [("link", "href", "data:,")]
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in "".join(parts.styles) and "url(" not in "".join(parts.styles)
    assert config(parts)["public_key"] == AGENCY.raw.hex()
    assert config(parts)["key_id"] == AGENCY.key_id
    assert AGENCY.fingerprint in page and "Pemerintah Kabupaten Sumedang" in page


def test_its_policy_allows_exactly_its_own_scripts_and_style():
    parts = parse(verify_page.render(AGENCY))
    policy = dict(d.strip().split(" ", 1) for d in parts.csp.split(";"))
    assert policy["default-src"] == "'none'"
    assert policy["base-uri"] == "'none'" and policy["form-action"] == "'none'"
    code = [text for kind, text in parts.scripts if kind is None]
    assert len(code) == 2  # the bundled Ed25519 library, then the page's own script
    assert policy["script-src"].split() == [sha(text) for text in code]
    assert policy["style-src"].split() == [sha(text) for text in parts.styles]
    assert "unsafe" not in parts.csp


def test_names_cannot_break_out_of_the_page():
    hostile = "</script><script>alert(1)</script><!--"
    page = verify_page.render(AGENCY, agency=hostile, events={"a1b2c3d4e5f6": hostile})
    parts = parse(page)
    assert len(parts.scripts) == 3
    assert config(parts)["events"] == {"a1b2c3d4e5f6": hostile}
    assert "<script>alert" not in page


def test_the_vendored_library_is_the_one_its_readme_describes():
    folder = paths.resource("verify_page")
    digest = hashlib.sha256((folder / "noble-ed25519.js").read_bytes()).hexdigest()
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert digest in readme and "@noble/ed25519` 3.2.0" in readme
    assert "noble-ed25519 - MIT License" in (folder / "noble-ed25519.js").read_text()
    assert (folder / "LICENSE-noble-ed25519").read_text().startswith("The MIT License")
    assert (folder / "LICENSE-noble-hashes").read_text().startswith("The MIT License")


def run(data_dir: Path, *args: str) -> int:
    code = main(["--data-dir", str(data_dir), *args])
    close_db()
    return code


@pytest.fixture
def event_id(data_dir: Path, event) -> str:
    """The data folder holds an agency key and the event of tests/conftest.py (its id)."""
    event_id = str(event.id)
    close_db()
    assert run(data_dir, "keys", "init", "--no-passphrase") == 0
    return event_id


def test_cli_writes_the_page_for_this_agency_key_and_its_events(data_dir, event_id, tmp_path,
                                                                 capsys):
    out = tmp_path / "site" / "ikrar"
    assert run(data_dir, "verify-page", str(out)) == 0
    said = capsys.readouterr().out
    page = (out / "index.html").read_text(encoding="utf-8")
    parts = parse(page)
    from ikrar.store import keystore
    from ikrar.store.db import init_db

    init_db(data_dir)
    public = keystore.agency_public_key()
    close_db()
    assert config(parts)["public_key"] == public.raw.hex()
    assert config(parts)["events"] == {
        event_tag(event_id): "Deklarasi Netralitas ASN, 10 Juli 2024"}
    assert "Pemerintah Kabupaten Sumedang" in page
    assert public.key_id in said and str(out / "index.html") in said
    assert "No event has a verification URL yet" in said
    assert (out / "index.html").stat().st_mode & 0o777 == 0o644  # to be published


def test_cli_names_where_to_publish_the_page(data_dir, event, tmp_path, capsys):
    event.verify_url = "https://bkpsdm.sumedangkab.go.id/ikrar/"
    event.save()
    close_db()
    assert run(data_dir, "keys", "init", "--no-passphrase") == 0
    assert run(data_dir, "verify-page", str(tmp_path / "out")) == 0
    said = capsys.readouterr().out
    assert "carry: https://bkpsdm.sumedangkab.go.id/ikrar/." in said


def test_cli_takes_another_public_key_and_name(data_dir, event_id, tmp_path):
    key_file = tmp_path / "other.pem"
    key_file.write_bytes(AGENCY.to_pem())
    assert run(data_dir, "verify-page", str(tmp_path / "out"), "--public-key", str(key_file),
               "--agency", "BKPSDM") == 0
    parts = parse((tmp_path / "out" / "index.html").read_text(encoding="utf-8"))
    assert config(parts)["public_key"] == AGENCY.raw.hex()
    assert "BKPSDM" in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")


def test_cli_refuses_a_file_or_a_read_only_folder_with_a_message(data_dir, event_id, tmp_path,
                                                                   capsys, mounted_tmpfs):
    target = tmp_path / "taken"
    target.write_text("x")
    assert run(data_dir, "verify-page", str(target)) == 2
    assert f"Cannot write {target}: it is a file" in capsys.readouterr().err
    locked = mounted_tmpfs("ro", read_only=True)
    assert run(data_dir, "verify-page", str(locked)) == 2
    err = capsys.readouterr().err
    assert str(locked / "index.html") in err and "Traceback" not in err


def test_cli_without_an_agency_key_says_where_to_get_one(data_dir, event, tmp_path, capsys):
    close_db()
    assert run(data_dir, "verify-page", str(tmp_path / "out")) != 0
    assert "--public-key" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
