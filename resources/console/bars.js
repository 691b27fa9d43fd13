// What the console and the hall's projector both draw from the hub's figures: the totals, the
// progress bar and one bar per unit. Each page names its elements with its own prefix ("" on
// the console, "p-" on the projector) and loads this script before its own.
"use strict";
window.IkrarBars = (() => {
  const number = n => (n === null || n === undefined ? "–" : Number(n).toLocaleString("id-ID"));
  const pct = (a, b) => (b > 0 ? Math.round((100 * a) / b) : 0);
  const width = (a, b) => `${Math.min(100, pct(a, b))}%`;

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
    fill.style.width = width(unit.signed, unit.expected);
    bar.append(fill);
    li.append(label, bar);
    return li;
  }

  // Signed, expected, walk-ins, the percentage, the bar and the units, into prefix + their ids.
  function showTotals(data, prefix) {
    const $ = id => document.getElementById(prefix + id);
    $("signed").textContent = number(data.signed);
    $("expected").textContent = number(data.expected);
    $("walk-ins").textContent = number(data.walk_ins);
    $("percent").textContent = `${pct(data.signed, data.expected)}%`;
    $("bar-fill").style.width = width(data.signed, data.expected);
    $("units").replaceChildren(...data.units.map(unitRow));
  }

  return {number, showTotals};
})();
