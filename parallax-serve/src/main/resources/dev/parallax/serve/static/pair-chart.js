// The actor-pair charts, one per direction: each month's events by quad class and their mean
// Goldstein value (right axis), drawn with uPlot from the JSON API. Without script the table below
// shows the same figures; a click on a point opens the events of its month, as the table's links do.
(function () {
  "use strict";
  var QUADS = [
    { label: "Q1 verbal cooperation", stroke: "#2f855a" },
    { label: "Q2 material cooperation", stroke: "#2b6cb0" },
    { label: "Q3 verbal conflict", stroke: "#c05621" },
    { label: "Q4 material conflict", stroke: "#c53030" }
  ];

  function seconds(m) { return Date.UTC(+m.slice(0, 4), +m.slice(5, 7) - 1, 1) / 1000; }

  // every month from the first to the last, so that a month without events shows as zero
  function span(first, last) {
    var out = [];
    var y = +first.slice(0, 4);
    var mo = +first.slice(5, 7);
    for (var m = first; m <= last; m = y + "-" + (mo < 10 ? "0" : "") + mo) {
      out.push(m);
      mo += 1;
      if (mo > 12) { mo = 1; y += 1; }
    }
    return out;
  }

  function chart(el, title, months, monthly, source, target) {
    var byMonth = {};
    monthly.forEach(function (m) { byMonth[m.month] = m; });
    var xs = months.map(seconds);
    var data = [xs];
    QUADS.forEach(function (q, i) {
      data.push(months.map(function (m) { return byMonth[m] ? byMonth[m].quad_classes[i] : 0; }));
    });
    data.push(months.map(function (m) { return byMonth[m] ? byMonth[m].goldstein : null; }));
    var box = document.createElement("figure");
    var caption = document.createElement("figcaption");
    caption.textContent = title;
    box.appendChild(caption);
    el.appendChild(box);
    var series = [{}];
    QUADS.forEach(function (q) {
      series.push({ label: q.label, stroke: q.stroke, scale: "n", points: { show: true } });
    });
    series.push({ label: "mean Goldstein", stroke: "#553c9a", dash: [6, 4], scale: "g",
      spanGaps: false, points: { show: true } });
    var plot = new uPlot({
      width: Math.min(el.clientWidth || 800, 1000),
      height: 240,
      series: series,
      // a month's padding on each side, so that one month is drawn in the middle, not at an edge
      scales: { x: { time: true, range: [xs[0] - 2678400, xs[xs.length - 1] + 2678400] },
        n: { range: function (u, min, max) { return [0, Math.max(1, max)]; } },
        g: { range: [-10, 10] } },
      axes: [{}, { scale: "n", label: "events" }, { scale: "g", side: 1, label: "Goldstein", grid: { show: false } }]
    }, data, box);
    plot.over.addEventListener("click", function () {
      var i = plot.cursor.idx;
      if (i != null && months[i]) {
        location.href = "/actors/" + encodeURIComponent(source) + "?with=" + encodeURIComponent(target)
          + "&month=" + encodeURIComponent(months[i]) + "#month-events";
      }
    });
    return plot;
  }

  function draw(el) {
    var source = el.dataset.source;
    var target = el.dataset.target;
    fetch("/api/actor-pairs/" + encodeURIComponent(source) + "/" + encodeURIComponent(target))
      .then(function (r) {
        if (!r.ok) { throw new Error("the series answered " + r.status); }
        return r.json();
      })
      .then(function (pair) {
        var months = pair.forward_months.concat(pair.backward_months)
          .map(function (m) { return m.month; });
        months.sort();
        if (months.length === 0) { return; }
        months = span(months[0], months[months.length - 1]);
        chart(el, source + " → " + target, months, pair.forward_months, source, target);
        chart(el, target + " → " + source, months, pair.backward_months, source, target);
        el.dataset.drawn = String(pair.forward_months.concat(pair.backward_months)
          .map(function (m) { return m.month; })
          .filter(function (m, i, all) { return all.indexOf(m) === i; }).length);
      })
      .catch(function (e) { el.textContent = "The chart could not be drawn: " + e.message; });
  }
  document.addEventListener("DOMContentLoaded", function () {
    var el = document.getElementById("pair-chart");
    if (el && window.uPlot) { draw(el); }
  });
})();
