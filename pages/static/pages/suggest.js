// Autocomplete for the search box, as a progressive enhancement: without JavaScript
// the box is a plain search form. With it, the words typed ask the API's @suggest
// (page titles and taxonomy names) and the answers fill a <datalist>, which the
// browser offers as the input's list (an accessible combobox, keyboard included).
(function () {
  "use strict";
  var input = document.querySelector("input[data-suggest-url]");
  if (!input || !window.fetch) return;
  var list = document.createElement("datalist");
  list.id = input.id + "-suggestions";
  input.parentNode.appendChild(list);
  input.setAttribute("list", list.id);
  var timer = null;
  var last = "";
  function show(items) {
    list.textContent = "";
    items.forEach(function (item) {
      var option = document.createElement("option");
      option.value = item.title;
      list.appendChild(option);
    });
  }
  function ask() {
    var text = input.value.trim();
    if (text.length < 2 || text === last) return;
    last = text;
    var url = input.getAttribute("data-suggest-url") + "?q=" + encodeURIComponent(text);
    fetch(url, { headers: { Accept: "application/json" } })
      .then(function (reply) { return reply.ok ? reply.json() : { items: [] }; })
      .then(function (data) { if (input.value.trim() === text) show(data.items || []); })
      .catch(function () { show([]); });
  }
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 150);
  });
})();
