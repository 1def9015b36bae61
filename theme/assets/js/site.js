// site.js: small enhancements; every page reads fine without it.
(function () {
  "use strict";

  var PALETTE_SIZE = 6;

  // Speaker accents. A speaker keeps one colour on every page: the transcript sidebar lists the speakers in
  // the same order everywhere, so it defines the order; speakers it does not list get the next colours in
  // order of first appearance. A speaker is known by slug (data-speaker) and by the URL of their page.
  // The build numbers the speakers in the same list order for the charts (classes a0..a5, ah for the host;
  // src/Site.Core/Transcripts/Charts/SpeakerAccent.cs): change one and change the other.
  var indexByKey = new Map();
  var hostKeys = new Set();
  var nextIndex = 0;

  function indexOf(key) {
    if (!indexByKey.has(key)) {
      indexByKey.set(key, nextIndex++);
    }
    return indexByKey.get(key);
  }

  function paint(element, key) {
    element.setAttribute("data-accent", String(indexOf(key) % PALETTE_SIZE));
    if (hostKeys.has(key)) {
      element.setAttribute("data-host", "");
    }
  }

  document.querySelectorAll(".transcript-nav [data-speaker]").forEach(function (item) {
    var slug = item.getAttribute("data-speaker");
    var link = item.querySelector("a[href]");
    var index = indexOf(slug);
    if (link) {
      indexByKey.set(link.getAttribute("href"), index);
    }
    if (item.hasAttribute("data-host")) {
      hostKeys.add(slug);
      if (link) {
        hostKeys.add(link.getAttribute("href"));
      }
    }
  });

  document.querySelectorAll("[data-speaker]").forEach(function (element) {
    paint(element, element.getAttribute("data-speaker"));
  });

  // Speaker links outside turns (the guests list) are coloured only when the sidebar named them: a page
  // without it cannot tell the host apart, and a guessed colour would disagree with the other pages.
  document.querySelectorAll("a.speaker[href]").forEach(function (link) {
    var href = link.getAttribute("href");
    if (!link.closest("[data-speaker]") && indexByKey.has(href)) {
      paint(link.closest("li") || link, href);
    }
  });

  // The transcript sidebar is a <details>: open beside the text on wide screens, folded above it on phones.
  var details = document.querySelector(".transcript-nav__details");
  if (details && window.matchMedia) {
    var wide = window.matchMedia("(min-width: 60em)");
    var sync = function () {
      details.open = wide.matches;
    };
    sync();
    if (wide.addEventListener) {
      wide.addEventListener("change", sync);
    }
  }
})();
