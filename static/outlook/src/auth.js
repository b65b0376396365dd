/* Need to Know — the Entra ID token for the API through nested app authentication (MSAL.js).
 * The event handler only ever asks silently; the task pane may show a sign-in window. */
var NeedToKnow = globalThis.NeedToKnow || (globalThis.NeedToKnow = {});

(function (ntk) {
  "use strict";
  var clients = {};

  /** MSAL's authority: the tenant the app is registered in. MSAL.js docs ("Initialize the public
   * client application"): "If your application audience is a single tenant, you must provide an
   * authority with your tenant id" — `https://login.microsoftonline.com/<tenant>`. Without a tenant
   * in the settings, a multi-tenant app's `organizations`. */
  ntk.authority = function (settings) {
    return "https://login.microsoftonline.com/" + (settings.tenant || "organizations");
  };

  function application(settings) {
    var msal = globalThis.msal;
    if (!msal || typeof msal.createNestablePublicClientApplication !== "function") {
      return Promise.reject(ntk.failure("signin", "MSAL is not loaded"));
    }
    var key = settings.client + "@" + (settings.tenant || "");
    if (!clients[key]) {
      clients[key] = msal.createNestablePublicClientApplication({
        auth: { clientId: settings.client, authority: ntk.authority(settings) },
      });
    }
    return clients[key];
  }

  /** An access token for the API's scope, or "" when no Entra app is configured (dev mode). */
  ntk.token = function (settings, interactive) {
    if (!settings.client) return Promise.resolve("");
    var request = { scopes: [settings.scope] };
    return Promise.resolve(application(settings)).then(function (pca) {
      return pca.acquireTokenSilent(request).then(null, function (error) {
        if (!interactive) throw error;
        return pca.acquireTokenPopup(request);
      });
    }).then(function (result) {
      if (!result || !result.accessToken) throw ntk.failure("signin", "no token");
      return result.accessToken;
    }, function (error) {
      delete clients[settings.client + "@" + (settings.tenant || "")];  // a failed start is not kept
      throw error && error.failure ? error : ntk.failure("signin", (error && error.errorCode) || "");
    });
  };
})(NeedToKnow);
