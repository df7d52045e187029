// portdash site search, in every page's header: finds an order by id, customer or owner name, and
// any number on an order, a BTN, a temporary number or an inventory number. Loads only the one
// small shard a query needs (see SiteSearch.swift); works from a web server and from file://.
(function () {
  "use strict";
  var sequence = 0, typedAt = 0;

  function fold(text) { return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  function words(text) { return fold(text).split(/[^a-z0-9]+/).filter(Boolean); }
  function pageHref(root, page) { return root + "inventory/" + (page === 1 ? "index.html" : "page-" + page + ".html"); }

  function render(box, query, items, message) {
    box.textContent = "";
    box.hidden = false;
    var p = document.createElement("p");
    p.textContent = message;
    box.appendChild(p);
    if (items.length) {
      var ul = document.createElement("ul");
      items.slice(0, 20).forEach(function (item) {
        var li = document.createElement("li"), a = document.createElement("a");
        a.href = item.href;
        a.textContent = item.label;
        li.appendChild(a);
        if (item.detail) li.appendChild(document.createTextNode(" · " + item.detail));
        ul.appendChild(li);
      });
      box.appendChild(ul);
    }
    box.setAttribute("data-ms", String(Math.round(performance.now() - typedAt)));
    box.setAttribute("data-query", query);
  }

  function summary(found, noun) {
    if (!found.length) return "No " + noun + " found.";
    return found.length + " found" + (found.length > 20 ? ", the first 20 shown" : "") + ".";
  }

  function searchNumber(root, box, query, digits, current) {
    if (digits.length === 10 && digits[0] !== "1") digits = "1" + digits;
    if (digits[0] !== "1" && digits.length >= 7 && digits.length < 10 && /^[2-9]/.test(digits)) digits = "1" + digits;
    if (digits.length < 8) { render(box, query, [], "Type at least 8 digits of a number, such as (408) 555-0."); return; }
    var key = "n-" + digits.slice(0, 8), found = [], pending = 2;
    function done() {
      if (--pending > 0 || current !== sequence) return;
      render(box, query, found, summary(found, "number"));
    }
    window.portdashLoadShard(root + "search/" + key + ".js", "site", key, function (rows) {
      rows.forEach(function (r) { if (r[0].indexOf(digits) === 0) found.push({ href: root + r[2], label: r[1], detail: r[3] }); });
      done();
    });
    window.portdashLoadShard(root + "inventory/search/" + key + ".js", "inventory", key, function (rows) {
      rows.forEach(function (r) {
        var d = r[0].replace(/\D/g, "");
        if (d.indexOf(digits) === 0) {
          found.push({ href: pageHref(root, r[2]) + "#n" + d, label: r[1], detail: "in the inventory · " + (r[3] || "available") });
        }
      });
      done();
    });
  }

  function searchText(root, box, query, current) {
    var wanted = words(query);
    var longest = wanted.reduce(function (a, w) { return w.length > a.length ? w : a; }, "");
    if (longest.length < 3) { render(box, query, [], "Type at least 3 letters or digits of an order id or a name."); return; }
    var key = "t-" + longest.slice(0, 3);
    window.portdashLoadShard(root + "search/" + key + ".js", "site", key, function (rows) {
      if (current !== sequence) return;
      var found = rows.filter(function (r) {
        var tokens = r[0].split(" ");
        return wanted.every(function (w) { return tokens.some(function (t) { return t.indexOf(w) === 0; }); });
      }).map(function (r) { return { href: root + r[2], label: r[1], detail: r[3] }; });
      render(box, query, found, summary(found, "order"));
    });
  }

  function search(form, query) {
    var root = form.getAttribute("data-root") || "";
    var box = form.querySelector(".site-search-results");
    var current = ++sequence;
    if (!query) { box.hidden = true; box.textContent = ""; return; }
    if (/^[\d\s()+.\-]+$/.test(query)) searchNumber(root, box, query, query.replace(/\D/g, ""), current);
    else searchText(root, box, query, current);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("form.site-search");
    if (!form || !window.portdashLoadShard) return;
    form.hidden = false;
    var input = form.querySelector("input");
    var box = form.querySelector(".site-search-results");
    var timer;
    form.addEventListener("submit", function (event) { event.preventDefault(); search(form, input.value.trim()); });
    input.addEventListener("input", function () { typedAt = performance.now(); clearTimeout(timer); timer = setTimeout(function () { search(form, input.value.trim()); }, 120); });
    input.addEventListener("keydown", function (event) { if (event.key === "Escape") { box.hidden = true; } });
  });
})();
