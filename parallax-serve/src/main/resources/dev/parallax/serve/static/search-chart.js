// The search page's attention chart: the query's articles per month and their share of all the
// month's articles, drawn with uPlot from the table below it (which is all a browser without script
// shows). A click on a month opens its row.
(function () {
  "use strict";
  function draw(el, table) {
    var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr"));
    if (rows.length === 0) { return; }
    var months = rows.map(function (r) { return r.dataset.month; });
    var xs = months.map(function (m) { return Date.UTC(+m.slice(0, 4), +m.slice(5, 7) - 1, 1) / 1000; });
    var counts = rows.map(function (r) { return +r.dataset.count; });
    var shares = rows.map(function (r) { return 100 * +r.dataset.share; });
    var chart = new uPlot({
      width: Math.min(el.clientWidth || 400, 1000),
      height: 220,
      series: [
        {},
        { label: "articles", stroke: "#c05621", points: { show: true }, scale: "n" },
        { label: "% of all", stroke: "#2b6cb0", points: { show: true }, scale: "%" }
      ],
      axes: [{}, { scale: "n", label: "articles" }, { scale: "%", side: 1, label: "%", grid: { show: false } }]
    }, [xs, counts, shares], el);
    chart.over.addEventListener("click", function () {
      var i = chart.cursor.idx;
      if (i != null && rows[i]) {
        rows[i].id = "m-" + months[i];
        location.hash = "m-" + months[i];
      }
    });
    el.dataset.drawn = String(months.length);
  }
  document.addEventListener("DOMContentLoaded", function () {
    var el = document.getElementById("attention-chart");
    var table = document.getElementById("attention");
    if (el && table && window.uPlot) { draw(el, table); }
  });
})();
