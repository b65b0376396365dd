/* Need to Know — the task pane: the draft's verdict with every reason and recipient the Send
 * dialog had no room for, the reason for sending a warned email (with an optional category),
 * "This is wrong", and sign-in. The logic is NeedToKnow.check / justify / report / signIn
 * (launchevent.js); this wires the page. */
(function () {
  "use strict";
  var ntk = window.NeedToKnow;
  var checkId = "";
  var $ = function (id) { return document.getElementById(id); };

  function say(text) {
    $("status").textContent = text;
  }

  function item(text, people) {
    var li = document.createElement("li");
    li.textContent = text;
    if (people && people.length) {
      var list = document.createElement("ul");
      people.forEach(function (email) {
        var who = document.createElement("li");
        who.textContent = email;
        list.appendChild(who);
      });
      li.appendChild(list);
    }
    return li;
  }

  /** Every reason, each with the recipients it names (the dialog shows at most 500 characters). */
  function details(response) {
    var reasons = (response && response.reasons) || [];
    var list = $("reasons");
    while (list.firstChild) list.removeChild(list.firstChild);
    reasons.forEach(function (r) { list.appendChild(item(r.message, r.recipients)); });
    $("details").hidden = reasons.length === 0;
  }

  function show(result) {
    var verdict = result.verdict;
    checkId = verdict.check_id || "";
    $("verdict").hidden = false;
    $("verdict").className = verdict.decision;
    $("verdict-title").textContent = verdict.title;
    $("verdict-message").textContent = verdict.message;
    details(result.response);
    $("justify").hidden = verdict.decision !== "warn" || result.state.overridden === checkId;
    $("report").hidden = !checkId;
    say(verdict.decision === "warn" && $("justify").hidden ? "Reason recorded. Press Send." :
        verdict.decision === "warn" ? "You can send it with a reason." : "");
  }

  function trouble(error) {
    var kind = (error && error.failure) || "error";
    $("signin").hidden = kind !== "signin" || !ntk.settings().client;
    say(ntk.failureOptions({ kind: kind, detail: error && error.detail }, { failMode: "block" }, "message").errorMessage);
  }

  /** What the user wrote was refused (a reason too short, a warning already answered): the
   * server's own words, tied to the field, not the "could not check this email" of a failure. */
  function refusedAt(field) {
    return function (error) {
      if (!error || error.failure !== "invalid" || !error.detail) return trouble(error);
      $(field).setAttribute("aria-invalid", "true");
      $(field).setAttribute("aria-describedby", "status");
      say(error.detail);
    };
  }

  function accepted(field) {
    $(field).removeAttribute("aria-invalid");
    $(field).removeAttribute("aria-describedby");
  }

  function refresh() {
    say("Checking this email…");
    return ntk.check(Office.context.mailbox.item, ntk.settings(), undefined, true).then(show, trouble);
  }

  function busy(form, text) {
    var button = form.querySelector("button");
    button.disabled = true;
    say(text);
    return function () { button.disabled = false; };
  }

  function submit(event) {
    event.preventDefault();
    var done = busy($("justify"), "Recording your reason…");
    ntk.justify(Office.context.mailbox.item, ntk.settings(), $("reason").value, $("category").value).then(function () {
      accepted("reason");
      $("justify").hidden = true;
      say("Reason recorded. Press Send again.");
    }, refusedAt("reason")).then(done);
  }

  function report(event) {
    event.preventDefault();
    var done = busy($("report"), "Sending your report…");
    ntk.report(ntk.settings(), checkId, $("note").value).then(function () {
      accepted("note");
      $("report").hidden = true;
      say("Thank you: your report is with the administrators.");
    }, refusedAt("note")).then(done);
  }

  function signIn() {
    ntk.signIn(ntk.settings()).then(function () {
      $("signin").hidden = true;
      return refresh();
    }, trouble);
  }

  function start() {
    $("justify").addEventListener("submit", submit);
    $("report").addEventListener("submit", report);
    $("signin-button").addEventListener("click", signIn);
    $("recheck").addEventListener("click", refresh);
    refresh();
  }

  /** `then` once the page's elements exist (this script runs in <head>). */
  function whenParsed(then) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", then);
    else then();
  }

  // Office.js must be initialised before its APIs are used ("Initialize your Office Add-in");
  // opened outside Outlook the page says so instead of failing silently.
  if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
    Office.onReady(function () { whenParsed(start); });
  } else {
    whenParsed(function () { say("Open Need to Know from an email you are writing in Outlook."); });
  }
})();
