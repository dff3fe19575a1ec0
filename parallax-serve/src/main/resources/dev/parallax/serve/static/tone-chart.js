// The tone chart of an entity's page: each outlet's mean tone toward the entity per month of the
// stories (-1 to 1), one line per outlet, drawn with uPlot from /api/entities/{id}. Without script
// the table below shows the same figures. Months known only to the year, and undated stories, are
// in the table only.
(function () {
  "use strict";
  var COLOURS = ["#2b6cb0", "#c53030", "#2f855a", "#c05621", "#553c9a", "#b7791f", "#2c7a7b", "#97266d"];

  function seconds(m) { return Date.UTC(+m.slice(0, 4), +m.slice(5, 7) - 1, 1) / 1000; }

  function draw(el) {
    fetch("/api/entities/" + encodeURIComponent(el.dataset.entity) + "?limit=1")
      .then(function (r) {
        if (!r.ok) { throw new Error("the entity answered " + r.status); }
        return r.json();
      })
      .then(function (answer) {
        var cells = answer.tone.filter(function (t) { return t.month && t.month.length === 7; });
        if (cells.length === 0) { return; }
        var months = cells.map(function (t) { return t.month; })
          .filter(function (m, i, all) { return all.indexOf(m) === i; }).sort();
        var outlets = cells.map(function (t) { return t.outlet || "(unknown)"; })
          .filter(function (o, i, all) { return all.indexOf(o) === i; }).sort();
        var data = [months.map(seconds)];
        var series = [{}];
        outlets.forEach(function (o, i) {
          var byMonth = {};
          cells.forEach(function (t) { if ((t.outlet || "(unknown)") === o) { byMonth[t.month] = t.mean; } });
          data.push(months.map(function (m) { return m in byMonth ? byMonth[m] : null; }));
          series.push({ label: o, stroke: COLOURS[i % COLOURS.length], spanGaps: true, points: { show: true } });
        });
        var xs = data[0];
        new uPlot({
          width: Math.min(el.clientWidth || 800, 1000),
          height: 240,
          series: series,
          scales: { x: { time: true, range: [xs[0] - 2678400, xs[xs.length - 1] + 2678400] },
            y: { range: [-1, 1] } },
          axes: [{}, { label: "mean tone" }]
        }, data, el);
        el.dataset.drawn = String(months.length);
      })
      .catch(function (e) { el.textContent = "The chart could not be drawn: " + e.message; });
  }
  document.addEventListener("DOMContentLoaded", function () {
    var el = document.getElementById("tone-chart");
    if (el && window.uPlot) { draw(el); }
  });
})();
