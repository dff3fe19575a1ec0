// The actor-pair chart: monthly event counts in both directions, drawn with uPlot from the JSON
// API. Without script the table below it shows the same counts; a click on a month opens its row.
(function () {
  "use strict";
  function draw(el) {
    var source = el.dataset.source;
    var target = el.dataset.target;
    fetch("/api/actor-pairs/" + encodeURIComponent(source) + "/" + encodeURIComponent(target))
      .then(function (r) {
        if (!r.ok) { throw new Error("the series answered " + r.status); }
        return r.json();
      })
      .then(function (pair) {
        var months = Object.keys(pair.forward).concat(Object.keys(pair.backward));
        months = months.filter(function (m, i) { return months.indexOf(m) === i; }).sort();
        if (months.length === 0) { return; }
        var xs = months.map(function (m) { return Date.UTC(+m.slice(0, 4), +m.slice(5, 7) - 1, 1) / 1000; });
        var forward = months.map(function (m) { return pair.forward[m] || 0; });
        var backward = months.map(function (m) { return pair.backward[m] || 0; });
        var chart = new uPlot({
          width: Math.min(el.clientWidth || 800, 1000),
          height: 260,
          series: [
            {},
            { label: source + " → " + target, stroke: "#c05621", points: { show: true } },
            { label: target + " → " + source, stroke: "#2b6cb0", points: { show: true } }
          ],
          axes: [{}, { label: "events" }]
        }, [xs, forward, backward], el);
        chart.over.addEventListener("click", function () {
          var i = chart.cursor.idx;
          if (i != null && months[i]) { location.hash = "m-" + months[i]; }
        });
        el.dataset.drawn = String(months.length);
      })
      .catch(function (e) { el.textContent = "The chart could not be drawn: " + e.message; });
  }
  document.addEventListener("DOMContentLoaded", function () {
    var el = document.getElementById("pair-chart");
    if (el && window.uPlot) { draw(el); }
  });
})();
