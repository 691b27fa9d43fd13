"""Benchmark of the phone verification page: checking one code in headless Chromium, through
WebCrypto's Ed25519 and through the bundled @noble/ed25519, each beside the two bare
`crypto.subtle` Ed25519 verifications (agency → station, station → certificate) of the same
code in the same page: what the browser's own crypto costs.

Timed inside the page (performance.now) from a new URL fragment to the verdict.
"""

from __future__ import annotations

import json
import statistics
from pathlib import Path

from run import Figure

TIMED = """
const [code, n, done] = arguments;
const root = document.documentElement;
// Resolves when the page sets its verdict (a MutationObserver: no polling delay is timed).
const verdict = () => new Promise(resolve => {
  const seen = new MutationObserver(() => {
    if (root.dataset.state === "valid" || root.dataset.state === "invalid") {
      seen.disconnect();
      resolve(root.dataset.state);
    }
  });
  seen.observe(root, {attributes: true, attributeFilter: ["data-state"]});
});
const samples = [];
(async () => {
  for (let i = 0; i < n; i++) {
    const answer = verdict();
    const start = performance.now();
    // Spaces are ignored by the page: a different fragment, the same code.
    location.hash = code + " ".repeat(i % 2 + 1);
    const state = await answer;
    samples.push([performance.now() - start, state]);
  }
  done(samples);
})();
"""

BARE = """
const [pub, sig, msg, n, done] = arguments;
const hex = h => Uint8Array.from(h.match(/../g), b => parseInt(b, 16));
(async () => {
  const s = crypto.subtle, samples = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    for (let j = 0; j < 2; j++) {
      const key = await s.importKey("raw", hex(pub), {name: "Ed25519"}, false, ["verify"]);
      await s.verify({name: "Ed25519"}, key, hex(sig), hex(msg));
    }
    samples.push(performance.now() - start);
  }
  done(samples);
})();
"""


def verify_page(folder: Path, *, quick: bool = False) -> list[Figure]:
    from chromium import CHROMIUM, Browser, page_server
    from ikrar.core.certificate_code import _DOMAIN, decode_code
    from ikrar.core.keys import PublicKey
    from ikrar.documents import verify_page as page_module

    if CHROMIUM is None:
        print("verify_page: chromium is not installed, skipped")
        return []
    vectors = json.loads((Path(__file__).parents[1] / "core" / "data"
                          / "certificate_v2_vectors.json").read_text(encoding="utf-8"))
    code = vectors["valid"][0]["text"]
    decoded = decode_code(code)
    bare_args = (decoded.station.public_key.raw.hex(), decoded.signature.hex(),
                 (_DOMAIN + decoded.signed).hex())
    page = page_module.render(PublicKey(bytes.fromhex(vectors["agency_public_key_hex"])))
    n = 10 if quick else 60
    figures, timed_by_engine = [], {}
    bare: list[float] = []
    with page_server({"/": page}) as server:
        for engine, label in (("webcrypto", "WebCrypto Ed25519"),
                              ("no-ed25519", "bundled @noble/ed25519")):
            browser = Browser(engine)
            try:
                browser.open(server.url() + "#" + code)
                browser.verdict()
                browser.driver.set_script_timeout(120)
                timed = browser.driver.execute_async_script(TIMED, code, n)
                assert all(s == "valid" for _, s in timed), timed
                timed_by_engine[label] = [t for t, _ in timed]
                if engine == "webcrypto":  # the other browser has Ed25519 taken away
                    browser.open(server.url())
                    bare = browser.driver.execute_async_script(BARE, *bare_args, n)
            finally:
                browser.close()
    for label, samples in timed_by_engine.items():
        figures.append(Figure(
            f"verify page: one certificate code checked in Chromium, {label}", "ms",
            statistics.median(samples), statistics.median(bare),
            "2 bare crypto.subtle Ed25519 verifies", "under 1 s on a phone", n,
            {"code digits": len(code)}))
    return figures
