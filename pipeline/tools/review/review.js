// The review pages' script (pipeline/tools/review): index filters, sort and search;
// statement pages: values toggle, keyboard navigation, details panel and, when the
// pages are served by `pipeline review --serve`, corrections posted to /api/corrections.
// Text is only ever set with textContent, never parsed as HTML.
(function () {
  "use strict";
  var token = (document.querySelector('meta[name="review-token"]') || {}).content || "";

  function words(text) { return (text || "").toLowerCase().split(/\s+/).filter(Boolean); }

  function setupIndex(table) {
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var texts = {};
    (window.REVIEW_INDEX || []).forEach(function (e) { texts[e.id] = (e.title + " " + e.text).toLowerCase(); });
    var controls = document.querySelectorAll(".filters [data-filter]");
    var shown = document.getElementById("shown");
    function apply() {
      var q = words(document.getElementById("q").value);
      var n = 0;
      rows.forEach(function (row) {
        var ok = true;
        Array.prototype.forEach.call(controls, function (c) {
          var v = c.value.trim().toLowerCase();
          if (!v) return;
          var have = (row.getAttribute("data-" + c.getAttribute("data-filter")) || "").toLowerCase().split("|");
          if (c.getAttribute("data-match") === "part") {
            ok = ok && have.some(function (h) { return h.indexOf(v) >= 0; });
          } else {
            ok = ok && have.indexOf(v) >= 0;
          }
        });
        if (q.length) {
          var t = texts[row.getAttribute("data-id")] || "";
          ok = ok && q.every(function (w) { return t.indexOf(w) >= 0; });
        }
        row.hidden = !ok;
        if (ok) n += 1;
      });
      if (shown) shown.textContent = n + " of " + rows.length + " shown";
    }
    Array.prototype.forEach.call(controls, function (c) { c.addEventListener("input", apply); });
    document.getElementById("q").addEventListener("input", apply);
    Array.prototype.forEach.call(table.tHead.querySelectorAll("th[data-sort]"), function (th) {
      th.tabIndex = 0;
      function sort() {
        var key = th.getAttribute("data-sort"), num = th.hasAttribute("data-num");
        var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
        Array.prototype.forEach.call(table.tHead.querySelectorAll("th"), function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
        rows.sort(function (a, b) {
          var x = a.getAttribute("data-" + key) || "", y = b.getAttribute("data-" + key) || "";
          if (num) { x = parseFloat(x) || 0; y = parseFloat(y) || 0; }
          return (x < y ? -1 : x > y ? 1 : 0) * dir || (a.getAttribute("data-id") < b.getAttribute("data-id") ? -1 : 1);
        });
        rows.forEach(function (r) { table.tBodies[0].appendChild(r); });
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) { if (e.key === "Enter") sort(); });
    });
    apply();
  }

  function post(selected, action, status) {
    var body = {doc_id: document.querySelector("main").getAttribute("data-doc"),
                kind: selected.getAttribute("data-kind"), action: action,
                start: parseInt(selected.getAttribute("data-start"), 10),
                end: parseInt(selected.getAttribute("data-end"), 10)};
    if (action === "rename") body.name = document.getElementById("fix-name").value;
    status.textContent = "saving…";
    fetch("/api/corrections", {method: "POST", body: JSON.stringify(body),
                               headers: {"Content-Type": "application/json", "X-Review-Token": token}})
      .then(function (r) { return r.json().then(function (j) { return [r.ok, j]; }); })
      .then(function (res) {
        status.textContent = res[0] ? "saved: " + action + " (applied by the next make)" : "refused: " + res[1].error;
        if (res[0]) selected.classList.add("corrected-" + action);
      })
      .catch(function (e) { status.textContent = "failed: " + e; });
  }

  function setupStatement(main) {
    var panel = document.getElementById("panel"), selected = null;
    var status = document.getElementById("panel-status");
    var toggle = document.getElementById("toggle-values");
    function toggleValues() {
      var on = document.body.classList.toggle("show-values");
      toggle.setAttribute("aria-pressed", on ? "true" : "false");
      toggle.textContent = on ? "hide values" : "show values";
    }
    toggle.addEventListener("click", toggleValues);
    main.addEventListener("click", function (e) {
      var el = e.target.closest("[data-kind]");
      if (!el) return;
      if (selected) selected.classList.remove("selected");
      selected = el;
      el.classList.add("selected");
      panel.hidden = false;
      document.getElementById("panel-text").textContent = el.getAttribute("title") || el.textContent;
      var actions = document.getElementById("panel-actions");
      actions.hidden = !token || el.classList.contains("removed");
      document.querySelector("#panel .fix").hidden = el.getAttribute("data-kind") !== "organization";
      status.textContent = "";
    });
    Array.prototype.forEach.call(panel.querySelectorAll("button[data-action]"), function (b) {
      b.addEventListener("click", function () { if (selected) post(selected, b.getAttribute("data-action"), status); });
    });
    var paras = Array.prototype.slice.call(main.querySelectorAll(".para[id]")), at = -1;
    document.addEventListener("keydown", function (e) {
      if (e.target.tagName === "INPUT" || e.altKey || e.ctrlKey || e.metaKey) return;
      var link = null;
      if (e.key === "j" || e.key === "ArrowDown" && e.shiftKey) at = Math.min(paras.length - 1, at + 1);
      else if (e.key === "k" || e.key === "ArrowUp" && e.shiftKey) at = Math.max(0, at - 1);
      else if (e.key === "ArrowLeft" || e.key === "p") link = document.querySelector('a[rel="prev"]');
      else if (e.key === "ArrowRight" || e.key === "n") link = document.querySelector('a[rel="next"]');
      else if (e.key === "v") { toggleValues(); return; }
      else if (e.key === "Escape") { panel.hidden = true; return; }
      else return;
      if (link) { window.location.href = link.href; return; }
      if (paras[at]) { paras[at].focus(); paras[at].scrollIntoView({block: "center"}); }
      e.preventDefault();
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var table = document.getElementById("docs");
    if (table) setupIndex(table);
    var main = document.querySelector("main[data-doc]");
    if (main) setupStatement(main);
  });
})();
