// Batch report index: sorts the ranked table by a column and filters it by outcome, in the browser, with no
// data of its own: it reads the rows' data-* attributes. Copied as it is (not a template). Without script the
// table stays in rank order and complete. The sort and filter chosen are kept for the tab (sessionStorage), so
// coming back from an explanation page finds the table as it was left.
(function () {
  'use strict';
  var table = document.getElementById('ranking');
  var body = table.tBodies[0];
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var filter = document.getElementById('outcome-filter');
  var shownCount = document.getElementById('shown-count');
  var rows = Array.prototype.slice.call(body.rows);
  var stateKey = 'rubric-report:' + location.pathname;

  // Each key gives a number or a string; an unknown score is null and sorts last in both directions.
  var keys = {
    rank: function (row) { return Number(row.dataset.rank); },
    dossier: function (row) { return row.cells[1].textContent; },
    outcome: function (row) { return Number(row.dataset.order); },
    score: function (row) { return row.dataset.score === '' ? null : Number(row.dataset.score); },
    missing: function (row) { return Number(row.dataset.missing); }
  };

  function sortBy(key, direction) {
    var get = keys[key];
    var sign = direction === 'descending' ? -1 : 1;
    var decorated = rows.map(function (row) { return { key: get(row), rank: Number(row.dataset.rank), row: row }; });
    decorated.sort(function (a, b) {
      if (a.key === null || b.key === null) {
        return a.key === b.key ? a.rank - b.rank : (a.key === null ? 1 : -1);
      }
      var order = a.key < b.key ? -1 : (a.key > b.key ? 1 : 0);
      return order !== 0 ? sign * order : a.rank - b.rank; // ties keep the rank order
    });
    rows = decorated.map(function (d) { return d.row; });
    var fragment = document.createDocumentFragment();
    rows.forEach(function (row) { fragment.appendChild(row); });
    body.appendChild(fragment);
    headers.forEach(function (th) {
      if (th.dataset.key === key) { th.setAttribute('aria-sort', direction); } else { th.removeAttribute('aria-sort'); }
    });
  }

  function applyFilter() {
    var outcome = filter.value;
    var shown = 0;
    rows.forEach(function (row) {
      var hide = outcome !== '' && row.dataset.outcome !== outcome;
      row.hidden = hide;
      if (!hide) { shown++; }
    });
    shownCount.textContent = String(shown);
  }

  function current() {
    var sorted = headers.filter(function (th) { return th.hasAttribute('aria-sort'); })[0];
    return { key: sorted.dataset.key, direction: sorted.getAttribute('aria-sort'), outcome: filter.value };
  }

  function save() {
    try { sessionStorage.setItem(stateKey, JSON.stringify(current())); } catch (e) { /* storage off: state is not kept */ }
  }

  headers.forEach(function (th) {
    th.querySelector('button').addEventListener('click', function () {
      var now = th.getAttribute('aria-sort');
      var direction = now ? (now === 'ascending' ? 'descending' : 'ascending') : (th.dataset.first || 'ascending');
      sortBy(th.dataset.key, direction);
      save();
    });
  });
  filter.addEventListener('change', function () { applyFilter(); save(); });

  var saved = null;
  try { saved = JSON.parse(sessionStorage.getItem(stateKey) || 'null'); } catch (e) { saved = null; }
  if (saved && keys[saved.key]) {
    sortBy(saved.key, saved.direction === 'descending' ? 'descending' : 'ascending');
    filter.value = saved.outcome;
    if (filter.value !== saved.outcome) { filter.value = ''; }
  }
  // A link back to a row (index.html#r12) shows that row, even when the kept filter would hide it.
  var target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
  if (target && filter.value !== '' && target.dataset.outcome !== filter.value) { filter.value = ''; }
  applyFilter();
  if (target) { target.scrollIntoView(); }
}());
