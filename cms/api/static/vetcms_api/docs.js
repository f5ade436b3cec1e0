// Swagger UI over the API's own OpenAPI document, served with the site (no CDN, no
// inline script: the reader site's Content-Security-Policy allows 'self' only).
(function () {
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
  });
})();
