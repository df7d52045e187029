// portdash inventory search: loads only the one small index shard a query needs, as a script,
// so it works from a web server and from file:// alike.
(function () {
  "use strict";
  function load(root, key, done) {
    window.portdashLoadShard(root + "inventory/search/" + key + ".js", "inventory", key, done);
  }

  function pageHref(root, page) { return root + "inventory/" + (page === 1 ? "index.html" : "page-" + page + ".html"); }

  function fold(text) { return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }

  function render(box, items, message) {
    box.textContent = "";
    var p = document.createElement("p");
    p.textContent = message;
    box.appendChild(p);
    if (!items.length) return;
    var ul = document.createElement("ul");
    items.slice(0, 50).forEach(function (item) {
      var li = document.createElement("li"), a = document.createElement("a");
      a.href = item.href;
      a.textContent = item.label;
      li.appendChild(a);
      if (item.detail) li.appendChild(document.createTextNode(" " + item.detail));
      ul.appendChild(li);
    });
    box.appendChild(ul);
  }

  function search(form, query) {
    var root = form.getAttribute("data-root") || "";
    var box = form.querySelector(".search-results");
    var digits = query.replace(/\D/g, "");
    if (/^[\d\s()+.\-]+$/.test(query)) {
      if (digits.length === 10 && digits[0] !== "1") digits = "1" + digits;
      if (digits[0] !== "1" && digits.length >= 7 && digits.length < 10 && /^[2-9]/.test(digits)) digits = "1" + digits;
      var keyLength = 8;
      if (digits.length < keyLength) { render(box, [], "Type at least the area code, the exchange and one more digit, such as (408) 555-0."); return; }
      load(root, "n-" + digits.slice(0, keyLength), function (rows) {
        var found = rows.filter(function (r) { return r[0].replace(/\D/g, "").indexOf(digits) === 0; }).map(function (r) {
          return { href: pageHref(root, r[2]) + "#n" + r[0].replace(/\D/g, ""), label: r[1], detail: (r[3] ? "· " + r[3] : "· available") + " · page " + r[2] };
        });
        render(box, found, found.length ? found.length + " number(s) found" + (found.length > 50 ? ", first 50 shown" : "") + "." : "No number found.");
      });
      return;
    }
    var words = fold(query).split(/\s+/).filter(Boolean);
    if (!words.length) { render(box, [], ""); return; }
    var first = words[0][0];
    var key = "u-" + (/[a-z0-9]/.test(first) ? first : "other");
    load(root, key, function (rows) {
      var found = [];
      rows.forEach(function (r) {
        var name = fold(r[0]);
        if (words.every(function (w) { return name.indexOf(w) !== -1; })) {
          r[1].forEach(function (page) { found.push({ href: pageHref(root, page), label: r[0], detail: "· page " + page }); });
        }
      });
      render(box, found, found.length ? found.length + " result(s)." : "No assignee found.");
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("form.inventory-search");
    if (!form) return;
    form.hidden = false;
    var input = form.querySelector("input");
    var timer;
    form.addEventListener("submit", function (event) { event.preventDefault(); search(form, input.value.trim()); });
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(function () { search(form, input.value.trim()); }, 200); });
  });
})();
