/* Need to Know — calls to the check API, each failure classified for the fail mode. */
var NeedToKnow = globalThis.NeedToKnow || (globalThis.NeedToKnow = {});

(function (ntk) {
  "use strict";

  /** POST JSON; resolves {status, json}, rejects with a failure (timeout or unreachable). */
  ntk.post = function (settings, path, body, token, signal) {
    var headers = { "Content-Type": "application/json" };
    if (token) headers.Authorization = "Bearer " + token;
    if (!settings.api) return Promise.reject(ntk.failure("unreachable", "no API address"));
    return fetch(settings.api + path, { method: "POST", headers: headers, body: JSON.stringify(body), signal: signal })
      .then(function (response) {
        return response.json().then(null, function () { return null; }).then(function (json) {
          return { status: response.status, json: json || {} };
        });
      }, function () {
        throw ntk.failure(signal && signal.aborted ? "timeout" : "unreachable");
      });
  };

  /** A non-200 answer as a failure; 409 (unknown attachment hashes) is handled by the caller. */
  ntk.answerFailure = function (answer) {
    var error = answer.json && typeof answer.json.error === "string" ? answer.json.error : "";
    if (answer.status === 401) return ntk.failure("signin", error);
    if (answer.status === 403) return ntk.failure("refused", error);
    if (answer.status >= 400 && answer.status < 500) return ntk.failure("invalid", error || "status " + answer.status);
    return ntk.failure("error", "status " + answer.status);
  };
})(NeedToKnow);
