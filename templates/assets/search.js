// Filters the search page's table in place. The page works without this script: every entry is listed.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  var table = document.getElementById("search-results");
  var count = document.getElementById("search-count");
  if (!form || !table || !count) { return; }
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var fields = ["q", "kind", "country", "organization", "status"];
  var params = new URLSearchParams(window.location.search);
  fields.forEach(function (name) {
    if (params.has(name)) { form.elements[name].value = params.get(name); }
  });

  function apply() {
    var words = form.elements.q.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      var match = words.every(function (word) { return row.dataset.text.indexOf(word) !== -1; });
      ["kind", "country", "organization", "status"].forEach(function (name) {
        var wanted = form.elements[name].value;
        if (wanted && row.dataset[name] !== wanted) { match = false; }
      });
      row.hidden = !match;
      if (match) { shown += 1; }
    });
    count.textContent = shown + (shown === 1 ? " entry" : " entries");
    var query = new URLSearchParams();
    fields.forEach(function (name) { if (form.elements[name].value) { query.set(name, form.elements[name].value); } });
    var search = query.toString();
    window.history.replaceState(null, "", search ? "?" + search : window.location.pathname);
  }

  form.addEventListener("input", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
  apply();
})();
