// Autocomplete for the search boxes (the header's on every page, the search page's),
// as a progressive enhancement: without JavaScript each box is a plain GET form. With
// it, the words typed ask the API's @suggest in the page's language and the answers
// show as an ARIA 1.2 combobox: a listbox under the box, arrow keys move through it
// (aria-activedescendant), Enter picks, Escape closes, a live status says how many.
// Translated labels come from this script's data-* attributes (cms/templates/base.html).
(function () {
  "use strict";
  var script = document.currentScript;
  if (!window.fetch || !script) return;
  var labels = {
    list: script.getAttribute("data-label") || "Suggestions",
    count: script.getAttribute("data-count") || "Suggestions: {count}",
    none: script.getAttribute("data-none") || "No suggestions",
  };

  function enhance(input) {
    var list = document.createElement("ul");
    var status = document.createElement("span");
    var timer = null, asked = "", active = -1, items = [];
    list.id = input.id + "-suggestions";
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", labels.list);
    list.hidden = true;
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("autocomplete", "off");
    input.parentNode.classList.add("has-suggestions");
    input.parentNode.appendChild(list);
    input.parentNode.appendChild(status);

    function close() {
      list.hidden = true;
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }
    function mark(index) {
      var options = list.children;
      for (var i = 0; i < options.length; i++) {
        options[i].setAttribute("aria-selected", i === index ? "true" : "false");
      }
      active = index;
      if (index < 0) input.removeAttribute("aria-activedescendant");
      else input.setAttribute("aria-activedescendant", options[index].id);
    }
    function pick(index) {
      input.value = items[index].title;
      close();
      if (input.form) input.form.requestSubmit ? input.form.requestSubmit() : input.form.submit();
    }
    function show(found) {
      items = found;
      list.textContent = "";
      found.forEach(function (item, i) {
        var option = document.createElement("li");
        option.id = list.id + "-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = item.title;
        option.addEventListener("mousedown", function (event) { event.preventDefault(); });
        option.addEventListener("click", function () { pick(i); });
        list.appendChild(option);
      });
      status.textContent = found.length ? labels.count.replace("{count}", found.length) : labels.none;
      if (!found.length) return close();
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      mark(-1);
    }
    function ask() {
      var text = input.value.trim();
      if (text.length < 2) { asked = ""; return close(); }
      if (text === asked) return;
      asked = text;
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
    input.addEventListener("keydown", function (event) {
      var open = !list.hidden && items.length;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (!open) return;
        event.preventDefault();
        // Down from the box goes to the first option, past the last back to the box.
        var next = active + (event.key === "ArrowDown" ? 1 : -1);
        if (next < -1) next = items.length - 1;
        if (next >= items.length) next = -1;
        mark(next);
      } else if (event.key === "Enter" && open && active >= 0) {
        event.preventDefault();
        pick(active);
      } else if (event.key === "Escape" && open) {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener("blur", close);
  }

  var inputs = document.querySelectorAll("input[data-suggest-url]");
  for (var i = 0; i < inputs.length; i++) enhance(inputs[i]);
})();
