/* Need to Know — what the task pane does: record the user's reason for sending a warned email
 * (then send it where Outlook allows), and sign in. */
var NeedToKnow = globalThis.NeedToKnow || (globalThis.NeedToKnow = {});

(function (ntk) {
  "use strict";

  /** Record `justification` for the current draft's warning; resolves "sent" or "recorded". */
  ntk.justify = function (item, settings, justification) {
    var reason = String(justification || "").trim();
    if (reason.length < 3) return Promise.reject(ntk.failure("invalid", "Say in a few words why this email should go."));
    return ntk.check(item, settings).then(function (result) {
      var verdict = result.verdict;
      if (verdict.decision !== "warn") {
        throw ntk.failure("invalid", verdict.decision === "block" ? "This email can't be sent, even with a reason." : "There is no warning to give a reason for.");
      }
      return ntk.token(settings, true).then(function (token) {
        var path = "/api/v1/checks/" + encodeURIComponent(verdict.check_id) + "/override";
        return ntk.post(settings, path, { justification: reason }, token);
      }).then(function (answer) {
        if (answer.status !== 201) throw ntk.answerFailure(answer);
        result.state.overridden = verdict.check_id;
        return ntk.saveState(item, result.state);
      });
    }).then(function () {
      return ntk.sendItem(item).then(function (sent) { return sent ? "sent" : "recorded"; });
    });
  };

  /** Interactive sign-in (task pane only); afterwards the handler's silent request succeeds. */
  ntk.signIn = function (settings) {
    return ntk.token(settings, true);
  };
})(NeedToKnow);
