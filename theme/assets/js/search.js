// search.js: the search dialog (theme/partials/search.html) over Pagefind's JS API.
// Pagefind is imported only when the dialog first opens, from the site's base path, so pages cost nothing until
// someone searches. Pagefind finds pages; on a section page each turn is an anchor of its own (an id and
// data-pagefind-title, the speaker: see Site.Core/Search/IndexSite.cs), so a page found is shown as its turns that
// matched, each landing on the turn's anchor, and the count said is the count listed. The speaker filter keeps pages
// where the speaker spoke; only that speaker's turns are shown from them.
(function () {
  "use strict";

  var dialog = document.getElementById("search-dialog");
  var opener = document.querySelector("[data-search-open]");
  if (!dialog || !opener || typeof dialog.showModal !== "function") {
    return;
  }

  var input = dialog.querySelector("[data-search-input]");
  var status = dialog.querySelector("[data-search-status]");
  var list = dialog.querySelector("[data-search-results]");
  var more = dialog.querySelector("[data-search-more]");
  var selects = Array.prototype.slice.call(dialog.querySelectorAll("[data-search-filter]"));
  var text = dialog.dataset;
  var PAGE_SIZE = 20;
  // Pages opened to list their turns: enough for any query a reader refines, few enough to fetch at once.
  var MAX_PAGES = 100;

  var pagefind = null; // the module once loaded
  var loading = null; // the promise while loading
  var results = []; // what the current search lists: turns, and pages that are not transcripts
  var shown = 0;
  var generation = 0; // guards against an older search finishing after a newer one

  opener.hidden = false;

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, key) {
      return key in values ? values[key] : whole;
    });
  }

  function load() {
    if (!loading) {
      status.textContent = text.textLoading;
      // The index URLs are relative to the site's folder; Pagefind puts the base path before them.
      // A large site's index comes in shards, indexed side by side; shards.json lists those beside the main one.
      var index = dialog.dataset.base + "pagefind/";
      var shards = fetch(index + "shards.json")
        .then(function (response) { return response.ok ? response.json() : []; })
        .catch(function () { return []; });
      var settings = { baseUrl: dialog.dataset.base, excerptLength: 36 };
      loading = import(index + "pagefind.js")
        .then(function (module) {
          return module.options(settings).then(function () {
            return module.init();
          }).then(function () {
            return shards;
          }).then(function (folders) {
            return Promise.all(folders.map(function (folder) {
              return module.mergeIndex(index + folder, settings);
            }));
          }).then(function () {
            return module.filters();
          }).then(function (filters) {
            fillFilters(filters || {});
            pagefind = module;
            status.textContent = "";
            return module;
          });
        })
        .catch(function () {
          status.textContent = text.textUnavailable;
          dialog.classList.add("search-dialog--unavailable");
          input.disabled = true;
          selects.forEach(function (select) { select.disabled = true; });
          return null;
        });
    }
    return loading;
  }

  function fillFilters(filters) {
    selects.forEach(function (select) {
      var counts = filters[select.dataset.searchFilter] || {};
      var names = Object.keys(counts).sort(function (a, b) {
        return a.localeCompare(b, document.documentElement.lang || undefined, { numeric: true });
      });
      var common = commonTitle(names);
      names.forEach(function (name) {
        var option = document.createElement("option");
        option.value = name;
        // Pagefind counts the pages a value is on, not the turns the list would show, so no number is given.
        option.textContent = name.slice(common.length);
        select.appendChild(option);
      });
      select.closest(".search-filter").hidden = names.length === 0;
    });
  }

  // Sections are filtered as "Transcript · 01 Section"; with one transcript the title says nothing, so it is not shown.
  function commonTitle(names) {
    if (names.length === 0) {
      return "";
    }
    var prefix = names[0];
    names.forEach(function (name) {
      while (name.indexOf(prefix) !== 0) {
        prefix = prefix.slice(0, -1);
      }
    });
    var cut = prefix.lastIndexOf(" · ");
    return cut < 0 ? "" : prefix.slice(0, cut + 3);
  }

  function chosenFilters() {
    var filters = {};
    selects.forEach(function (select) {
      if (select.value) {
        filters[select.dataset.searchFilter] = select.value;
      }
    });
    return filters;
  }

  function open() {
    if (dialog.open) {
      return;
    }
    dialog.showModal();
    input.focus();
    input.select();
    load().then(function (module) {
      // Reopened on the same words: keep the list (and the reader's place in it) instead of building it again.
      if (module && (input.value.trim() || Object.keys(chosenFilters()).length) && currentKey() !== shownKey) {
        search(0);
      }
    });
  }

  // What the list on screen was searched for: the words and the filters.
  var shownKey = null;
  var shownIds = null;

  function currentKey() {
    return input.value.trim() + "\u0000" + JSON.stringify(chosenFilters());
  }

  function clear() {
    shownKey = null;
    shownIds = null;
    list.removeAttribute("data-query");
    results = [];
    shown = 0;
    list.replaceChildren();
    more.hidden = true;
    dialog.classList.remove("search-dialog--empty");
  }

  function search(delay) {
    if (!pagefind) {
      return;
    }
    var query = input.value.trim();
    var filters = chosenFilters();
    var filtered = Object.keys(filters).length > 0;
    var mine = ++generation;
    if (!query && !filtered) {
      clear();
      status.textContent = "";
      return;
    }
    // With a filter but no words, list everything the filter keeps (Pagefind searches with a null term for that).
    var run = delay > 0
      ? pagefind.debouncedSearch(query || null, { filters: filters }, delay)
      : pagefind.search(query || null, { filters: filters });
    run.then(function (found) {
      if (!found || mine !== generation) {
        return null; // superseded by a newer keystroke
      }
      // The list shows turns, not the pages Pagefind found, so the best pages are opened at once and the count
      // is that of the turns (and other pages) they give: the number the reader is told is the number listed.
      return Promise.all(found.results.slice(0, MAX_PAGES).map(function (result) { return result.data(); }));
    }).then(function (pages) {
      if (!pages || mine !== generation) {
        return;
      }
      var found = [];
      pages.forEach(function (page) {
        found.push.apply(found, shownItems(page, filters.speaker, query));
      });
      var key = query + "\u0000" + JSON.stringify(filters);
      var ids = found.map(function (item) { return item.url; }).join("\n");
      if (ids.length > 0 && ids === shownIds) {
        // Same results as on screen (typing on from "V-JEP" to "V-JEPA"): keep the list and the reader's focus.
        shownKey = key;
        results = found;
        list.dataset.query = query;
        return;
      }
      clear();
      shownKey = key;
      shownIds = ids;
      list.dataset.query = query;
      results = found;
      if (results.length === 0) {
        status.textContent = query ? format(text.textNone, { q: query }) : text.textNoneFiltered;
        dialog.classList.add("search-dialog--empty");
        return;
      }
      status.textContent = results.length === 1 ? text.textCountOne : format(text.textCount, { n: results.length });
      showMore();
    });
  }

  function showMore() {
    var next = results.slice(shown, shown + PAGE_SIZE);
    shown += next.length;
    more.hidden = shown >= results.length;
    next.forEach(function (item) {
      list.appendChild(render(item));
    });
  }

  // What one page found shows: its turns that matched (on a section page), else the page itself. A speaker filter
  // keeps the pages where that speaker spoke, so only their turns are taken from them.
  function shownItems(item, speaker, query) {
    var turns = (item.anchors || []).filter(function (anchor) { return anchor.title; });
    if (turns.length === 0) {
      return [item];
    }
    var section = item.filters && item.filters.section ? item.filters.section[0] : item.meta.title;
    var subs = item.sub_results.filter(function (sub) { return sub.anchor && sub.anchor.title; });
    if (!query) {
      // Filtered without words: Pagefind marks no word, so every turn of the page is listed.
      subs = turns.map(function (anchor) {
        return { url: item.url + "#" + anchor.id, anchor: anchor, excerpt: "" };
      });
    }
    return subs
      .filter(function (sub) { return !speaker || sub.anchor.title === speaker; })
      .map(function (sub) {
        return { url: sub.url, excerpt: sub.excerpt, meta: { speaker: sub.anchor.title, section: section } };
      });
  }

  function render(item) {
    var meta = item.meta || {};
    var isTurn = Boolean(meta.speaker);
    var li = document.createElement("li");
    li.className = "search-result" + (isTurn ? " search-result--turn" : " search-result--page");
    var link = document.createElement("a");
    link.className = "search-result__link";
    link.href = item.url;
    var head = document.createElement("span");
    head.className = "search-result__head";
    var badge = document.createElement("span");
    badge.className = isTurn ? "search-result__speaker" : "search-result__kind";
    badge.textContent = isTurn ? meta.speaker : text.textPage;
    var title = document.createElement("span");
    title.className = "search-result__title";
    title.textContent = isTurn ? meta.section || meta.title : meta.title || item.url;
    head.append(badge, title);
    var excerpt = document.createElement("span");
    excerpt.className = "search-result__excerpt";
    // Pagefind escapes the text of excerpts and adds only <mark> around the words found.
    excerpt.innerHTML = joinMarks(item.excerpt);
    link.append(head, excerpt);
    li.appendChild(link);
    return li;
  }

  // Pagefind marks each segmented word of a Chinese match on its own (<mark>数据</mark><mark>飞</mark><mark>轮</mark>);
  // one mark per run reads as the one term the reader typed.
  function joinMarks(html) {
    return html.replace(/<\/mark><mark>/g, "");
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll(".search-result__link"));
  }

  function move(from, step) {
    var all = links();
    var index = all.indexOf(from) + step;
    if (index < 0) {
      input.focus();
    } else if (index < all.length) {
      all[index].focus();
      all[index].scrollIntoView({ block: "nearest" });
    }
  }

  opener.addEventListener("click", open);
  dialog.querySelector("[data-search-close]").addEventListener("click", function () {
    dialog.close();
  });
  // A click on the backdrop (the dialog element itself, outside its box) closes it.
  dialog.addEventListener("click", function (event) {
    if (event.target === dialog) {
      dialog.close();
    }
  });
  // Focus goes back to the button, without scrolling: a result on this page has just scrolled its turn into view.
  dialog.addEventListener("close", function () {
    opener.focus({ preventScroll: true });
  });

  // Escape always closes: in a search box Chromium would only clear the words on the first press.
  dialog.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      event.preventDefault();
      dialog.close();
    }
  });

  input.addEventListener("input", function () {
    search(200);
  });
  selects.forEach(function (select) {
    select.addEventListener("change", function () {
      search(0);
    });
  });
  more.addEventListener("click", function () {
    var first = shown;
    showMore();
    // Keep the keyboard where the new results start once they are drawn.
    requestAnimationFrame(function () {
      var all = links();
      if (all[first]) {
        all[first].focus();
      }
    });
  });

  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      move(null, 1);
    } else if (event.key === "Enter") {
      event.preventDefault();
      var first = links()[0];
      if (first) {
        first.click();
      }
    }
  });

  list.addEventListener("keydown", function (event) {
    var link = event.target.closest(".search-result__link");
    if (!link) {
      return;
    }
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      move(link, event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      input.focus(); // typing goes on in the box
    }
  });

  // Following a result on the same page only changes the hash: the dialog must get out of the way of the turn.
  list.addEventListener("click", function (event) {
    if (event.target.closest(".search-result__link")) {
      dialog.close();
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || dialog.open) {
      return;
    }
    var target = event.target;
    if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) {
      return;
    }
    event.preventDefault();
    open();
  });
})();
