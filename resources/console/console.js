// The hub's console: asks the hub for the figures every second and draws them; the actions
// (enrolment code, revoke, projector link, log out) are POSTs carrying the session's CSRF token.
"use strict";
(() => {
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  const $ = id => document.getElementById(id);
  const {number, showTotals} = window.IkrarBars;
  const svgNS = "http://www.w3.org/2000/svg";
  let eventId = null;
  let ticks = 0;

  function fail(message) {
    const box = $("error");
    box.textContent = message || "";
    box.hidden = !message;
  }

  async function call(url, options = {}) {
    const reply = await fetch(url, {cache: "no-store", credentials: "same-origin", ...options});
    if (reply.status === 401) {  // the session ended: the hub shows the login form
      location.reload();
      throw new Error("logged out");
    }
    const body = await reply.json().catch(() => ({}));
    if (!reply.ok) throw new Error(body.detail || body.error || `Hub menjawab ${reply.status}`);
    return body;
  }

  const post = (url, body) => call(url, {
    method: "POST", body: JSON.stringify(body || {}),
    headers: {"Content-Type": "application/json", "X-CSRF-Token": csrf}});

  function ago(iso) {
    if (!iso) return "belum pernah";
    const seconds = Math.max(0, Math.round((Date.now() - new Date(iso).getTime()) / 1000));
    const clock = new Date(iso).toLocaleTimeString("id-ID", {hour: "2-digit", minute: "2-digit"});
    if (seconds < 60) return `${seconds} detik lalu (${clock})`;
    if (seconds < 3600) return `${Math.floor(seconds / 60)} menit lalu (${clock})`;
    return `${Math.floor(seconds / 3600)} jam lalu (${clock})`;
  }

  function offset(ms) {
    if (ms === null || ms === undefined) return "–";
    const s = ms / 1000;
    return `${s > 0 ? "+" : ""}${s.toLocaleString("id-ID", {maximumFractionDigits: 1})} dtk`;
  }

  function drawChart(timeline) {
    const svg = $("chart");
    svg.replaceChildren();
    if (!timeline.length) {
      $("chart-range").textContent = "Belum ada tanda tangan.";
      return;
    }
    const times = timeline.map(p => new Date(p.at).getTime());
    const t0 = times[0], t1 = Math.max(times[times.length - 1], t0 + 60000);
    const top = Math.max(1, timeline[timeline.length - 1].signed);
    const x = t => (600 * (t - t0)) / (t1 - t0);
    const y = n => 155 - (145 * n) / top;
    const points = [[x(t0), y(0)]];
    timeline.forEach((p, i) => points.push([x(times[i]), y(p.signed)]));
    const text = points.map(([a, b]) => `${a.toFixed(1)},${b.toFixed(1)}`).join(" ");
    const area = document.createElementNS(svgNS, "polygon");
    area.setAttribute("class", "area");
    area.setAttribute("points", `${text} ${x(t1).toFixed(1)},155 0,155`);
    const line = document.createElementNS(svgNS, "polyline");
    line.setAttribute("points", text);
    svg.append(area, line);
    const clock = t => new Date(t).toLocaleTimeString("id-ID", {hour: "2-digit", minute: "2-digit"});
    $("chart-range").textContent = `${clock(t0)} – ${clock(t1)}, sampai ${number(top)} orang`;
  }

  function showProgress(p) {
    showTotals(p, "");
    $("duplicates").textContent = number(p.duplicates);
    $("missing").textContent = number(Math.max(0, p.expected - p.signed));
    drawChart(p.timeline || []);
    $("as-of").textContent = "Diperbarui " + new Date(p.as_of).toLocaleTimeString("id-ID");
  }

  function cell(text, label, className) {
    const td = document.createElement("td");
    td.textContent = text;
    td.dataset.label = label;
    if (className) td.className = className;
    return td;
  }

  function stationRow(s) {
    const tr = document.createElement("tr");
    tr.dataset.station = s.station_id;
    if (s.revoked) tr.classList.add("revoked");
    else if (s.silent) tr.classList.add("silent");
    const status = s.revoked ? "Dicabut" : s.silent ? "Senyap" : "Aktif";
    tr.append(cell(s.name, "Nama"), cell(ago(s.last_seen), "Terakhir terlihat"),
              cell(number(s.pending), "Antrean"), cell(offset(s.clock_offset_ms), "Selisih jam"),
              cell(s.app_version || "–", "Versi"),
              cell(status, "Status", "status " + (s.revoked ? "" : s.silent ? "" : "ok")));
    const action = document.createElement("td");
    if (!s.revoked) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "danger revoke";
      button.textContent = "Cabut";
      button.addEventListener("click", () => revoke(s));
      action.append(button);
    }
    tr.append(action);
    return tr;
  }

  function showStations(list) {
    $("stations").tBodies[0].replaceChildren(...list.map(stationRow));
    $("no-stations").hidden = list.length > 0;
  }

  async function revoke(station) {
    if (!confirm(`Cabut meja "${station.name}"? Meja ini tidak bisa sinkron lagi.`)) return;
    try {
      await post("/console/api/revoke", {station_id: station.station_id});
      fail("");
      await refresh();
    } catch (err) { fail(err.message); }
  }

  async function refresh() {
    const query = eventId ? `?event=${encodeURIComponent(eventId)}` : "";
    const [progress, stations] = await Promise.all([
      call("/console/api/progress" + query), call("/console/api/stations")]);
    showProgress(progress);
    showStations(stations);
    ticks += 1;
    const root = document.documentElement;
    if (ticks === 1) root.dataset.firstFigures = performance.now().toFixed(1);  // benchmark
    root.dataset.ticks = String(ticks);
  }

  async function tick() {
    try {
      await refresh();
      if ($("error").dataset.from === "refresh") { fail(""); delete $("error").dataset.from; }
    } catch (err) {
      if (err.message !== "logged out") {
        fail("Tidak bisa memuat angka: " + err.message);
        $("error").dataset.from = "refresh";
      }
    }
    setTimeout(tick, 1000);
  }

  function setDownloads() {
    for (const link of document.querySelectorAll(".downloads a")) {
      link.href = `/console/unduh/${link.dataset.file}?event=${encodeURIComponent(eventId || "")}`;
    }
  }

  async function loadEvents() {
    const events = await call("/console/api/events");
    const select = $("event");
    select.replaceChildren(...events.map(e => {
      const option = document.createElement("option");
      option.value = e.id;
      option.textContent = e.title;
      return option;
    }));
    eventId = events.length ? String(events[0].id) : null;
    select.addEventListener("change", () => { eventId = select.value; setDownloads(); refresh(); });
    setDownloads();
  }

  function showProjector(url) {
    const link = $("projector-url");
    link.hidden = !url;
    $("projector-none").hidden = !!url;
    link.href = url || "#";
    link.textContent = url || "";
  }

  $("enrol-form").addEventListener("submit", async event => {
    event.preventDefault();
    try {
      const made = await post("/console/api/enrol", {
        name: $("enrol-name").value, minutes: Number($("enrol-minutes").value) || 60,
        event: eventId});
      // The QR images are SVG the hub drew (qrcode); nothing of them comes from the user.
      $("enrol-qr").innerHTML = made.qr_svg;
      $("address-qr").innerHTML = made.address_qr_svg;
      $("enrol-qr").dataset.text = made.qr_text;
      $("enrol-code").textContent = made.code;
      $("enrol-station").textContent = made.station_name;
      $("enrol-address").textContent = made.address;
      $("enrol-expires").textContent = new Date(made.expires_at).toLocaleString("id-ID");
      $("enrol-result").hidden = false;
      fail("");
    } catch (err) { fail(err.message); }
  });

  $("projector-new").addEventListener("click", async () => {
    try { showProjector((await post("/console/api/projector", {action: "new"})).url); }
    catch (err) { fail(err.message); }
  });
  $("projector-remove").addEventListener("click", async () => {
    try { showProjector((await post("/console/api/projector", {action: "remove"})).url); }
    catch (err) { fail(err.message); }
  });
  $("logout").addEventListener("click", async () => {
    try { await post("/console/logout"); } catch (err) { /* reloading shows the login */ }
    location.reload();
  });

  (async () => {
    try {
      const [, projector] = await Promise.all([loadEvents(), call("/console/api/projector")]);
      showProjector(projector.url);
    } catch (err) { fail(err.message); }
    tick();
  })();
})();
