/* Need to Know — the event handlers Outlook calls. Classic Outlook on Windows loads this file
 * directly (no modules, no DOM), so everything hangs off globals and the file ends by calling
 * Office.onReady (guarded) and associating the manifest's function names at the top level.
 * Every path completes its event exactly once. */
var NeedToKnow = globalThis.NeedToKnow || (globalThis.NeedToKnow = {});

(function (ntk) {
  "use strict";
  var EARLY_LIMIT_MS = 20000;

  /** event.completed, callable many times, effective once. */
  ntk.once = function (event) {
    var done = false;
    return function (options) {
      if (done) return false;
      done = true;
      if (options === undefined) event.completed();
      else event.completed(options);
      return true;
    };
  };

  function abortable() {
    return typeof AbortController === "function" ? new AbortController() : { signal: undefined, abort: function () {} };
  }

  function failureOf(error) {
    return { kind: (error && error.failure) || "office", detail: (error && error.detail) || "" };
  }

  /** Send: the kept verdict when the draft is unchanged, else a check, all inside its own
   * deadline well within Outlook's five seconds. */
  function onSend(event) {
    var complete = ntk.once(event);
    var settings = ntk.parseSettings(""), kind = "message", item = null, stamp = "unchecked";
    var control = abortable();
    var timer = null;
    return Promise.resolve().then(function () {
      settings = ntk.settings();
      timer = setTimeout(function () {
        control.abort();
        complete(ntk.failureOptions({ kind: "timeout" }, settings, kind));
      }, settings.timeoutMs);
      item = Office.context.mailbox.item;
      kind = ntk.itemKind(item);
      return ntk.check(item, settings, control.signal).then(function (result) {
        stamp = result.verdict.stamp || result.verdict.check_id;
        return ntk.sendOptions(result.verdict, settings, kind, result.state.overridden);
      });
    }).then(null, function (error) {
      return ntk.failureOptions(failureOf(error), settings, kind);
    }).then(function (options) {
      return ntk.stampHeader(item, stamp).then(function () {
        clearTimeout(timer);
        complete(options);
      });
    });
  }

  /** Recipients or attachments changed: check now, so that Send finds the verdict ready. */
  function onChanged(event) {
    var complete = ntk.once(event);
    var control = abortable();
    var timer = setTimeout(function () {
      control.abort();
      complete();
    }, EARLY_LIMIT_MS);
    return Promise.resolve().then(function () {
      var item = Office.context.mailbox.item;
      return ntk.check(item, ntk.settings(), control.signal).then(function (result) {
        return ntk.showNotice(item, ntk.notice(result.verdict));
      });
    }).then(null, function () {}).then(function () {
      clearTimeout(timer);
      complete();
    });
  }

  ntk.handlers = {
    onMessageSendHandler: onSend,
    onAppointmentSendHandler: onSend,
    onRecipientsChangedHandler: onChanged,
    onAttachmentsChangedHandler: onChanged,
  };
})(NeedToKnow);

// Office.js must be initialised when the add-in's JavaScript loads — Office.onReady() (or
// Office.initialize), even by an add-in with no start-up logic (office-js-docs-pr, "Initialize your
// Office Add-in"). The handlers have none, so it is called bare; a host without it, or one that
// rejects, changes nothing, and the associations below stay at the top level for classic Outlook.
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  try {
    var ntkReady = Office.onReady();
    if (ntkReady && typeof ntkReady.then === "function") ntkReady.then(null, function () {});
  } catch (notReady) { /* the handlers do not depend on it */ }
}
if (typeof Office !== "undefined" && Office.actions && typeof Office.actions.associate === "function") {
  Office.actions.associate("onMessageSendHandler", NeedToKnow.handlers.onMessageSendHandler);
  Office.actions.associate("onAppointmentSendHandler", NeedToKnow.handlers.onAppointmentSendHandler);
  Office.actions.associate("onRecipientsChangedHandler", NeedToKnow.handlers.onRecipientsChangedHandler);
  Office.actions.associate("onAttachmentsChangedHandler", NeedToKnow.handlers.onAttachmentsChangedHandler);
}
