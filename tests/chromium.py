"""Headless Chromium (Debian's `chromium` and `chromium-driver`) driven by Selenium, and a
loopback server that logs every request: what the verification page's tests open it with.

Nothing is downloaded: Selenium is pointed at the installed browser and driver.
"""

from __future__ import annotations

import http.server
import json
import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="Debian's chromium and chromium-driver are not installed (.ci/run installs them)",
)

# Before any script of the page runs: WebCrypto without Ed25519 (as in browsers before it
# shipped), or no crypto.subtle at all (a page opened over plain http on a LAN address).
ENGINE_SCRIPTS = {
    "webcrypto": "",
    "no-ed25519": """(() => {
        const s = crypto.subtle;
        if (!s) return;  // about:blank has none
        const importKey = s.importKey.bind(s), verify = s.verify.bind(s);
        const ed = a => String((a && a.name) || a).toLowerCase() === "ed25519";
        const refuse = () => Promise.reject(new DOMException("Unrecognized name",
                                                             "NotSupportedError"));
        s.importKey = (f, k, a, e, u) => ed(a) ? refuse() : importKey(f, k, a, e, u);
        s.verify = (a, k, sig, d) => ed(a) ? refuse() : verify(a, k, sig, d);
    })();""",
    "no-subtle": """Object.defineProperty(Crypto.prototype, "subtle",
                                           {get() { return undefined; }, configurable: true});""",
}
# What the page reports it verified with, per mode.
ENGINE_USED = {"webcrypto": "webcrypto", "no-ed25519": "noble", "no-subtle": "noble"}


@dataclass
class PageServer:
    """Serves `pages` (path → HTML) on 127.0.0.1 and records every request's path."""

    pages: dict[str, str]
    requests: list[str] = field(default_factory=list)
    port: int = 0

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"


@contextmanager
def page_server(pages: dict[str, str]) -> Iterator[PageServer]:
    server = PageServer(dict(pages))

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
            server.requests.append(self.path)
            page = server.pages.get(self.path)
            body = (page or "not here").encode("utf-8")
            self.send_response(200 if page is not None else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


class Browser:
    """One headless Chromium with a phone's screen (360×740 CSS pixels)."""

    def __init__(self, engine: str = "webcrypto") -> None:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                    "--disable-gpu", "--no-first-run", "--disable-extensions",
                    "--disable-background-networking", "--disable-component-update",
                    # Any name but loopback fails to resolve: nothing can leave the machine.
                    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"):
            options.add_argument(arg)
        options.add_experimental_option("mobileEmulation", {
            "deviceMetrics": {"width": 360, "height": 740, "pixelRatio": 2.0}})
        options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
        self.driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        self.engine = engine
        script = ENGINE_SCRIPTS[engine]
        if script:
            self.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument",
                                        {"source": script})

    def close(self) -> None:
        self.driver.quit()

    def requested(self) -> list[str]:
        """URLs the page's target asked the network for since the last call (DevTools log)."""
        urls = []
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message["method"] == "Network.requestWillBeSent":
                urls.append(message["params"]["request"]["url"])
        return urls

    def errors(self) -> list[str]:
        return [e["message"] for e in self.driver.get_log("browser") if e["level"] == "SEVERE"]

    def open(self, url: str) -> None:
        """Load `url` afresh (a fragment-only change would not reload the page)."""
        self.driver.get("about:blank")
        self.driver.get(url)

    def js(self, script: str, *args):
        return self.driver.execute_script(script, *args)

    def wait(self, condition: Callable[[], object], timeout: float = 10) -> None:
        from selenium.webdriver.support.ui import WebDriverWait

        WebDriverWait(self.driver, timeout).until(lambda _driver: condition())

    def verdict(self) -> dict:
        """Wait for the page's answer; what it shows."""
        self.wait(lambda: self.js("return document.documentElement.dataset.state")
                  in ("valid", "invalid", "legacy"))
        return self.js("""
            const text = id => document.getElementById(id).innerText.trim();
            const r = document.getElementById("result");
            return {state: document.documentElement.dataset.state,
                    engine: document.documentElement.dataset.engine,
                    verdict: text("verdict"), note: text("verdict-note"),
                    reason: r.dataset.reason,
                    fields_shown: !document.getElementById("fields").hidden,
                    compare_shown: !document.getElementById("compare").hidden,
                    name: text("f-name"), nip: text("f-nip"), number: text("f-number"),
                    copy: text("f-copy"), event: text("f-event"), time: text("f-time"),
                    station: text("f-station")};""")
