/* kg-berita graph viewer. Reads the JSON in #kg-data (written by graph/render/html.py)
 * and draws it with Cytoscape.js: pan, zoom, search by name, filters by article, by a
 * range of dates and by kind (the layout runs again on what is left), and a side panel
 * with the properties, links, articles and source sentences of the selected node.
 * No network: everything it needs is in the page. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var classInfo = {};
  data.classes.forEach(function (c) { classInfo[c.cls] = c; });
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  var outgoing = {}, incoming = {};
  data.edges.forEach(function (e) {
    (outgoing[e.from] = outgoing[e.from] || []).push(e);
    (incoming[e.to] = incoming[e.to] || []).push(e);
  });

  var $ = function (id) { return document.getElementById(id); };
  var panel = $("panel");

  // --- dates: ISO days as day numbers (UTC), written as a reader writes them ----------

  var DAY = 86400000;
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  function dayOf(iso) {
    var p = iso.split("-");
    return Math.round(Date.UTC(+p[0], +p[1] - 1, +p[2]) / DAY);
  }
  function dayParts(day) {
    var d = new Date(day * DAY);
    return [d.getUTCDate(), MONTHS[d.getUTCMonth()], d.getUTCFullYear()];
  }
  function dayText(day) { return dayParts(day).join(" "); }
  /** The span between two days, no more than needed (as graph.render.html.date_span). */
  function daySpan(first, last) {
    var a = dayParts(first), b = dayParts(last);
    if (first === last) return a.join(" ");
    if (a[2] === b[2] && a[1] === b[1]) return a[0] + "\u2013" + b[0] + " " + a[1] + " " + a[2];
    if (a[2] === b[2]) return a[0] + " " + a[1] + " \u2013 " + b[0] + " " + b[1] + " " + a[2];
    return a.join(" ") + " \u2013 " + b.join(" ");
  }
  var articleDay = data.articles.map(function (a) { return a.date ? dayOf(a.date) : null; });
  var ownDay = {};
  data.nodes.forEach(function (n) {
    if (typeof n.date === "number") ownDay[n.id] = dayOf(data.dates[n.date]);
  });
  var allDays = data.dates.map(dayOf);
  var firstDay = allDays.length ? allDays[0] : null;
  var lastDay = allDays.length ? allDays[allDays.length - 1] : null;

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "style") node.style.cssText = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }

  // --- the graph -------------------------------------------------------------------

  var positioned = data.nodes.length > 0 && data.nodes.every(function (n) {
    return typeof n.x === "number" && typeof n.y === "number";
  });
  var elements = data.nodes.map(function (n) {
    var item = {group: "nodes", data: {id: n.id, label: n.label, cls: n.cls},
                classes: n.cls + (n.focus ? " focus" : "")};
    if (positioned) item.position = {x: n.x, y: n.y};
    return item;
  }).concat(data.edges.map(function (e, i) {
    return {group: "edges", data: {id: "e" + i, source: e.from, target: e.to, label: e.label}};
  }));

  var style = [
    {selector: "node", style: {
      "label": "data(label)", "text-wrap": "wrap", "text-max-width": "280px",
      "font-size": 17, "color": "#1a1a1a", "text-valign": "bottom", "text-halign": "center",
      "text-margin-y": 4, "text-background-color": "#ffffff", "text-background-opacity": 0.85,
      "text-background-shape": "roundrectangle", "text-background-padding": "3px",
      "border-width": 1.5, "border-color": "#333333", "min-zoomed-font-size": 7,
      "width": 24, "height": 24, "background-color": "#999999"}},
    {selector: "edge", style: {
      "width": 2, "line-color": "#a6a6a6", "curve-style": "bezier",
      "target-arrow-shape": "triangle", "target-arrow-color": "#a6a6a6", "arrow-scale": 0.9,
      "label": "data(label)", "font-size": 13, "color": "#555555", "text-rotation": "autorotate",
      "text-background-color": "#ffffff", "text-background-opacity": 0.8,
      "text-background-padding": "1px", "min-zoomed-font-size": 9}},
    {selector: "node.event", style: {"font-size": 20, "font-weight": "bold"}},
    {selector: "node.quote", style: {"font-style": "italic"}},
    {selector: "node.focus", style: {"border-width": 4, "border-color": "#000000", "font-weight": "bold"}},
    {selector: "node:selected", style: {
      "border-width": 5, "border-color": "#111111", "overlay-color": "#0072B2",
      "overlay-opacity": 0.15, "overlay-padding": 6, "z-index": 20}},
    {selector: ".faded", style: {"opacity": 0.2}},
    {selector: "edge.highlight", style: {
      "width": 3.5, "line-color": "#333333", "target-arrow-color": "#333333",
      "color": "#111111", "z-index": 10, "min-zoomed-font-size": 0}},
    {selector: ".hidden", style: {"display": "none"}}
  ];
  data.classes.forEach(function (c) {
    style.splice(3, 0, {selector: "node." + c.cls, style: {
      "background-color": c.color, "shape": c.shape, "width": c.size, "height": c.size}});
  });

  var cy = cytoscape({
    container: $("cy"), elements: elements, style: style,
    layout: positioned ? {name: "preset", fit: true, padding: 40}
                       : {name: "concentric", fit: true, padding: 40, minNodeSpacing: 40,
                          concentric: function (n) { return n.degree(); },
                          levelWidth: function () { return 2; }},
    minZoom: 0.05, maxZoom: 4, boxSelectionEnabled: false, selectionType: "single"
  });
  // The first layout (preset from the data, or the browser's for big graphs) is the one
  // of the unfiltered view: "reset" and unticking every filter come back to it.
  var firstPositions = {};
  cy.nodes().forEach(function (n) { var p = n.position(); firstPositions[n.id()] = {x: p.x, y: p.y}; });
  placeLabels(cy.nodes());
  if (!data.nodes.length) {
    $("cy").appendChild(el("p", {"class": "placeholder", style: "padding:24px", text: "Nothing to draw: the graph has no things."}));
  }

  /* Put each node's label below, above, right or left of it, wherever it covers the
   * fewest nodes and labels already placed (greedy, biggest and best-connected nodes
   * first). Labels scale with the zoom, so one placement serves every zoom level. */
  function placeLabels(nodes) {
    var GAP = 4, CELL = 200;
    var sides = [
      {valign: "bottom", halign: "center"}, {valign: "top", halign: "center"},
      {valign: "center", halign: "right"}, {valign: "center", halign: "left"},
      {valign: "bottom", halign: "right"}, {valign: "bottom", halign: "left"},
      {valign: "top", halign: "right"}, {valign: "top", halign: "left"}
    ];
    // The boxes taken so far, in a grid of CELL-pixel cells: a candidate is weighed
    // against the boxes of the cells it covers only, so thousands of labels stay quick.
    var grid = {}, stamp = 0;
    function eachCell(b, fn) {
      for (var i = Math.floor(b.x1 / CELL); i <= Math.floor(b.x2 / CELL); i++) {
        for (var j = Math.floor(b.y1 / CELL); j <= Math.floor(b.y2 / CELL); j++) fn(i + "," + j);
      }
    }
    function take(b) { eachCell(b, function (k) { (grid[k] = grid[k] || []).push(b); }); }
    function overlap(a, b) {
      var w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
      var h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
      return w > 0 && h > 0 ? w * h * b.weight : 0;
    }
    function covered(cand) {
      var sum = 0;
      stamp++;
      eachCell(cand, function (k) {
        (grid[k] || []).forEach(function (t) {
          if (t.stamp !== stamp) { t.stamp = stamp; sum += overlap(cand, t); }
        });
      });
      return sum;
    }
    nodes.forEach(function (n) {
      var p = n.position(), w = n.outerWidth() / 2, h = n.outerHeight() / 2;
      take({x1: p.x - w, y1: p.y - h, x2: p.x + w, y2: p.y + h, weight: 2});
    });
    var order = nodes.sort(function (a, b) {
      return b.outerWidth() - a.outerWidth() || b.degree() - a.degree() ||
        (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0);
    });
    cy.batch(function () {
      order.forEach(function (n) {
        var box = n.boundingBox({includeNodes: false, includeEdges: false, includeLabels: true});
        if (!box.w || !box.h) return;
        var p = n.position(), rw = n.outerWidth() / 2, rh = n.outerHeight() / 2;
        var best = null;
        sides.forEach(function (side, rank) {
          var x = side.halign === "center" ? p.x - box.w / 2
            : side.halign === "right" ? p.x + rw + GAP : p.x - rw - GAP - box.w;
          var y = side.valign === "center" ? p.y - box.h / 2
            : side.valign === "bottom" ? p.y + rh + GAP : p.y - rh - GAP - box.h;
          var cand = {x1: x, y1: y, x2: x + box.w, y2: y + box.h, weight: 1};
          var cost = rank * 0.02 * box.w * box.h + covered(cand);
          if (!best || cost < best.cost) best = {cost: cost, side: side, box: cand};
        });
        n.style({"text-valign": best.side.valign, "text-halign": best.side.halign,
                 "text-margin-x": best.side.halign === "right" ? GAP : best.side.halign === "left" ? -GAP : 0,
                 "text-margin-y": best.side.valign === "bottom" ? GAP : best.side.valign === "top" ? -GAP : 0});
        take(best.box);
      });
    });
  }

  // --- selection and the side panel ----------------------------------------------

  function clearSelection() {
    cy.elements().removeClass("faded highlight");
    cy.$(":selected").unselect();
    panel.textContent = "";
    panel.appendChild(el("p", {"class": "placeholder",
      text: "Click a node, or find one by name, to see what the articles say about it."}));
  }

  function select(id, options) {
    var ele = cy.getElementById(id);
    if (ele.empty()) return false;
    options = options || {};
    if (!state.classes[byId[id].cls]) setClassVisible(byId[id].cls, true);
    cy.elements().removeClass("faded highlight");
    var hood = ele.closedNeighborhood();
    cy.elements().not(hood).addClass("faded");
    hood.edges().addClass("highlight");
    cy.$(":selected").unselect();
    ele.select();
    showPanel(byId[id]);
    if (!shown(byId[id])) {
      panel.insertBefore(el("p", {"class": "notice",
        text: "Not in the graph now: the article or date filter hides it (\u201creset filters\u201d shows it)."}),
        panel.firstChild);
    } else if (options.center) {
      cy.animate({center: {eles: ele}, zoom: Math.max(cy.zoom(), 1.0)}, {duration: 250});
    }
    return true;
  }

  function nodeLink(id) {
    var n = byId[id], c = classInfo[n.cls];
    var a = el("a", {"class": "node", href: "#", title: c.label}, [
      el("span", {"class": "dot", style: "background:" + c.color}), n.name]);
    a.addEventListener("click", function (ev) { ev.preventDefault(); select(id, {center: true}); });
    return a;
  }

  function value(pair) {
    var span = el("span", {}, [pair[0]]);
    if (pair[1]) span.appendChild(el("span", {"class": "lang", text: " @" + pair[1]}));
    return span;
  }

  function marked(text, marks) {
    // Marks may overlap ("Jembrana" inside "PLUT Jembrana"): merge them first.
    var spans = [];
    marks.forEach(function (m) {
      var last = spans[spans.length - 1];
      if (last && m[0] <= last[1]) last[1] = Math.max(last[1], m[1]);
      else spans.push([m[0], m[1]]);
    });
    var out = [], at = 0;
    spans.forEach(function (s) {
      if (s[0] > at) out.push(text.slice(at, s[0]));
      out.push(el("mark", {text: text.slice(s[0], s[1])}));
      at = s[1];
    });
    if (at < text.length) out.push(text.slice(at));
    return out;
  }

  function showPanel(n) {
    var c = classInfo[n.cls];
    panel.textContent = "";
    panel.appendChild(el("span", {"class": "badge", style: "background:" + c.color, text: c.label}));
    panel.appendChild(el("h2", {text: n.name}));
    var dl = el("dl");
    function row(term, values, title) {
      dl.appendChild(el("dt", title ? {text: term, title: title} : {text: term}));
      values.forEach(function (v) { dl.appendChild(el("dd", {}, [v])); });
    }
    if (n.alt.length) row("also", [n.alt.join(" · ")]);
    n.props.forEach(function (p) {
      var local = p[0].indexOf(":") >= 0 ? p[0].slice(p[0].indexOf(":") + 1) : p[0];
      row(local, p[1].map(value), p[0]);
    });
    row("IRI", [el("code", {text: n.iri})]);
    panel.appendChild(dl);

    var byLabel = function (key) {
      return function (a, b) {
        return a.label.localeCompare(b.label) || byId[a[key]].name.localeCompare(byId[b[key]].name);
      };
    };
    var out = (outgoing[n.id] || []).slice().sort(byLabel("to"));
    var inc = (incoming[n.id] || []).slice().sort(byLabel("from"));
    if (out.length) {
      panel.appendChild(el("h3", {text: "Links (" + out.length + ")"}));
      panel.appendChild(el("ul", {"class": "links", id: "links-out"}, out.map(function (e) {
        return el("li", {}, [el("span", {"class": "pred", text: e.label}),
                             el("span", {"class": "arrow", text: " → "}), nodeLink(e.to)]);
      })));
    }
    if (inc.length) {
      panel.appendChild(el("h3", {text: "Linked from (" + inc.length + ")"}));
      panel.appendChild(el("ul", {"class": "links", id: "links-in"}, inc.map(function (e) {
        return el("li", {}, [el("span", {"class": "pred", text: e.label}),
                             el("span", {"class": "arrow", text: " ← "}), nodeLink(e.from)]);
      })));
    }
    if (n.articles.length && data.articles.length > 1) {
      var SHOWN = 30;
      panel.appendChild(el("h3", {text: "Articles (" + n.articles.length + ")"}));
      var sources = el("ul", {"class": "sources", id: "node-articles"}, n.articles.slice(0, SHOWN).map(function (i) {
        var a = data.articles[i];
        return el("li", {title: a.iri}, [el("span", {"class": "date", text: a.date ? dayText(articleDay[i]) : "undated"}),
                                         " ", a.headline]);
      }));
      if (n.articles.length > SHOWN) {
        sources.appendChild(el("li", {"class": "more", text: "\u2026 " + (n.articles.length - SHOWN) + " more"}));
      }
      panel.appendChild(sources);
    }
    if (n.sentences.length) {
      panel.appendChild(el("h3", {text: "From the text (" + n.sentences.length + ")"}));
      var box = el("div", {id: "sentences"});
      n.sentences.forEach(function (s) {
        var q = el("blockquote", {}, marked(s.text, s.marks));
        if (data.articles.length > 1 && typeof s.article === "number") {
          q.appendChild(el("span", {"class": "source", text: data.articles[s.article].headline}));
        }
        box.appendChild(q);
      });
      panel.appendChild(box);
    }
    panel.scrollTop = 0;
  }

  cy.on("tap", "node", function (ev) { select(ev.target.id()); });
  cy.on("tap", function (ev) { if (ev.target === cy) clearSelection(); });

  // --- filters: articles, dates, kinds ---------------------------------------------
  //
  // An article is *active* when it is ticked and its date lies in the range (or it has
  // no date and "undated" is ticked). A node is shown when its kind is ticked and
  // - it is read from an active article, or it is an event whose own date lies in the
  //   range and one of its articles is ticked; or
  // - no article names it (a graph without articles): by its own date, else as undated.
  // Cytoscape never draws an edge whose end is hidden.

  var state = {articles: data.articles.map(function () { return true; }),
               from: firstDay, to: lastDay, undated: true, classes: {}};
  data.classes.forEach(function (c) { state.classes[c.cls] = true; });
  var hasUndated = articleDay.some(function (d) { return d === null; }) ||
    data.nodes.some(function (n) { return !n.articles.length && !(n.id in ownDay); });

  function inRange(day) { return day !== null && day >= state.from && day <= state.to; }
  function articleActive(i) {
    return state.articles[i] && (articleDay[i] === null ? state.undated : inRange(articleDay[i]));
  }
  function shown(n) {
    if (!state.classes[n.cls]) return false;
    var own = n.id in ownDay ? ownDay[n.id] : null;
    if (!n.articles.length) return own !== null ? inRange(own) : state.undated;
    var ticked = false;
    for (var i = 0; i < n.articles.length; i++) {
      if (articleActive(n.articles[i])) return true;
      if (state.articles[n.articles[i]]) ticked = true;
    }
    return ticked && own !== null && inRange(own);
  }
  function unfiltered() {
    return state.from === firstDay && state.to === lastDay && state.undated &&
      state.articles.every(Boolean) && data.classes.every(function (c) { return state.classes[c.cls]; });
  }

  var eleOf = {}, shownNow = {};
  cy.nodes().forEach(function (n) { eleOf[n.id()] = n; });
  var classCount = {};

  /** Show what the filters let through, say so in the status line, lay it out again. */
  function applyFilters(options) {
    options = options || {};
    var counts = {}, visible = {}, things = 0, links = 0;
    cy.batch(function () {
      data.nodes.forEach(function (n) {
        visible[n.id] = shown(n);
        eleOf[n.id].toggleClass("hidden", !visible[n.id]);
        if (visible[n.id]) { counts[n.cls] = (counts[n.cls] || 0) + 1; things++; }
      });
    });
    data.edges.forEach(function (e) { if (visible[e.from] && visible[e.to]) links++; });
    shownNow = visible;
    data.classes.forEach(function (c) {
      boxes[c.cls].checked = state.classes[c.cls];
      var now = counts[c.cls] || 0;
      classCount[c.cls].textContent = now === c.count ? String(c.count) : now + "/" + c.count;
    });
    articleItems.forEach(function (item, i) {
      item.box.checked = state.articles[i];
      item.li.classList.toggle("out", articleDay[i] === null ? !state.undated : !inRange(articleDay[i]));
    });
    if (firstDay !== null) {
      $("date-from").value = String(state.from);
      $("date-to").value = String(state.to);
      $("date-label").textContent = daySpan(state.from, state.to);
    }
    $("undated").checked = state.undated;
    $("status").textContent = statusLine(things, links);
    if (options.layout !== false) scheduleLayout();
  }

  function listed(words) {
    return words.length < 2 ? words.join("") :
      words.slice(0, -1).join(", ") + " and " + words[words.length - 1];
  }
  function kindsText() {
    var on = data.classes.filter(function (c) { return state.classes[c.cls]; });
    var off = data.classes.filter(function (c) { return !state.classes[c.cls]; });
    var names = function (list) {
      var plural = list.map(function (c) { return c.plural; });
      var gov = plural.indexOf("government bodies"), org = plural.indexOf("organizations");
      if (gov >= 0 && org >= 0) { plural[gov] = "bodies"; plural.splice(org, 1); }
      return listed(plural);
    };
    if (!off.length) return "all kinds";
    if (!on.length) return "no kind";
    return on.length > off.length && data.classes.length > 3 ? "all kinds but " + names(off) : names(on);
  }
  /** "showing 2 of 12 articles, 1–15 Mar 2020, people and bodies: 37 things, 40 links" */
  function statusLine(things, links) {
    var parts = [];
    var total = data.articles.length;
    if (total > 1) {
      var active = 0;
      for (var i = 0; i < total; i++) if (articleActive(i)) active++;
      parts.push(active === total ? "all " + total + " articles" : active + " of " + total + " articles");
    }
    if (firstDay !== null && firstDay !== lastDay) parts.push(daySpan(state.from, state.to));
    parts.push(kindsText());
    if (hasUndated && !state.undated) parts.push("undated hidden");
    return "showing " + parts.join(", ") + ": " +
      things + (things === 1 ? " thing, " : " things, ") + links + (links === 1 ? " link" : " links");
  }

  // Kinds: the legend's classes as toggles.
  var boxes = {};
  function setClassVisible(cls, visible) {
    if (!boxes[cls]) return;
    state.classes[cls] = visible;
    applyFilters();
  }
  data.classes.forEach(function (c) {
    var box = el("input", {type: "checkbox", "data-cls": c.cls});
    box.checked = true;
    box.addEventListener("change", function () { setClassVisible(c.cls, box.checked); });
    boxes[c.cls] = box;
    classCount[c.cls] = el("span", {"class": "count", text: String(c.count)});
    $("filters").appendChild(el("li", {}, [el("label", {}, [
      box, el("span", {"class": "swatch", style: "background:" + c.color}),
      el("span", {text: c.label}), classCount[c.cls]])]));
  });
  function setAllClasses(visible) {
    data.classes.forEach(function (c) { state.classes[c.cls] = visible; });
    applyFilters();
  }
  $("all-classes").addEventListener("click", function () { setAllClasses(true); });
  $("no-classes").addEventListener("click", function () { setAllClasses(false); });

  // Articles: a list to tick, searchable when long.
  var SEARCHABLE = 8;
  var articleItems = data.articles.map(function (a, i) {
    var box = el("input", {type: "checkbox", "data-article": String(i)});
    box.checked = true;
    box.addEventListener("change", function () { state.articles[i] = box.checked; applyFilters(); });
    var only = el("button", {type: "button", "class": "only", title: "show only this article", text: "only"});
    only.addEventListener("click", function () {
      state.articles = state.articles.map(function (_, j) { return j === i; });
      applyFilters();
    });
    var li = el("li", {title: a.headline + "\n" + a.iri}, [el("label", {}, [box, el("span", {}, [
      el("span", {"class": "date", text: a.date ? dayText(articleDay[i]) : "undated"}),
      el("span", {"class": "headline", text: a.headline})])]), only]);
    $("article-list").appendChild(li);
    return {box: box, li: li, key: norm(a.headline + " " + (a.date ? dayText(articleDay[i]) + " " + a.date : "undated"))};
  });
  if (data.articles.length > 1) $("article-filter").hidden = false;
  if (data.articles.length > SEARCHABLE) $("article-search").hidden = false;
  $("articles-heading").textContent = "Articles (" + data.articles.length + ")";
  $("article-search").addEventListener("input", function () {
    var q = norm($("article-search").value);
    articleItems.forEach(function (item) { item.li.hidden = q !== "" && item.key.indexOf(q) < 0; });
  });
  function setListedArticles(ticked) {
    articleItems.forEach(function (item, i) { if (!item.li.hidden) state.articles[i] = ticked; });
    applyFilters();
  }
  $("all-articles").addEventListener("click", function () { setListedArticles(true); });
  $("no-articles").addEventListener("click", function () { setListedArticles(false); });

  // Dates: two handles on one track; the handles cannot cross.
  if (firstDay !== null && firstDay !== lastDay) {
    $("date-filter").hidden = false;
    $("date-slider").hidden = false;
    ["date-from", "date-to"].forEach(function (id) {
      $(id).min = String(firstDay);
      $(id).max = String(lastDay);
      $(id).step = "1";
    });
    var onSlide = function (ev) {
      var from = +$("date-from").value, to = +$("date-to").value;
      if (from > to) {
        if (ev.target.id === "date-from") to = from; else from = to;
      }
      state.from = from;
      state.to = to;
      $("date-label").textContent = daySpan(from, to);
      if (pending) return;  // at most one redraw a frame while a handle is dragged
      pending = true;
      requestAnimationFrame(function () { pending = false; applyFilters(); });
    };
    $("date-from").addEventListener("input", onSlide);
    $("date-to").addEventListener("input", onSlide);
  }
  if (hasUndated) {
    $("undated-box").hidden = false;
    $("date-filter").hidden = false;
    var undatedArticles = articleDay.filter(function (d) { return d === null; }).length;
    $("undated-count").textContent = undatedArticles ? undatedArticles + (undatedArticles === 1 ? " article" : " articles") : "";
  }
  $("undated").addEventListener("change", function () { state.undated = $("undated").checked; applyFilters(); });

  function reset() {
    state.articles = state.articles.map(function () { return true; });
    state.from = firstDay;
    state.to = lastDay;
    state.undated = true;
    data.classes.forEach(function (c) { state.classes[c.cls] = true; });
    $("article-search").value = "";
    articleItems.forEach(function (item) { item.li.hidden = false; });
    applyFilters();
  }
  $("reset").addEventListener("click", reset);

  // --- the layout, again on what is shown -------------------------------------------

  // Up to COSE_MAX shown nodes a force-directed layout from where they stand (animated up
  // to ANIMATE_MAX); beyond, rings by degree, which costs next to nothing.
  var COSE_MAX = 700, ANIMATE_MAX = 200, LAYOUT_DELAY = 250, FIT_ZOOM_MAX = 1.25;
  var layoutTimer = null, running = null, layoutsDone = 0, layoutsAsked = 0, pending = false;

  function scheduleLayout() {
    layoutsAsked++;
    clearTimeout(layoutTimer);
    layoutTimer = setTimeout(relayout, LAYOUT_DELAY);
  }
  // What the filters show, as a collection: the shown nodes and the edges between them
  // (Cytoscape's ":visible" is only brought up to date when the page is drawn next).
  function shownElements() {
    var nodes = cy.nodes().filter(function (n) { return shownNow[n.id()]; });
    return nodes.union(nodes.edgesWith(nodes));
  }
  function finished(laidOut) {
    running = null;
    var nodes = shownElements().nodes();
    placeLabels(nodes);
    // A few things fitted to the whole canvas would be drawn huge: no closer than this.
    if (laidOut && nodes.length && cy.zoom() > FIT_ZOOM_MAX) {
      cy.animate({zoom: FIT_ZOOM_MAX, center: {eles: nodes}}, {duration: 200});
    }
    layoutsDone = layoutsAsked;
  }
  function relayout() {
    layoutTimer = null;
    if (running) running.stop();
    var eles = shownElements(), count = eles.nodes().length;
    if (unfiltered()) {
      // The unfiltered view is the first one: its positions, not a new layout.
      cy.nodes().positions(function (n) { return firstPositions[n.id()]; });
      cy.fit(cy.nodes(), 40);
      finished();
      return;
    }
    if (!count) { finished(); return; }
    var options = count <= COSE_MAX
      ? {name: "cose", randomize: false, animate: count <= ANIMATE_MAX ? "end" : false,
         animationDuration: 400, fit: true, padding: 40, componentSpacing: 40,
         idealEdgeLength: function () { return 70; }, nodeRepulsion: function () { return 30000; },
         numIter: count <= ANIMATE_MAX ? 1000 : 400}
      : {name: "concentric", fit: true, padding: 40, minNodeSpacing: 30, animate: false,
         concentric: function (n) { return n.degree(); }, levelWidth: function () { return 2; }};
    running = eles.layout(options);
    running.one("layoutstop", function () { finished(true); });
    running.run();
  }

  // --- view buttons ----------------------------------------------------------------

  function zoomBy(factor) {
    cy.zoom({level: cy.zoom() * factor, renderedPosition: {x: cy.width() / 2, y: cy.height() / 2}});
  }
  $("zoom-in").addEventListener("click", function () { zoomBy(1.25); });
  $("zoom-out").addEventListener("click", function () { zoomBy(0.8); });
  $("fit").addEventListener("click", function () { cy.fit(cy.nodes(":visible"), 40); });

  // --- search ----------------------------------------------------------------------

  function norm(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/\s+/g, " ").trim();
  }
  var classRank = {};
  data.classes.forEach(function (c, i) { classRank[c.cls] = i; });
  var searchIndex = data.nodes.map(function (n) {
    return {id: n.id, names: [n.name].concat(n.alt).map(function (name) {
      return {name: name, key: norm(name)};
    })};
  });

  /** Nodes whose name or alias matches ``query``: exact, prefix, word prefix, substring. */
  function search(query) {
    var q = norm(query || "");
    if (!q) return [];
    var hits = [];
    searchIndex.forEach(function (entry) {
      var best = null;
      entry.names.forEach(function (nm, i) {
        var k = nm.key, score = k === q ? 0 : k.indexOf(q) === 0 ? 1
          : (" " + k).indexOf(" " + q) >= 0 ? 2 : k.indexOf(q) >= 0 ? 3 : -1;
        if (score >= 0 && (!best || score < best.score || (score === best.score && i === 0))) {
          best = {score: score, alias: i > 0 ? nm.name : null};
        }
      });
      if (best) hits.push({id: entry.id, score: best.score, alias: best.alias});
    });
    hits.sort(function (a, b) {
      var na = byId[a.id], nb = byId[b.id];
      return a.score - b.score || classRank[na.cls] - classRank[nb.cls] ||
        na.name.localeCompare(nb.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    });
    return hits;
  }

  var input = $("search"), list = $("suggestions"), current = [], active = 0;
  function showSuggestions() {
    current = search(input.value).slice(0, 12);
    active = 0;
    list.textContent = "";
    if (!input.value.trim()) return;
    if (!current.length) {
      list.appendChild(el("li", {"class": "none", text: "no match"}));
      return;
    }
    current.forEach(function (hit, i) {
      var n = byId[hit.id], c = classInfo[n.cls];
      var li = el("li", {role: "option", "data-id": hit.id, "class": i === 0 ? "active" : ""}, [
        el("span", {"class": "swatch", style: "background:" + c.color, title: c.label}), n.name]);
      if (hit.alias) li.appendChild(el("span", {"class": "alias", text: "(" + hit.alias + ")"}));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(i); });
      list.appendChild(li);
    });
  }
  function choose(i) {
    var hit = current[i];
    if (!hit) return false;
    input.value = byId[hit.id].name;
    list.textContent = "";
    return select(hit.id, {center: true});
  }
  function markActive() {
    Array.prototype.forEach.call(list.children, function (li, i) {
      li.classList.toggle("active", i === active);
    });
  }
  input.addEventListener("input", showSuggestions);
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { ev.preventDefault(); choose(active); }
    else if (ev.key === "ArrowDown") { ev.preventDefault(); active = Math.min(active + 1, current.length - 1); markActive(); }
    else if (ev.key === "ArrowUp") { ev.preventDefault(); active = Math.max(active - 1, 0); markActive(); }
    else if (ev.key === "Escape") { input.value = ""; list.textContent = ""; }
  });
  input.addEventListener("blur", function () { list.textContent = ""; });

  applyFilters({layout: false});

  // A single focus node starts selected.
  var focus = data.nodes.filter(function (n) { return n.focus; });
  if (focus.length === 1) select(focus[0].id);

  // For scripts and tests: the graph, the data and the actions of the page.
  window.kgView = {cy: cy, data: data, select: select, search: search,
                   setClassVisible: setClassVisible, clearSelection: clearSelection, reset: reset,
                   shown: shown, state: state,
                   // true once the layout asked for by the last filter change has run
                   settled: function () { return !pending && layoutsDone === layoutsAsked && !layoutTimer && !running; }};
})();
