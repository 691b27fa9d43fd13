// The hall's screen: totals and per-unit bars, asked again every second (no names, no NIPs).
"use strict";
(() => {
  const source = document.querySelector('meta[name="projector-data"]').content;
  const $ = id => document.getElementById(id);
  const {showTotals} = window.IkrarBars;

  function show(data) {
    $("p-title").textContent = data.title || "Kehadiran";
    showTotals(data, "p-");
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
