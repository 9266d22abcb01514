// Sorting and filtering of the alliance tables (alliances/index.html), as progressive enhancement: without this
// script each table is complete and sorted by name. It loads nothing and works from file://.
// Column headings become buttons (aria-sort on the <th> tells assistive technology the order); a cell's
// data-sort attribute, when present, is its sort key; a heading's data-sort-type="number" sorts numerically, and
// data-sort-type="written" sorts by the order the rows were written in (briefing writes them by name, with the
// same comparison as every other list of the site).
(function () {
  "use strict";

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function key(row, column, numeric, written) {
    if (written) return Number(row.getAttribute("data-position"));
    var cell = row.cells[column];
    if (!cell) return numeric ? 0 : "";
    var value = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent;
    return numeric ? parseFloat(value) || 0 : fold(value.trim());
  }

  function enhance(table) {
    var body = table.tBodies[0];
    var headings = table.tHead ? table.tHead.rows[0].cells : [];
    var rows = Array.prototype.slice.call(body.rows);
    rows.forEach(function (row, position) { row.setAttribute("data-position", String(position)); });

    function sortBy(column, direction) {
      var type = headings[column].getAttribute("data-sort-type");
      var numeric = type === "number", written = type === "written";
      var sign = direction === "ascending" ? 1 : -1;
      var sorted = Array.prototype.slice.call(body.rows).sort(function (a, b) {
        var x = key(a, column, numeric, written), y = key(b, column, numeric, written);
        if (x < y) return -sign;
        if (x > y) return sign;
        return Number(a.getAttribute("data-position")) - Number(b.getAttribute("data-position"));
      });
      sorted.forEach(function (row) { body.appendChild(row); });
      Array.prototype.forEach.call(headings, function (heading, index) {
        if (index === column) heading.setAttribute("aria-sort", direction);
        else heading.removeAttribute("aria-sort");
      });
    }

    Array.prototype.forEach.call(headings, function (heading, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      while (heading.firstChild) button.appendChild(heading.firstChild);
      heading.appendChild(button);
      button.addEventListener("click", function () {
        sortBy(column, heading.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending");
      });
    });
    if (headings.length) headings[0].setAttribute("aria-sort", "ascending");

    var input = document.querySelector('input[data-filter-table="' + table.id + '"]');
    if (!input) return;
    var tools = input.closest(".table-tools");
    var status = tools ? tools.querySelector(".filter-status") : null;
    if (tools) tools.hidden = false;
    var texts = rows.map(function (row) { return fold(row.textContent); });
    function filter() {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (row, index) {
        var match = words.every(function (word) { return texts[index].indexOf(word) >= 0; });
        row.hidden = !match;
        if (match) shown += 1;
      });
      if (status) status.textContent = words.length ? message.replace("{shown}", digits(shown)).replace("{total}", digits(rows.length)) : "";
    }
    input.addEventListener("input", filter);
    filter();
  }

  // The status line in the page's language: `data-status-message` ("{shown} of {total} shown") and `data-digits`
  // (the ten digits of its numbering system) of this script's element.
  var script = document.currentScript;
  var message = (script && script.getAttribute("data-status-message")) || "{shown} of {total} shown";
  var tenDigits = (script && script.getAttribute("data-digits")) || "";
  function digits(n) {
    var text = String(n);
    if (tenDigits.length !== 10) return text;
    return text.replace(/[0-9]/g, function (d) { return tenDigits.charAt(+d); });
  }

  Array.prototype.forEach.call(document.querySelectorAll("table.sortable-table"), enhance);
})();
