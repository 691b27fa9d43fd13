// The hall's screen: totals and per-unit bars, asked again every second (no names, no NIPs).
"use strict";
(() => {
  const source = document.querySelector('meta[name="projector-data"]').content;
  const $ = id => document.getElementById(id);
  const pct = (a, b) => (b > 0 ? Math.round((100 * a) / b) : 0);
  const number = n => Number(n).toLocaleString("id-ID");

  function unitRow(unit) {
    const li = document.createElement("li");
    const label = document.createElement("div");
    label.className = "unit-label";
    const name = document.createElement("span");
    name.textContent = unit.unit || "(tanpa unit)";
    const count = document.createElement("span");
    count.className = "unit-count";
    count.textContent = `${number(unit.signed)} / ${number(unit.expected)}`;
    label.append(name, count);
    const bar = document.createElement("div");
    bar.className = "bar";
    const fill = document.createElement("div");
    fill.className = "fill";
    fill.style.width = `${Math.min(100, pct(unit.signed, unit.expected))}%`;
    bar.append(fill);
    li.append(label, bar);
    return li;
  }

  function show(data) {
    $("p-title").textContent = data.title || "Kehadiran";
    $("p-signed").textContent = number(data.signed);
    $("p-expected").textContent = number(data.expected);
    $("p-walk-ins").textContent = number(data.walk_ins);
    $("p-percent").textContent = `${pct(data.signed, data.expected)}%`;
    $("p-bar-fill").style.width = `${Math.min(100, pct(data.signed, data.expected))}%`;
    $("p-units").replaceChildren(...data.units.map(unitRow));
    $("p-status").textContent = "Diperbarui " + new Date(data.as_of).toLocaleTimeString("id-ID");
    document.documentElement.dataset.loaded = "1";
  }

  async function tick() {
    try {
      const reply = await fetch(source, {cache: "no-store", credentials: "omit"});
      if (reply.status === 404) {
        $("p-status").textContent = "Tautan layar ini tidak berlaku lagi.";
        return;  // replaced or removed by the administrator: stop asking
      }
      if (reply.ok) show(await reply.json());
    } catch (err) {
      $("p-status").textContent = "Hub tidak terjangkau; mencoba lagi…";
    }
    setTimeout(tick, 1000);
  }
  tick();
})();
