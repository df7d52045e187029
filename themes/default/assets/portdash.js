// portdash: progressive enhancements. Every page is complete without this script.
(function () {
  "use strict";

  function cellValue(row, index) {
    var cell = row.cells[index];
    if (!cell) return "";
    return cell.getAttribute("data-sort") || cell.textContent.trim();
  }

  function compare(a, b) {
    var x = parseFloat(a), y = parseFloat(b);
    if (!isNaN(x) && !isNaN(y) && String(x) === a.replace(/^0+(?=\d)/, "") && String(y) === b.replace(/^0+(?=\d)/, "")) return x - y;
    return a.localeCompare(b, undefined, { numeric: true, sensitivity: "base" });
  }

  function makeSortable(table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headers, function (th, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) {
          var result = compare(cellValue(r1, index), cellValue(r2, index));
          return ascending ? result : -result;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  function applyFilters(table) {
    var tools = document.querySelector('.table-tools[data-for="' + table.id + '"]');
    if (!tools) return;
    var text = tools.querySelector(".table-filter");
    var query = text ? text.value.trim().toLowerCase() : "";
    var selects = tools.querySelectorAll(".column-filter");
    var shown = 0, rows = table.tBodies[0].rows;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i], visible = !query || row.textContent.toLowerCase().indexOf(query) !== -1;
      if (row.classList.contains("group")) continue; // a day's heading stays
      for (var s = 0; s < selects.length && visible; s++) {
        var value = selects[s].value;
        if (!value) continue;
        var cell = row.cells[parseInt(selects[s].getAttribute("data-column"), 10)];
        var actual = selects[s].getAttribute("data-mode") === "assigned" ? cell.getAttribute("data-assigned") : cell.textContent.trim();
        visible = actual === value;
      }
      row.hidden = !visible;
      if (visible) shown++;
    }
    var count = tools.querySelector(".filter-count");
    if (count) count.textContent = shown + " of " + rows.length + " shown";
  }

  // Search shards are scripts that call portdashShard(namespace, key, rows), so they load from a
  // web server and from file:// alike. portdashLoadShard loads one once and hands its rows on.
  var shards = {}, waiting = {};
  window.portdashShard = function (namespace, key, rows) {
    var id = namespace + "/" + key;
    shards[id] = rows;
    (waiting[id] || []).forEach(function (fn) { fn(rows); });
    delete waiting[id];
  };
  window.portdashLoadShard = function (src, namespace, key, done) {
    var id = namespace + "/" + key;
    if (shards[id]) { done(shards[id]); return; }
    if (waiting[id]) { waiting[id].push(done); return; }
    waiting[id] = [done];
    var script = document.createElement("script");
    script.src = src;
    script.onerror = function () { window.portdashShard(namespace, key, []); };
    document.head.appendChild(script);
  };

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), makeSortable);
    Array.prototype.forEach.call(document.querySelectorAll(".table-tools"), function (tools) {
      var table = document.getElementById(tools.getAttribute("data-for"));
      if (!table) return;
      tools.hidden = false;
      Array.prototype.forEach.call(tools.querySelectorAll("input, select"), function (control) {
        control.addEventListener("input", function () { applyFilters(table); });
        control.addEventListener("change", function () { applyFilters(table); });
      });
    });
  });
})();
