// site.js: small enhancements; every page reads fine without it.
(function () {
  "use strict";

  var script = document.currentScript;

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

  // Reading aids on pages with turns. The words come from the script tag (the theme's strings).
  var turns = Array.prototype.slice.call(document.querySelectorAll(".turn[id]"));
  if (turns.length === 0) {
    return;
  }
  var copyLabel = (script && script.getAttribute("data-copy-label")) || "Copy link";
  var copiedLabel = (script && script.getAttribute("data-copied-label")) || "Link copied";
  var failedLabel = (script && script.getAttribute("data-copy-failed-label")) || "Could not copy the link";

  // One polite live region for the page: screen readers hear the confirmation the button shows.
  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  (document.querySelector("main") || document.body).appendChild(status);

  function announce(text) {
    status.textContent = "";
    // A new text node after a tick, so the same message copied twice is announced twice.
    setTimeout(function () { status.textContent = text; }, 50);
  }

  // Older browsers and pages not served over https have no navigator.clipboard: copy from a hidden text box.
  function copyText(text) {
    if (window.isSecureContext && navigator.clipboard && typeof navigator.clipboard.writeText === "function") {
      return navigator.clipboard.writeText(text).catch(function () { return copyWithSelection(text); });
    }
    return copyWithSelection(text);
  }

  function copyWithSelection(text) {
    return new Promise(function (resolve, reject) {
      var box = document.createElement("textarea");
      box.value = text;
      box.setAttribute("readonly", "");
      box.style.position = "fixed";
      box.style.opacity = "0";
      document.body.appendChild(box);
      box.select();
      var copied = false;
      try {
        copied = document.execCommand("copy");
      } catch (error) {
        copied = false;
      }
      document.body.removeChild(box);
      (copied ? resolve : reject)();
    });
  }

  // "Copy link" beside each turn's permalink; the absolute address is also printed (print stylesheet: data-url).
  turns.forEach(function (turn) {
    var permalink = turn.querySelector("a.permalink[href]");
    if (!permalink) {
      return;
    }
    var url = new URL(permalink.getAttribute("href"), location.href).href;
    permalink.setAttribute("data-url", url);
    var button = document.createElement("button");
    button.type = "button";
    button.className = "turn-copy";
    button.textContent = copyLabel;
    var reset = 0;
    button.addEventListener("click", function () {
      copyText(url).then(function () { return copiedLabel; }, function () { return failedLabel; }).then(function (text) {
        button.textContent = text;
        button.classList.add("is-done");
        announce(text);
        clearTimeout(reset);
        reset = setTimeout(function () {
          button.textContent = copyLabel;
          button.classList.remove("is-done");
        }, 2500);
      });
    });
    permalink.insertAdjacentElement("afterend", button);
  });

  // j and k move to the next and previous turn: focused (so Tab goes on from there), scrolled to, and in the
  // address. replaceState, not location.hash: a hash change would also seek the recording of a timed transcript.
  function currentTurn() {
    var active = document.activeElement && document.activeElement.closest && document.activeElement.closest(".turn[id]");
    if (active) {
      return active;
    }
    var hash = decodeURIComponent(location.hash.slice(1));
    var target = hash && document.getElementById(hash);
    if (target && target.matches(".turn[id]") && target.getBoundingClientRect().bottom > 0) {
      return target;
    }
    return null;
  }

  function move(step) {
    var from = currentTurn();
    var index;
    if (from) {
      index = turns.indexOf(from) + step;
    } else {
      // Nothing chosen yet: start from what is on screen (the first turn whose top is below the sticky header).
      var top = parseFloat(getComputedStyle(turns[0]).scrollMarginTop) || 0;
      index = turns.findIndex(function (turn) { return turn.getBoundingClientRect().top >= top - 1; });
      if (index < 0) {
        index = turns.length - 1;
      } else if (step < 0) {
        index -= 1;
      }
    }
    var turn = turns[index];
    if (!turn) {
      return;
    }
    turn.setAttribute("tabindex", "-1");
    turn.focus({ preventScroll: true });
    turn.scrollIntoView({ block: "start", behavior: matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
    history.replaceState(history.state, "", "#" + turn.id);
  }

  document.addEventListener("keydown", function (event) {
    if ((event.key !== "j" && event.key !== "k") || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) {
      return;
    }
    var target = event.target;
    if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || document.querySelector("dialog[open]")) {
      return;
    }
    event.preventDefault();
    move(event.key === "j" ? 1 : -1);
  });
})();
