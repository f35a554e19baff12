// The query page of `kg serve`: YASGUI on this server's /query, the profile's prefixes
// declared, the canned questions one click away. Nothing is fetched from other sites.
(function () {
  "use strict";
  var endpoint = new URL("query", window.location.href).href;
  var Y = window.Yasgui;
  if (Y && Y.Yasqe && Y.Yasqe.defaults) {
    Y.Yasqe.defaults.autocompleters = ["variables"];  // the others ask prefix.cc and LOV
  }
  var yasgui = null;
  if (Y) {
    yasgui = new Y(document.getElementById("yasgui"), {
      requestConfig: { endpoint: endpoint, method: "POST" },
      copyEndpointOnNewTab: false,
      endpointCatalogueOptions: { getData: function () { return []; } },
      persistenceId: null,
      showSnippetsBar: false
    });
  }

  function load(question) {
    if (!yasgui) { return; }
    var tab = yasgui.getTab();
    tab.setQuery(question.text);
    tab.getYasqe().query();
  }

  // IRIs minted under the graph's base are pages of this server: results link to them.
  fetch("config.json").then(function (r) { return r.json(); }).then(function (config) {
    var base = config.base, origin = new URL(base).origin;
    function relink(root) {
      root.querySelectorAll("a[href^='" + base.replace(/'/g, "\\'") + "']").forEach(function (a) {
        a.setAttribute("href", a.getAttribute("href").slice(origin.length));
        a.removeAttribute("target");
      });
    }
    var target = document.getElementById("yasgui");
    new MutationObserver(function () { relink(target); }).observe(target, { childList: true, subtree: true });
    relink(target);
  });

  fetch("queries.json").then(function (r) { return r.json(); }).then(function (questions) {
    var list = document.getElementById("question-list");
    questions.forEach(function (q) {
      var item = document.createElement("li");
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = q.title;
      button.title = q.name;
      button.setAttribute("data-name", q.name);
      button.addEventListener("click", function () { load(q); });
      item.appendChild(button);
      list.appendChild(item);
    });
    if (yasgui && !yasgui.getTab().getQuery().trim().replace(/^(PREFIX[^\n]*\n)*/i, "").match(/\S/)) {
      yasgui.getTab().setQuery(questions.length ? questions[0].text : "SELECT * WHERE { ?s ?p ?o } LIMIT 10");
    }
  });
})();
