// Swagger UI over the API's own OpenAPI document, served with the site (no CDN, no
// inline script: the reader site's Content-Security-Policy allows 'self' only).
(function () {
  // "Try it out" fills every parameter with its first example, so @search as it
  // opened was sent with Language=en and five filters and found nothing. Optional
  // query parameters start empty: null, not "" (an integer's "" fails Swagger UI's
  // validation, null is skipped and left out of the request); their examples stay
  // one choice away in each parameter's list.
  function leaveOptionalQueriesEmpty(ui) {
    ui.specSelectors.specJson().get("paths").forEach(function (methods, path) {
      methods.forEach(function (operation, method) {
        var parameters = operation && operation.get && operation.get("parameters");
        if (!parameters) return;
        parameters.forEach(function (param) {
          if (param.get("in") === "query" && !param.get("required")) {
            ui.specActions.changeParamByIdentity([path, method], param, null);
          }
        });
      });
    });
  }

  var root = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({
    url: root.dataset.schemaUrl,
    domNode: root,
    deepLinking: true,
    tryItOutEnabled: true,
    // "Try it out" sends the browser's own session cookie or Basic/Bearer credentials.
    withCredentials: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
    onComplete: function () {
      leaveOptionalQueriesEmpty(window.ui);
    },
  });
})();
