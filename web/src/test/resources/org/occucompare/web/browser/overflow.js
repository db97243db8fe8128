// Finds what sticks out of its column, for LayoutBrowserTest. A column is the nearest ancestor that is a flex or
// grid item, a table cell, or the body. Whatever sits inside a container that scrolls or clips (overflow-x other than
// visible, such as .table-wrap) may be as wide as it likes: that container is then what must fit its own column.
// Elements taken out of the flow (position absolute or fixed, such as the skip link) and elements not rendered are
// left out. A function body for WebDriver's executeScript: it returns one line per offender, "what: how far it
// sticks out, and out of what".
var slack = 1;
var offenders = [];
function describe(e) {
  var name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '');
  var css = typeof e.className === 'string' ? e.className.trim() : '';
  return css ? name + '.' + css.split(/\s+/).join('.') : name;
}
function outOfFlow(e) {
  for (var a = e; a && a !== document.body; a = a.parentElement) {
    var position = getComputedStyle(a).position;
    if (position === 'absolute' || position === 'fixed') {
      return true;
    }
  }
  return false;
}
// the nearest column of e, and whether e is inside a scrolling or clipping container on the way to it
function column(e) {
  for (var a = e.parentElement; a; a = a.parentElement) {
    if (a === document.body) {
      return { element: a, inScroller: false };
    }
    var style = getComputedStyle(a);
    if (style.overflowX !== 'visible') {
      return { element: a, inScroller: true };
    }
    var parentDisplay = getComputedStyle(a.parentElement).display;
    if (/flex|grid/.test(parentDisplay) || style.display === 'table-cell') {
      return { element: a, inScroller: false };
    }
  }
  return { element: document.body, inScroller: false };
}
Array.prototype.forEach.call(document.body.querySelectorAll('*'), function (e) {
  var rect = e.getBoundingClientRect();
  if ((rect.width === 0 && rect.height === 0) || !e.checkVisibility() || outOfFlow(e)) {
    return;
  }
  var home = column(e);
  if (home.inScroller) {
    return;
  }
  var box = home.element.getBoundingClientRect();
  if (rect.right > box.right + slack || rect.left < box.left - slack) {
    offenders.push(describe(e) + ': spans ' + Math.round(rect.left) + '–' + Math.round(rect.right)
        + ' px, its column ' + describe(home.element) + ' ' + Math.round(box.left) + '–' + Math.round(box.right));
  }
  // text that does not wrap overflows its element without widening it
  var style = getComputedStyle(e);
  if (style.overflowX === 'visible' && /block|list-item|flow-root|table-cell/.test(style.display)
      && e.scrollWidth > e.clientWidth + slack && e.clientWidth > 0) {
    offenders.push(describe(e) + ': its content is ' + e.scrollWidth + ' px wide in ' + e.clientWidth + ' px');
  }
});
var page = document.documentElement.scrollWidth;
if (page > window.innerWidth) {
  offenders.unshift('the page: ' + page + ' px wide in a ' + window.innerWidth + ' px window');
}
return offenders;
