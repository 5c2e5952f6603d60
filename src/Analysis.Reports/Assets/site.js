// GP practice scorecards: the search box. Reads window.analysisSearchIndex (assets/search-index.js, loaded by a
// script tag so it works from file://) and lists matching practices and areas as links relative to this page.
(function () {
  'use strict';
  var input = document.getElementById('search');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  if (!input || !list || !status) { return; }
  var root = document.body.getAttribute('data-root') || '';
  var index = window.analysisSearchIndex || [];
  var limit = 12;

  function score(entry, query) {
    var code = entry[0].toLowerCase();
    var name = entry[1].toLowerCase();
    if (code === query) { return 0; }
    if (code.indexOf(query) === 0) { return 1; }
    if (name.indexOf(query) === 0) { return 2; }
    if (name.indexOf(query) >= 0) { return 3; }
    return -1;
  }

  function search(text) {
    var query = text.trim().toLowerCase();
    if (query.length === 0) { return []; }
    var found = [];
    for (var i = 0; i < index.length; i++) {
      var s = score(index[i], query);
      if (s >= 0) { found.push([s, i]); }
    }
    found.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    return found.map(function (f) { return index[f[1]]; });
  }

  function render() {
    var matches = search(input.value);
    while (list.firstChild) { list.removeChild(list.firstChild); }
    matches.slice(0, limit).forEach(function (entry) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = root + entry[3];
      link.textContent = entry[0] + ' ' + entry[1];
      var kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = entry[2];
      link.appendChild(kind);
      item.appendChild(link);
      list.appendChild(item);
    });
    if (input.value.trim().length === 0) {
      status.textContent = '';
    } else if (matches.length === 0) {
      status.textContent = 'No practice or area matches.';
    } else {
      status.textContent = matches.length + (matches.length === 1 ? ' match' : ' matches') + (matches.length > limit ? ', showing the first ' + limit : '') + '.';
    }
  }

  input.addEventListener('input', render);
  input.form.addEventListener('submit', function (event) {
    event.preventDefault();
    var first = list.querySelector('a');
    if (first) { window.location.href = first.href; }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && document.activeElement && list.contains(document.activeElement)) { input.focus(); }
    if (event.key === 'Escape' && document.activeElement === input) { input.value = ''; render(); }
  });
})();
