/* Need to Know — the task pane: the draft's verdict, the reason for sending a warned email, and
 * sign-in. The logic is NeedToKnow.check / justify / signIn (launchevent.js); this wires the page. */
(function () {
  "use strict";
  var ntk = window.NeedToKnow;
  var $ = function (id) { return document.getElementById(id); };

  function say(text) {
    $("status").textContent = text;
  }

  function show(verdict) {
    $("verdict").hidden = false;
    $("verdict").className = verdict.decision;
    $("verdict-title").textContent = verdict.title;
    $("verdict-message").textContent = verdict.message;
    $("justify").hidden = verdict.decision !== "warn";
    say(verdict.decision === "warn" ? "You can send it with a reason." : "");
  }

  function trouble(error) {
    var kind = (error && error.failure) || "error";
    $("signin").hidden = kind !== "signin" || !ntk.settings().client;
    say(ntk.failureOptions({ kind: kind, detail: error && error.detail }, { failMode: "block" }, "message").errorMessage);
  }

  function refresh() {
    say("Checking this email…");
    return ntk.check(Office.context.mailbox.item, ntk.settings()).then(function (result) { show(result.verdict); }, trouble);
  }

  function submit(event) {
    event.preventDefault();
    var button = $("justify").querySelector("button");
    button.disabled = true;
    say("Recording your reason…");
    ntk.justify(Office.context.mailbox.item, ntk.settings(), $("reason").value).then(function (outcome) {
      $("justify").hidden = true;
      say(outcome === "sent" ? "Reason recorded; the email is on its way." : "Reason recorded. Press Send again.");
    }, trouble).then(function () { button.disabled = false; });
  }

  function signIn() {
    ntk.signIn(ntk.settings()).then(function () {
      $("signin").hidden = true;
      return refresh();
    }, trouble);
  }

  Office.onReady(function () {
    $("justify").addEventListener("submit", submit);
    $("signin-button").addEventListener("click", signIn);
    $("recheck").addEventListener("click", refresh);
    refresh();
  });
})();
