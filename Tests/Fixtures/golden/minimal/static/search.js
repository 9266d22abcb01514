/* briefing — search for search/index.html. Works offline: the index arrives as a script
   (search-index.js sets window.BRIEFING_SEARCH_INDEX), so nothing is fetched.
   Text is folded exactly as the index was built (SearchText.swift): keep fold() in step with it. */
(function () {
  "use strict";

  var PAGE_SIZE = 50;
  // Letters folded to another letter ("" drops it), after decomposition and lower-casing.
  var VARIANTS = {
    "\u0131": "i", "\u03c2": "\u03c3", "\u0640": "", "\u0649": "\u064a", "\u06cc": "\u064a",
    "\u06a9": "\u0643", "\u0629": "\u0647", "\u0671": "\u0627"
  };
  for (var digit = 0; digit < 10; digit++) {
    VARIANTS[String.fromCharCode(0x0660 + digit)] = String(digit);
    VARIANTS[String.fromCharCode(0x06f0 + digit)] = String(digit);
  }
  var VARIANT_RE = new RegExp("[" + Object.keys(VARIANTS).join("") + "]", "g");
  var MARKS_RE = /\p{M}+/gu;
  var NOT_WORD_RE = /[^\p{L}\p{N}]+/gu;
  var WORD_CHAR_RE = /^[\p{L}\p{N}]$/u;

  function variant(ch) { return VARIANTS[ch]; }

  /** Case-, diacritic- and width-insensitive form of a text: words separated by single spaces. */
  function fold(text) {
    return text.normalize("NFKD").toLowerCase().normalize("NFKD")
      .replace(MARKS_RE, "").replace(VARIANT_RE, variant)
      .replace(NOT_WORD_RE, " ").trim();
  }

  /** fold() of one character, without collapsing: a separator becomes " ". */
  function foldChar(ch) {
    var out = "";
    var pieces = ch.normalize("NFKD").toLowerCase().normalize("NFKD").replace(MARKS_RE, "").replace(VARIANT_RE, variant);
    for (var piece of pieces) out += WORD_CHAR_RE.test(piece) ? piece : " ";
    return out;
  }

  var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  var END = "0123456789abcdefghijklmnopqrstuv";
  var MORE = "ABCDEFGHIJKLMNOPQRSTUVWXYZwxyz-_";

  /** The document numbers of one postings string (SearchPostings.swift). */
  function decodePostings(text, visit) {
    var i, value;
    if (text.charAt(0) === "~") {
      for (i = 1; i < text.length; i++) {
        value = B64.indexOf(text.charAt(i));
        for (var bit = 0; bit < 6; bit++) if (value & (1 << bit)) visit((i - 1) * 6 + bit);
      }
      return;
    }
    var previous = -1, gap = 0;
    for (i = 0; i < text.length; i++) {
      var ch = text.charAt(i);
      value = MORE.indexOf(ch);
      if (value >= 0) { gap = gap * 32 + value; continue; }
      previous += gap * 32 + END.indexOf(ch) + 1;
      gap = 0;
      visit(previous);
    }
  }

  function Searcher(index) {
    this.index = index;
    this.folded = index.docs.map(function (doc) {
      return [" " + fold(doc[2]) + " ", " " + fold(doc[3]) + " ", " " + fold(doc[4]) + " "];
    });
  }

  /** 3: the token is a whole word of the field; 2: the start of a word; 1: inside a word; 0: absent. */
  function fieldScore(field, token) {
    if (field.indexOf(" " + token) >= 0) return field.indexOf(" " + token + " ") >= 0 ? 3 : 2;
    return token.length >= 2 && field.indexOf(token) >= 0 ? 1 : 0;
  }

  /** Articles whose body has a word starting with the token: document → 2 (whole word) or 1 (prefix). */
  Searcher.prototype.bodyMatches = function (token) {
    var matches = new Map();
    var words = this.index.words, postings = this.index.postings;
    if (token.length < 2) return matches;
    var low = 0, high = words.length;
    while (low < high) {
      var middle = (low + high) >> 1;
      if (words[middle] < token) low = middle + 1; else high = middle;
    }
    for (var i = low; i < words.length && words[i].lastIndexOf(token, 0) === 0; i++) {
      var score = words[i] === token ? 2 : 1;
      decodePostings(postings[i], function (document) {
        if ((matches.get(document) || 0) < score) matches.set(document, score);
      });
    }
    return matches;
  };

  /** Matching documents, best first: most tokens found in the title, then score, then index order. */
  Searcher.prototype.search = function (tokens) {
    var self = this;
    var body = tokens.map(function (token) { return self.bodyMatches(token); });
    var results = [];
    for (var d = 0; d < this.folded.length; d++) {
      var fields = this.folded[d], titleHits = 0, score = 0, matched = true;
      for (var t = 0; t < tokens.length; t++) {
        var title = fieldScore(fields[0], tokens[t]);
        var other = Math.max(fieldScore(fields[1], tokens[t]), fieldScore(fields[2], tokens[t]));
        var inBody = body[t].get(d) || 0;
        if (!title && !other && !inBody) { matched = false; break; }
        if (title) titleHits++;
        score += title * 100 + other * 10 + inBody;
      }
      if (matched) results.push({ doc: d, titleHits: titleHits, score: score });
    }
    results.sort(function (a, b) {
      return (b.titleHits - a.titleHits) || (b.score - a.score) || (a.doc - b.doc);
    });
    return results;
  };

  /** Where tokens match in `text`: [start, end) ranges of the original text, sorted. */
  function matchRanges(text, tokens) {
    var foldedText = "", starts = [], ends = [], offset = 0;
    for (var ch of text) {
      var piece = foldChar(ch);
      for (var k = 0; k < piece.length; k++) { starts.push(offset); ends.push(offset + ch.length); }
      foldedText += piece;
      offset += ch.length;
    }
    var ranges = [];
    tokens.forEach(function (token) {
      for (var at = foldedText.indexOf(token); at >= 0; at = foldedText.indexOf(token, at + 1)) {
        var wordStart = at === 0 || foldedText.charAt(at - 1) === " ";
        if (token.length >= 2 || wordStart) ranges.push([starts[at], ends[at + token.length - 1]]);
      }
    });
    return ranges.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
  }

  /** `text` as nodes with every match of a token wrapped in <mark>. */
  function highlight(text, tokens) {
    var fragment = document.createDocumentFragment(), position = 0;
    matchRanges(text, tokens).forEach(function (range) {
      if (range[1] <= position) return;
      var start = Math.max(range[0], position);
      if (start > position) fragment.appendChild(document.createTextNode(text.slice(position, start)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(start, range[1]);
      fragment.appendChild(mark);
      position = range[1];
    });
    if (position < text.length) fragment.appendChild(document.createTextNode(text.slice(position)));
    return fragment;
  }

  /** Up to about 220 characters of `text` around its first match. */
  function snippet(text, tokens) {
    var limit = 220;
    if (text.length <= limit) return text;
    var ranges = matchRanges(text, tokens), first = ranges.length ? ranges[0][0] : 0;
    var start = first > 80 ? text.lastIndexOf(" ", first - 60) + 1 : 0;
    var end = text.lastIndexOf(" ", start + limit);
    if (end <= start) end = Math.min(text.length, start + limit);
    return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
  }

  /** English texts, replaced by the page's language when the form carries `data-messages`: a JSON
      map of catalogue keys (`search.results.one`, …; docs/i18n.md) with `data-digits`, the ten
      digits of the page's numbering system. Counted phrases pick their CLDR plural category with
      Intl.PluralRules for the page's `lang`. */
  var ENGLISH = {
    "search.unavailable": "The search index (search-index.js) did not load, so search is not available. Browse the lists below instead.",
    "search.results.one": "{count} result for “{query}”.",
    "search.results.other": "{count} results for “{query}”.",
    "search.no_results": "No results for “{query}”. Try fewer or shorter words.",
    "search.more_left.one": "Show more results ({count} left)",
    "search.more_left.other": "Show more results ({count} left)"
  };

  function messages(form) {
    var given = {};
    try { given = JSON.parse(form.getAttribute("data-messages") || "{}") || {}; } catch (error) { given = {}; }
    var digits = form.getAttribute("data-digits") || "";
    var lang = document.documentElement.lang || "en";
    var rules = null;
    try { rules = new Intl.PluralRules(lang); } catch (error) { rules = null; }
    function number(n) {
      var text = String(n);
      if (digits.length !== 10) return text;
      return text.replace(/[0-9]/g, function (d) { return digits.charAt(+d); });
    }
    function say(key, values, fallback) {
      var text = Object.prototype.hasOwnProperty.call(given, key) ? given[key]
        : Object.prototype.hasOwnProperty.call(ENGLISH, key) ? ENGLISH[key] : (fallback || key);
      return String(text).replace(/\{([a-z_]+)\}/g, function (whole, name) {
        return values && Object.prototype.hasOwnProperty.call(values, name) ? values[name] : whole;
      });
    }
    say.counted = function (key, count, values) {
      var category = rules ? rules.select(count) : (count === 1 ? "one" : "other");
      var all = { count: number(count) };
      for (var name in values || {}) all[name] = values[name];
      var chosen = key + "." + category;
      if (!Object.prototype.hasOwnProperty.call(given, chosen)) chosen = key + ".other";
      if (!Object.prototype.hasOwnProperty.call(given, chosen)) chosen = key + "." + (count === 1 ? "one" : "other");
      return say(chosen, all);
    };
    return say;
  }

  function start() {
    var form = document.getElementById("search-form");
    var input = document.getElementById("search-input");
    var status = document.getElementById("search-status");
    var list = document.getElementById("search-results");
    var more = document.getElementById("search-more");
    var browse = document.getElementById("search-browse");
    if (!form || !input || !status || !list) return;
    var say = messages(form);
    var index = window.BRIEFING_SEARCH_INDEX;
    if (!index || !index.docs) {
      status.textContent = say("search.unavailable");
      return;
    }
    var root = form.getAttribute("data-root") || "";
    var searcher = null, results = [], tokens = [], shown = 0;
    document.documentElement.classList.add("search-ready");

    function render(count) {
      var items = document.createDocumentFragment();
      for (; shown < Math.min(count, results.length); shown++) {
        var doc = index.docs[results[shown].doc], kind = index.kinds[doc[0]];
        var item = document.createElement("li");
        item.className = "search-result search-kind-" + kind.name.toLowerCase();
        var meta = document.createElement("p");
        meta.className = "search-result-meta";
        var label = document.createElement("span");
        label.className = "search-result-kind";
        label.textContent = say("search.kind." + kind.name.toLowerCase(), null, kind.name);
        meta.appendChild(label);
        if (doc[3]) meta.appendChild(document.createTextNode(" · " + doc[3]));
        var link = document.createElement("a");
        link.className = "search-result-title";
        link.href = root + kind.prefix + doc[1] + kind.suffix;
        link.appendChild(highlight(doc[2], tokens));
        item.appendChild(link);
        item.appendChild(meta);
        if (doc[4]) {
          var text = document.createElement("p");
          text.className = "search-result-snippet";
          text.appendChild(highlight(snippet(doc[4], tokens), tokens));
          item.appendChild(text);
        }
        items.appendChild(item);
      }
      list.appendChild(items);
      if (more) {
        more.hidden = shown >= results.length;
        more.textContent = say.counted("search.more_left", results.length - shown);
      }
    }

    function run(query, updateAddress) {
      tokens = fold(query).split(" ").filter(function (token, i, all) { return token && all.indexOf(token) === i; });
      list.textContent = "";
      shown = 0;
      results = [];
      if (more) more.hidden = true;
      if (browse) browse.hidden = tokens.length > 0;
      if (updateAddress) {
        try {
          history.replaceState(null, "", query ? "?q=" + encodeURIComponent(query) : location.pathname);
        } catch (error) { /* some browsers refuse for file:// pages; the search still works */ }
      }
      if (!tokens.length) { status.textContent = ""; return; }
      searcher = searcher || new Searcher(index);
      results = searcher.search(tokens);
      var shownQuery = "\u2068" + query.trim() + "\u2069";
      status.textContent = results.length
        ? say.counted("search.results", results.length, { query: shownQuery })
        : say("search.no_results", { query: shownQuery });
      render(PAGE_SIZE);
    }

    function links() { return Array.prototype.slice.call(list.querySelectorAll("a.search-result-title")); }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      run(input.value, true);
      var first = links()[0];
      if (first && event.submitter) first.focus();
    });
    input.addEventListener("input", function () { run(input.value, true); });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") {
        var first = links()[0];
        if (first) { event.preventDefault(); first.focus(); }
      }
    });
    list.addEventListener("keydown", function (event) {
      var all = links(), at = all.indexOf(document.activeElement);
      if (at < 0) return;
      if (event.key === "ArrowDown" && at + 1 < all.length) { event.preventDefault(); all[at + 1].focus(); }
      else if (event.key === "ArrowUp") { event.preventDefault(); (at > 0 ? all[at - 1] : input).focus(); }
      else if (event.key === "Escape") { event.preventDefault(); input.focus(); input.select(); }
    });
    if (more) more.addEventListener("click", function () {
      var next = shown;
      render(shown + PAGE_SIZE);
      var all = links();
      if (all[next]) all[next].focus();
    });

    var query = new URLSearchParams(location.search).get("q") || "";
    input.value = query;
    run(query, false);
    input.focus();
  }

  window.BriefingSearch = { fold: fold, decodePostings: decodePostings };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
