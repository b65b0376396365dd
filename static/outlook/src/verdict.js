/* Need to Know — what Outlook is told: the backend's verdict or a failure mapped to the options
 * of event.completed, and the notice shown while composing. Pure: decisions live on the server. */
var NeedToKnow = globalThis.NeedToKnow || (globalThis.NeedToKnow = {});

(function (ntk) {
  "use strict";
  var LIMIT = 500;
  ntk.PANES = { message: "ntkMessagePane", appointment: "ntkAppointmentPane" };
  ntk.FAILURES = {
    timeout: "Need to Know could not check this email in time.",
    unreachable: "Need to Know could not reach its service, so this email was not checked.",
    error: "Need to Know's service had a problem, so this email was not checked.",
    office: "Need to Know could not read this email to check it.",
    signin: "Sign in to Need to Know so it can check this email: choose Sign in, then press Send again.",
    refused: "Need to Know refused to check this email: ",
    invalid: "Need to Know could not check this email: ",
  };
  ntk.AFTER_FAILURE = {
    warn: " Send it only if you are sure it holds no client data.",
    block: " Try again in a minute; if this keeps happening, tell your manager.",
  };

  function fit(text) {
    text = String(text || "");
    return text.length <= LIMIT ? text : text.slice(0, LIMIT - 1) + "…";
  }

  function promptUser() {
    var enums = globalThis.Office && Office.MailboxEnums && Office.MailboxEnums.SendModeOverride;
    return (enums && enums.PromptUser) || "promptUser";
  }

  /** What is kept of a response between checks of one draft (no counts, no reasons). `stamp` is
   * the server's opaque stamp for the header (absent from servers that have none: the check id). */
  ntk.keepVerdict = function (response, fingerprint) {
    return {
      fingerprint: fingerprint, check_id: response.check_id, decision: response.decision,
      stamp: typeof response.stamp === "string" && response.stamp ? response.stamp : String(response.check_id || ""),
      title: response.title, message: fit(response.message), message_markdown: fit(response.message_markdown),
    };
  };

  /** event.completed options for a send, from the verdict. */
  ntk.sendOptions = function (verdict, settings, kind, overridden) {
    if (verdict.decision === "allow" || (verdict.decision === "warn" && overridden === verdict.check_id)) {
      return { allowEvent: true };
    }
    var options = { allowEvent: false, errorMessage: verdict.message, errorMessageMarkdown: verdict.message_markdown };
    if (verdict.decision !== "warn") return options;
    if (settings.warnMode === "prompt") options.sendModeOverride = promptUser();
    options.cancelLabel = "Give a reason";
    options.commandId = ntk.PANES[kind];
    options.contextData = JSON.stringify({ check_id: verdict.check_id, reason: "justify" });
    return options;
  };

  /** event.completed options when the check could not run: the configured fail mode. */
  ntk.failureOptions = function (failure, settings, kind) {
    if (settings.failMode === "allow") return { allowEvent: true };
    var text = ntk.FAILURES[failure.kind] || ntk.FAILURES.error;
    if (failure.detail && (failure.kind === "refused" || failure.kind === "invalid")) text += failure.detail;
    var options = { allowEvent: false, errorMessage: fit(text + (failure.kind === "signin" ? "" : ntk.AFTER_FAILURE[settings.failMode])) };
    if (settings.failMode === "warn") options.sendModeOverride = promptUser();
    if (failure.kind === "signin") {
      options.cancelLabel = "Sign in";
      options.commandId = ntk.PANES[kind];
      options.contextData = JSON.stringify({ reason: "signin" });
    }
    return options;
  };

  /** The bar shown above a draft after an early check; null clears it. */
  ntk.notice = function (verdict) {
    if (!verdict || verdict.decision === "allow") return null;
    return { type: "errorMessage", message: fit("Need to Know: " + verdict.title + ". Press Send to see why.").slice(0, 150) };
  };
})(NeedToKnow);
