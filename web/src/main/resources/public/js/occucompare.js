// OccuCompare: progressive enhancement only. Every form works without this file; with it, inputs marked
// data-autocomplete get suggestions (titles, alternate titles, codes) from GET /api/occupations?q=… in their
// <datalist>, and tables marked data-sortable sort by a column when its heading is clicked (by each cell's data-sort
// number where it has one, else its text; empty cells last), a table that scrolls inside its box can be scrolled from
// the keyboard, and long lists' closed disclosures open for printing (where the print style sheet's
// ::details-content is not understood). Promise .then() rather than async/await, to run in older engines too.
(function () {
  'use strict';
  function attach(input) {
    var list = document.getElementById(input.getAttribute('list'));
    var endpoint = input.getAttribute('data-autocomplete');
    var timer = null;
    var last = '';
    if (!list || !endpoint) {
      return;
    }
    input.addEventListener('input', function () {
      var q = input.value.trim();
      if (q.length < 2 || q === last) {
        return;
      }
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        last = q;
        fetch(endpoint + '?limit=10&q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
          .then(function (response) { return response.ok ? response.json() : { results: [] }; })
          .then(function (body) {
            while (list.firstChild) {
              list.removeChild(list.firstChild);
            }
            body.results.forEach(function (r) {
              var option = document.createElement('option');
              option.value = r.code;
              option.textContent = r.title + (r.matchedTitle ? ' (' + r.matchedTitle + ')' : '');
              list.appendChild(option);
            });
          })
          .catch(function () { /* suggestions are a courtesy; the form still works */ });
      }, 150);
    });
  }
  function key(row, column) {
    var cell = row.cells[column];
    var sort = cell.getAttribute('data-sort');
    return sort === null ? cell.textContent.trim() : (sort === '' ? null : parseFloat(sort));
  }
  function sortable(table) {
    var headings = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headings, function (heading, column) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      while (heading.firstChild) {
        button.appendChild(heading.firstChild);
      }
      heading.appendChild(button);
      button.addEventListener('click', function () {
        var ascending = heading.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(headings, function (h) { h.removeAttribute('aria-sort'); });
        heading.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a, column);
          var y = key(b, column);
          if (x === null || y === null) {
            return x === y ? 0 : (x === null ? 1 : -1);
          }
          var order = typeof x === 'number' ? x - y : x.localeCompare(y);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }
  // A table wider than its box scrolls inside it (.table-wrap). Where one does, the box joins the Tab order as a region
  // named by the table's caption, so keyboard users can scroll it too; where it no longer does (a wider window), it
  // leaves again.
  function scrollable(wrap) {
    var scrolls = wrap.scrollWidth > wrap.clientWidth;
    if (scrolls && !wrap.hasAttribute('tabindex')) {
      var caption = wrap.querySelector('caption');
      wrap.setAttribute('tabindex', '0');
      wrap.setAttribute('role', 'region');
      wrap.setAttribute('aria-label', caption ? caption.textContent.trim() : 'Table');
    } else if (!scrolls && wrap.getAttribute('tabindex') === '0') {
      wrap.removeAttribute('tabindex');
      wrap.removeAttribute('role');
      wrap.removeAttribute('aria-label');
    }
  }
  function scrollables() {
    Array.prototype.forEach.call(document.querySelectorAll('.table-wrap'), scrollable);
  }
  var resizing = null;
  window.addEventListener('resize', function () {
    window.clearTimeout(resizing);
    resizing = window.setTimeout(scrollables, 100);
  });
  // a long list's closed disclosures open for printing, so paper shows every entry, and close again afterwards
  var openedForPrint = [];
  window.addEventListener('beforeprint', function () {
    openedForPrint = Array.prototype.filter.call(document.querySelectorAll('details.more'), function (d) {
      return !d.open;
    });
    openedForPrint.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () {
    openedForPrint.forEach(function (d) { d.open = false; });
    openedForPrint = [];
  });
  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('input[data-autocomplete]'), attach);
    Array.prototype.forEach.call(document.querySelectorAll('table[data-sortable]'), sortable);
    scrollables();
  });
}());
