// Parallax report: shows the article a fact was read in, with the fact's span marked.
// A fact link's fragment is #f=ARTICLE:START-END (UTF-16 offsets, as JavaScript indexes strings).
// Text is only ever set with textContent and text nodes, never parsed as HTML.
(function () {
  'use strict';
  var articles = {};
  JSON.parse(document.getElementById('px-bodies').textContent).forEach(function (a) {
    articles[a.id] = a;
  });
  var viewer = document.getElementById('px-viewer');
  var head = document.getElementById('px-viewer-head');
  var body = document.getElementById('px-viewer-body');

  function parse(hash) {
    var m = /^#f=([^:]+):(\d+)-(\d+)$/.exec(hash);
    if (!m) {
      return null;
    }
    try {
      return {id: decodeURIComponent(m[1]), start: Number(m[2]), end: Number(m[3])};
    } catch (e) {
      return null;
    }
  }

  function markLinks(hash) {
    document.querySelectorAll('a.fact.px-active').forEach(function (a) {
      a.classList.remove('px-active');
    });
    document.querySelectorAll('a.fact').forEach(function (a) {
      if (a.getAttribute('href') === hash) {
        a.classList.add('px-active');
      }
    });
  }

  function show() {
    var fact = parse(location.hash);
    if (!fact) {
      return;
    }
    var a = articles[fact.id];
    viewer.hidden = false;
    document.body.classList.remove('px-noview');
    body.textContent = '';
    if (!a || fact.start > fact.end || fact.end > a.body.length) {
      head.textContent = 'This fact points outside the articles of this report.';
      return;
    }
    head.textContent = [a.outlet || 'unknown outlet', a.published || 'undated', a.title || a.id]
        .join(' \u00b7 ');
    body.appendChild(document.createTextNode(a.body.slice(0, fact.start)));
    if (fact.end > fact.start) {
      var mark = document.createElement('mark');
      mark.id = 'px-mark';
      mark.textContent = a.body.slice(fact.start, fact.end);
      body.appendChild(mark);
    }
    body.appendChild(document.createTextNode(a.body.slice(fact.end)));
    markLinks(location.hash);
    var marked = document.getElementById('px-mark');
    if (marked) {
      marked.scrollIntoView({block: 'center'});
    } else {
      viewer.scrollTop = 0;
    }
  }

  // a link to a story or the timeline opens its collapsed section
  function openTarget() {
    var id = location.hash.slice(1);
    if (!id || id.indexOf('f=') === 0) {
      return;
    }
    var target = document.getElementById(id);
    var details = target && target.querySelector('details');
    if (details) {
      details.open = true;
      target.scrollIntoView();
    }
  }

  // a fact link inside a story opens that story when the page is opened on the fact
  function openFact() {
    var fact = parse(location.hash);
    if (!fact) {
      return;
    }
    document.querySelectorAll('a.fact').forEach(function (a) {
      if (a.getAttribute('href') === location.hash) {
        var details = a.closest('details');
        if (details) {
          details.open = true;
        }
      }
    });
  }

  document.body.classList.add('px-noview');
  window.addEventListener('hashchange', function () {
    openTarget();
    openFact();
    show();
  });
  openTarget();
  openFact();
  show();
})();
