// player.js: the recording beside a timed transcript. Without it the page is a plain transcript whose times
// are links to their turns. With it: a turn's time plays from there, the turn being spoken is highlighted and
// kept in view, an address with #t=75, #t=1:15, #t=1:02:03, #t=12.5,17.2 (or ?t=) or a turn's anchor seeks on
// load (playing waits for the reader: browsers block autoplay), and a selection offers a link to that passage.
(function () {
  "use strict";

  var element = document.querySelector("[data-player] .player__media");
  if (!element) {
    return;
  }
  var media = element.hasAttribute("data-youtube") ? youTubeMedia(element) : element;
  var script = document.currentScript || document.querySelector("script[data-share-label]");
  var turns = Array.prototype.slice.call(document.querySelectorAll(".turn[data-start]"));
  var starts = turns.map(function (turn) { return parseFloat(turn.getAttribute("data-start")); });
  var current = null;
  var stopAt = null;
  var lastReaderScroll = -Infinity;
  var scrollingOurselves = false;
  var scrollSettle = 0;
  var READER_SCROLL_MS = 4000;

  // The player's height keeps the turns it would cover clear of it when scrolled to.
  var player = element.closest("[data-player]");
  function measure() {
    document.documentElement.style.setProperty("--player-h", player.offsetHeight + "px");
  }
  measure();
  window.addEventListener("resize", measure);
  document.documentElement.classList.add("has-player");

  // YouTube's embed behind the members of a media element this script uses, driven by the iframe API
  // (developers.google.com/youtube/iframe_api_reference). Until the API is ready nothing is loaded: a seek waits for
  // "loadedmetadata" and a play is kept for then, as with an audio element. Without the API the embed still plays.
  function youTubeMedia(iframe) {
    var events = document.createElement("span");
    var api = null;
    var ready = false;
    var state = -1;
    var playWhenReady = false;
    var ticking = 0;
    function fire(name) {
      events.dispatchEvent(new Event(name));
    }
    var adapter = {
      preload: "metadata",
      networkState: 1,
      seeking: false,
      get readyState() { return ready ? 1 : 0; },
      get paused() { return state !== 1 && state !== 3; }, // YT.PlayerState.PLAYING, BUFFERING
      get currentTime() { return ready ? api.getCurrentTime() : 0; },
      set currentTime(time) {
        if (ready) {
          api.seekTo(time, true);
          fire("seeked");
        }
      },
      play: function () {
        if (ready) {
          api.playVideo();
        } else {
          playWhenReady = true;
        }
        return Promise.resolve();
      },
      pause: function () {
        playWhenReady = false;
        if (ready) {
          api.pauseVideo();
        }
      },
      load: function () {},
      addEventListener: function (name, listener, options) { events.addEventListener(name, listener, options); }
    };
    function start() {
      api = new window.YT.Player(iframe, {
        events: {
          onReady: function () {
            ready = true;
            fire("loadedmetadata");
            if (playWhenReady) {
              playWhenReady = false;
              api.playVideo();
            }
          },
          // The embed sends no time updates: poll while it plays, as often as an audio element reports.
          onStateChange: function (event) {
            state = event.data;
            clearInterval(ticking);
            if (!adapter.paused) {
              ticking = setInterval(function () { fire("timeupdate"); }, 250);
            }
            fire("timeupdate");
          }
        }
      });
    }
    if (window.YT && window.YT.Player) {
      start();
    } else {
      var previous = window.onYouTubeIframeAPIReady;
      window.onYouTubeIframeAPIReady = function () {
        if (typeof previous === "function") {
          previous();
        }
        start();
      };
      var loader = document.createElement("script");
      loader.src = "https://www.youtube.com/iframe_api";
      document.head.appendChild(loader);
    }
    return adapter;
  }

  // "75", "1:15", "1:02:03", "12.5" as seconds; NaN otherwise.
  function parseTime(text) {
    if (!/^\d+(\.\d+)?$|^\d+(:\d{1,2}){1,2}(\.\d+)?$/.test(text)) {
      return NaN;
    }
    return text.split(":").reduce(function (total, part) { return total * 60 + parseFloat(part); }, 0);
  }

  function turnEnd(index) {
    var end = parseFloat(turns[index].getAttribute("data-end"));
    return isNaN(end) ? (index + 1 < turns.length ? starts[index + 1] : Infinity) : end;
  }

  function turnAt(time) {
    var found = -1;
    for (var index = 0; index < turns.length; index++) {
      if (starts[index] <= time + 0.05) {
        found = index;
      }
    }
    return found >= 0 ? turns[found] : null;
  }

  function highlight(turn, follow) {
    if (turn === current) {
      return;
    }
    if (current) {
      current.classList.remove("is-current");
      current.removeAttribute("aria-current");
    }
    current = turn;
    if (!turn) {
      return;
    }
    turn.classList.add("is-current");
    turn.setAttribute("aria-current", "true");
    if (follow && Date.now() - lastReaderScroll > READER_SCROLL_MS) {
      var box = turn.getBoundingClientRect();
      if (box.top < player.getBoundingClientRect().bottom || box.bottom > window.innerHeight) {
        scrollingOurselves = true;
        turn.scrollIntoView({ block: "start", behavior: matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
      }
    }
  }

  // Seeks once the recording knows its length; before that, setting the time may be lost.
  function seek(time, end) {
    stopAt = end > time ? end : null;
    var go = function () { media.currentTime = time; };
    if (media.readyState >= 1) {
      go();
    } else {
      media.addEventListener("loadedmetadata", go, { once: true });
      if (media.preload === "none" || media.networkState === 0) {
        media.load();
      }
    }
    highlight(turnAt(time), false);
  }

  function play() {
    var playing = media.play();
    if (playing && playing.catch) {
      playing.catch(function () { /* blocked or interrupted: the controls are there */ });
    }
  }

  // A time link: seek and play; the address becomes the turn's, ready to be copied.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.turn-time");
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    var turn = link.closest(".turn[data-start]");
    var href = link.getAttribute("href") || "";
    if (!turn || href.charAt(0) !== "#") {
      return; // a turn on another page (speaker pages): follow the link, that page seeks on load
    }
    event.preventDefault();
    history.replaceState(null, "", href);
    seek(parseFloat(turn.getAttribute("data-start")), null);
    play();
  });

  // Where the source had word times, the word being spoken too (a word cut by a term link's edge is two spans
  // with one time).
  var words = [];
  function highlightWord(time) {
    words.forEach(function (word) { word.classList.remove("is-current-word"); });
    words = [];
    if (!current) {
      return;
    }
    var spoken = null;
    Array.prototype.forEach.call(current.querySelectorAll("[data-t]"), function (word) {
      if (parseFloat(word.getAttribute("data-t")) <= time + 0.05) {
        spoken = word.getAttribute("data-t");
      }
    });
    if (spoken !== null) {
      words = Array.prototype.slice.call(current.querySelectorAll('[data-t="' + spoken + '"]'));
      words.forEach(function (word) { word.classList.add("is-current-word"); });
    }
  }

  function follow(playing) {
    highlight(turnAt(media.currentTime), playing);
    highlightWord(media.currentTime);
  }

  media.addEventListener("timeupdate", function () {
    if (stopAt !== null && media.currentTime >= stopAt) {
      stopAt = null;
      media.pause();
    }
    if (!media.paused || media.seeking) {
      follow(!media.paused);
    }
  });
  media.addEventListener("seeked", function () { follow(false); });

  // Scrolling by the reader pauses following for a few seconds; our own scrolling does not count.
  function readerScrolled() { lastReaderScroll = Date.now(); }
  ["wheel", "touchmove"].forEach(function (name) { window.addEventListener(name, readerScrolled, { passive: true }); });
  window.addEventListener("keydown", function (event) {
    if (/^(Arrow(Up|Down)|Page(Up|Down)|Home|End| )$/.test(event.key) && event.target === document.body) {
      readerScrolled();
    }
  });
  window.addEventListener("scroll", function () {
    if (scrollingOurselves) {
      clearTimeout(scrollSettle);
      scrollSettle = setTimeout(function () { scrollingOurselves = false; }, 150);
    }
  }, { passive: true });

  // The address: #t=... (media fragment), ?t=..., or a turn's own anchor.
  function seekToAddress() {
    var hash = decodeURIComponent(location.hash.slice(1));
    var query = new URLSearchParams(location.search).get("t");
    var spec = /^t=/.test(hash) ? hash.slice(2) : query;
    if (spec) {
      var parts = spec.split(",");
      var start = parseTime(parts[0]);
      if (!isNaN(start)) {
        var end = parts.length > 1 ? parseTime(parts[1]) : NaN;
        seek(start, isNaN(end) ? null : end);
        var turn = turnAt(start);
        if (turn) {
          turn.scrollIntoView({ block: "start" });
        }
      }
      return;
    }
    var target = hash && document.getElementById(hash);
    if (target && target.matches(".turn[data-start]")) {
      seek(parseFloat(target.getAttribute("data-start")), null);
    }
  }
  seekToAddress();
  window.addEventListener("hashchange", seekToAddress);

  // A selection in timed turns offers a link that plays that passage: #t=start,end, as Hyperaudio shares a
  // selection: from the first selected word to the word after the last one where words have times, else from the
  // first selected turn's start to the last one's end.
  var shareLabel = (script && script.getAttribute("data-share-label")) || "Share this passage";
  var copiedLabel = (script && script.getAttribute("data-copied-label")) || "Link copied";
  var share = document.createElement("a");
  share.className = "player-share";
  share.hidden = true;
  share.textContent = shareLabel;
  document.body.appendChild(share);

  function selectedPassage() {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || !selection.toString().trim()) {
      return null;
    }
    var range = selection.getRangeAt(0);
    var first = -1;
    var last = -1;
    turns.forEach(function (turn, index) {
      if (range.intersectsNode(turn)) {
        if (first < 0) {
          first = index;
        }
        last = index;
      }
    });
    if (first < 0) {
      return null;
    }
    var start = starts[first];
    var end = turnEnd(last);
    var timedWords = Array.prototype.slice.call(document.querySelectorAll(".turn[data-start] [data-t]"));
    var selected = timedWords.filter(function (word) { return range.intersectsNode(word) && word.textContent.trim() !== ""; });
    if (selected.length > 0) {
      start = parseFloat(selected[0].getAttribute("data-t"));
      var lastTime = parseFloat(selected[selected.length - 1].getAttribute("data-t"));
      var next = timedWords.slice(timedWords.indexOf(selected[selected.length - 1]) + 1).find(function (word) {
        return parseFloat(word.getAttribute("data-t")) > lastTime;
      });
      var nextTime = next ? parseFloat(next.getAttribute("data-t")) : NaN;
      end = !isNaN(nextTime) && nextTime <= end ? nextTime : end;
    }
    return { start: start, end: isFinite(end) ? end : null, box: range.getBoundingClientRect() };
  }

  function seconds(value) {
    return String(Math.round(value * 100) / 100);
  }

  document.addEventListener("selectionchange", function () {
    var passage = selectedPassage();
    if (!passage) {
      share.hidden = true;
      return;
    }
    var fragment = "#t=" + seconds(passage.start) + (passage.end !== null ? "," + seconds(passage.end) : "");
    share.href = location.pathname + location.search.replace(/([?&])t=[^&]*&?/, "$1").replace(/[?&]$/, "") + fragment;
    share.textContent = shareLabel;
    share.style.top = (passage.box.bottom + window.scrollY + 6) + "px";
    share.style.left = (Math.max(8, passage.box.left + window.scrollX)) + "px";
    share.hidden = false;
  });

  share.addEventListener("click", function (event) {
    event.preventDefault();
    var link = new URL(share.getAttribute("href"), location.href).href;
    history.replaceState(null, "", share.getAttribute("href"));
    seekToAddress();
    play();
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(link).then(function () { share.textContent = copiedLabel; }, function () { /* no permission: the address bar has it */ });
    }
  });
})();
