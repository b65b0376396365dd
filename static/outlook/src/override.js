/* Need to Know — what the task pane does: record the user's reason for sending a warned email,
 * report a check the user thinks is wrong, and sign in.
 *
 * The pane does not send the email itself: item.sendAsync needs the read/write mailbox
 * permission (@types/office-js, sendAsync: "Minimum permission level: read/write mailbox"), which
 * lets an add-in read and change every item in the mailbox. The add-in keeps read/write item
 * (docs/outlook.md, "Permissions"): after the reason is recorded the user presses Send again, and
 * the handler lets the email go because the kept verdict is marked overridden. */
var NeedToKnow = globalThis.NeedToKnow || (globalThis.NeedToKnow = {});

(function (ntk) {
  "use strict";
  ntk.CATEGORIES = ["manager-approved", "client-consented", "professional-need"];

  function checkPath(checkId, action) {
    return "/api/v1/checks/" + encodeURIComponent(checkId) + "/" + action;
  }

  /** The override body: `{justification, category?}` (category only when it is a known one). */
  ntk.overrideBody = function (justification, category) {
    var body = { justification: String(justification || "").trim() };
    if (ntk.CATEGORIES.indexOf(category) >= 0) body.category = category;
    return body;
  };

  /** Record `justification` (and an optional category) for the current draft's warning, then
   * stamp the header with the override's stamp; resolves "recorded" (the user presses Send). */
  ntk.justify = function (item, settings, justification, category) {
    var body = ntk.overrideBody(justification, category);
    if (body.justification.length < 3) return Promise.reject(ntk.failure("invalid", "Say in a few words why this email should go."));
    return ntk.check(item, settings).then(function (result) {
      var verdict = result.verdict;
      if (verdict.decision !== "warn") {
        throw ntk.failure("invalid", verdict.decision === "block" ? "This email can't be sent, even with a reason." : "There is no warning to give a reason for.");
      }
      return ntk.token(settings, true).then(function (token) {
        return ntk.post(settings, checkPath(verdict.check_id, "override"), body, token);
      }).then(function (answer) {
        if (answer.status !== 201) throw ntk.answerFailure(answer);
        result.state.overridden = verdict.check_id;
        verdict.stamp = typeof answer.json.stamp === "string" && answer.json.stamp ? answer.json.stamp : verdict.check_id;
        return ntk.saveState(item, result.state).then(function () {
          return ntk.stampHeader(item, verdict.stamp);
        });
      });
    }).then(function () { return "recorded"; });
  };

  /** "This is wrong": report the check with an optional note (at most 1000 characters). */
  ntk.report = function (settings, checkId, note) {
    var body = { note: String(note || "").trim().slice(0, 1000) };
    if (!checkId) return Promise.reject(ntk.failure("invalid", "There is no check to report yet."));
    return ntk.token(settings, true).then(function (token) {
      return ntk.post(settings, checkPath(checkId, "report"), body, token);
    }).then(function (answer) {
      if (answer.status !== 201) throw ntk.answerFailure(answer);
      return true;
    });
  };

  /** Interactive sign-in (task pane only); afterwards the handler's silent request succeeds. */
  ntk.signIn = function (settings) {
    return ntk.token(settings, true);
  };
})(NeedToKnow);
