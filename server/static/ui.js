// The query page: one Yasgui editor bound to this server's /sparql, plus the saved queries as examples.
// Everything it needs is in the page (#kg-config) or served from /static: it makes no other request.
(function () {
  "use strict";
  const config = JSON.parse(document.getElementById("kg-config").textContent);

  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: config.endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: { getData: () => [{ endpoint: config.endpoint }] },
    persistenceId: "kg-yasgui",
    yasqe: {
      value: config.query,
      // "property" and "class" completion call a web service (LOV); "prefixes" uses Yasgui's built-in list.
      autocompleters: ["prefixes", "variables"],
    },
    yasr: { prefixes: config.prefixes },
  });

  function openExample(example) {
    yasgui.addTab(true, { name: example.name, yasqe: { value: example.query } });
  }

  const list = document.getElementById("examples");
  for (const example of config.examples) {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = example.summary;
    button.title = example.name;
    button.dataset.example = example.name;
    button.addEventListener("click", () => openExample(example));
    item.appendChild(button);
    list.appendChild(item);
  }
  window.kgYasgui = yasgui;
})();
