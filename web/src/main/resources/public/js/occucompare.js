// OccuCompare: progressive enhancement only. Every form works without this file; with it, inputs marked
// data-autocomplete get suggestions (titles, alternate titles, codes) from GET /api/occupations?q=… in their
// <datalist>. Promise .then() rather than async/await, to run in older engines too.
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
  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('input[data-autocomplete]'), attach);
  });
}());
