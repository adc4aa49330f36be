// Light progressive enhancement: every page works without this file.
(function () {
  "use strict";
  document.querySelectorAll("form[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (ev) {
      if (!window.confirm(form.getAttribute("data-confirm"))) { ev.preventDefault(); }
    });
  });
  document.querySelectorAll("form[data-progress]").forEach(function (form) {
    form.addEventListener("submit", function () {
      var p = form.querySelector(".progress");
      if (p) { p.textContent = form.getAttribute("data-progress"); p.hidden = false; }
      form.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
    });
  });
  // An import's progress: poll its JSON until it finishes, then reload for the final page
  // (without JavaScript the page refreshes itself: <noscript> meta refresh).
  var job = document.querySelector("[data-job-poll]");
  if (job && window.fetch) {
    var states = JSON.parse(job.getAttribute("data-states") || "{}");
    var statuses = JSON.parse(job.getAttribute("data-statuses") || "{}");
    var part = function (name) { return document.querySelector('[data-job="' + name + '"]'); };
    var show = function (j) {
      var bar = part("bar");
      if (bar) { bar.max = j.total || 1; bar.value = j.done; }
      var count = part("count");
      if (count) {
        count.textContent = job.getAttribute("data-of").replace("{n}", j.done).replace("{total}", j.total);
      }
      var status = part("status");
      if (status) { status.textContent = statuses[j.status] || j.status; status.className = "tag job-" + j.status; }
      var current = part("current");
      if (current) {
        current.textContent = j.current === "linking" ? job.getAttribute("data-linking") : (j.current || "");
      }
      j.items.forEach(function (item, i) {
        var row = document.getElementById("item-" + i);
        if (!row) { return; }
        row.className = item.state === "error" ? "error" : (item.state === "ok" ? "ok" : "");
        row.querySelector('[data-item="state"]').textContent = states[item.state] || item.state;
        row.querySelector('[data-item="message"]').textContent = item.message || "";
        row.querySelector('[data-item="claims"]').textContent = item.claims;
      });
    };
    var poll = function () {
      fetch(job.getAttribute("data-job-poll"), { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
        .then(function (j) {
          show(j);
          if (j.finished) { window.location.reload(); } else { window.setTimeout(poll, 700); }
        })
        .catch(function () { window.setTimeout(poll, 3000); });
    };
    window.setTimeout(poll, 300);
  }
  // Bring a linked span into view on the source page.
  if (location.hash) {
    var el = document.getElementById(location.hash.slice(1));
    if (el && el.scrollIntoView) { el.scrollIntoView({ block: "center" }); }
  }
})();
