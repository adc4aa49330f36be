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
  // Bring a linked span into view on the source page.
  if (location.hash) {
    var el = document.getElementById(location.hash.slice(1));
    if (el && el.scrollIntoView) { el.scrollIntoView({ block: "center" }); }
  }
})();
