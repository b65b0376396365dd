/* Need to Know — the handler's settings. They ride in the query string of the add-in's own URLs
 * (the manifest generator writes them), so the same files serve every deployment. Pure. */
var NeedToKnow = globalThis.NeedToKnow || (globalThis.NeedToKnow = {});

(function (ntk) {
  "use strict";
  var FAIL_MODES = ["warn", "block", "allow"];
  var TENANT = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z0-9-]+(\.[a-z0-9-]+)+)$/i;

  // No URLSearchParams: classic Outlook's JavaScript runtime is not a browser.
  function query(url) {
    var out = {};
    var search = String(url || "").split("#")[0].split("?")[1] || "";
    search.split("&").forEach(function (pair) {
      if (!pair) return;
      var at = pair.indexOf("=");
      var key = at < 0 ? pair : pair.slice(0, at);
      var value = at < 0 ? "" : pair.slice(at + 1);
      out[decodeURIComponent(key.replace(/\+/g, " "))] = decodeURIComponent(value.replace(/\+/g, " "));
    });
    return out;
  }

  function origin(url) {
    var match = /^(https?:\/\/[^/?#]+)/i.exec(String(url || ""));
    return match ? match[1] : "";
  }

  /** Settings from the runtime's URL: API base, Entra app and tenant, fail and warn modes,
   * timeout. A tenant that is not a GUID or a domain name is ignored. */
  ntk.parseSettings = function (url) {
    var q = query(url);
    var timeout = Number(q.timeout);
    var client = q.client || "";
    return {
      api: (q.api || origin(url)).replace(/\/+$/, ""),
      client: client,
      tenant: TENANT.test(q.tenant || "") ? q.tenant.toLowerCase() : "",
      scope: q.scope || (client ? "api://" + client + "/access_as_user" : ""),
      failMode: FAIL_MODES.indexOf(q.fail) >= 0 ? q.fail : "warn",
      warnMode: q.warn === "prompt" ? "prompt" : "justify",  // a warning needs a reason unless told
      timeoutMs: timeout >= 500 && timeout <= 4500 ? timeout : 3500,
    };
  };

  /** The URL this code was loaded from: the JavaScript runtime's (classic Outlook, and the
   * event runtime everywhere), else the page's (task pane). */
  ntk.runtimeUrl = function () {
    try {
      var urls = globalThis.Office && Office.context && Office.context.urls;
      if (urls && urls.javascriptRuntimeUrl) return urls.javascriptRuntimeUrl;
    } catch (notInThisHost) { /* task panes on the web: the page's own URL carries the settings */ }
    return globalThis.location ? String(globalThis.location.href) : "";
  };

  ntk.settings = function () {
    return ntk.parseSettings(ntk.runtimeUrl());
  };
})(NeedToKnow);
