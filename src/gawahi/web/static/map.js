// Offline map: Leaflet (from the xstatic-leaflet package) with no tile layer at all. Points are
// drawn on a plain background with a 1-degree graticule and Pakistan's approximate bounding
// box, so the page never contacts a tile server.
(function () {
  "use strict";
  var el = document.getElementById("map");
  var data = document.getElementById("points");
  if (!el || !data || typeof L === "undefined") { return; }
  var points = JSON.parse(data.textContent || "[]");
  var map = L.map(el, { attributionControl: false, zoomSnap: 0.25 });
  var bounds = L.latLngBounds([[23.5, 60.8], [37.1, 77.8]]);
  for (var lat = 23; lat <= 38; lat += 1) {
    L.polyline([[lat, 60], [lat, 78]], { color: "#c9d2d9", weight: 0.6, interactive: false }).addTo(map);
  }
  for (var lon = 60; lon <= 78; lon += 1) {
    L.polyline([[23, lon], [38, lon]], { color: "#c9d2d9", weight: 0.6, interactive: false }).addTo(map);
  }
  L.rectangle(bounds, { color: "#8aa0b0", weight: 1, fill: false, dashArray: "4 4", interactive: false }).addTo(map);
  points.forEach(function (p) {
    var r = 4 + Math.min(18, Math.sqrt(p.n) * 3);
    var m = L.circleMarker([p.lat, p.lon], { radius: r, color: "#1f5f8b", weight: 1, fillColor: "#1f5f8b", fillOpacity: 0.45 });
    var a = document.createElement("div");
    var title = document.createElement("b");
    title.textContent = (p.place || "?") + " — " + p.n + " incident(s), deaths " + (p.low === p.high ? p.low : p.low + "–" + p.high);
    a.appendChild(title);
    p.ids.forEach(function (id) {
      var link = document.createElement("a");
      link.href = "/incidents/" + id; link.textContent = " #" + id;
      a.appendChild(link);
    });
    m.bindPopup(a);
    m.bindTooltip(p.place || "");
    m.addTo(map);
    bounds.extend([p.lat, p.lon]);
  });
  map.fitBounds(bounds, { padding: [10, 10] });
})();
