/* Need to Know — the Office.js calls: read the draft, read an attachment's bytes, keep state in
 * the item's sessionData, show a notice, stamp the header. Each callback API becomes a promise. */
var NeedToKnow = globalThis.NeedToKnow || (globalThis.NeedToKnow = {});

(function (ntk) {
  "use strict";
  var STATE = "needtoknow";
  var UNSUPPORTED = "AttachmentTypeNotSupported";

  function failure(kind, detail, officeError) {
    var error = new Error(kind + (detail ? ": " + detail : ""));
    error.failure = kind;
    error.detail = detail || "";
    error.officeError = (officeError && officeError.name) || "";  // Office.Error.name, e.g. InvalidAttachmentId
    return error;
  }
  ntk.failure = failure;

  /** target[method](...args, callback) as a promise of the result's value. */
  function call(target, method, args) {
    return new Promise(function (resolve, reject) {
      if (!target || typeof target[method] !== "function") {
        reject(failure("office", method + " is not available"));
        return;
      }
      target[method].apply(target, (args || []).concat([function (result) {
        if (result && result.status === "succeeded") resolve(result.value);
        else reject(failure("office", method + ": " + ((result && result.error && result.error.message) || "failed"),
                            result && result.error));
      }]));
    });
  }
  ntk.call = call;

  function sender(item, kind) {
    var fallback = function () {
      var profile = Office.context.mailbox.userProfile;
      return profile ? profile.emailAddress : "";
    };
    var source = kind === "appointment" ? item.organizer : item.from;
    if (!source) return Promise.resolve(fallback());
    return call(source, "getAsync").then(function (details) {
      return (details && details.emailAddress) || fallback();
    }, fallback);
  }

  ntk.itemKind = function (item) {
    return item.itemType === "appointment" ? "appointment" : "message";
  };

  /** The draft as it is now: people, subject, body (HTML: hidden text counts too), attachments. */
  ntk.readDraft = function (item) {
    var kind = ntk.itemKind(item);
    var people = function (field) {
      return field ? call(field, "getAsync").then(function (list) { return (list || []).map(ntk.recipient); }) : Promise.resolve([]);
    };
    return Promise.all([
      sender(item, kind),
      people(kind === "appointment" ? item.requiredAttendees : item.to),
      people(kind === "appointment" ? item.optionalAttendees : item.cc),
      people(kind === "appointment" ? null : item.bcc),
      call(item.subject, "getAsync"),
      call(item.body, "getAsync", [(Office.CoercionType && Office.CoercionType.Html) || "html"]),
      call(item, "getAttachmentsAsync"),
    ]).then(function (r) {
      return {
        kind: kind, sender: String(r[0] || ""), to: r[1], cc: r[2], bcc: r[3],
        subject: String(r[4] || ""), body: String(r[5] || ""), bodyType: "html",
        attachments: (r[6] || []).map(function (a) {
          return { id: a.id, name: a.name || "attachment", size: a.size || 0, type: a.attachmentType || "file",
                   contentType: a.contentType || "" };
        }),
      };
    });
  };

  /** An attachment's content; one Outlook can't hand over becomes {kind: "unreadable"}, which the
   * server reports as an attachment it could not check. @types/office-js, getAttachmentContentAsync:
   * "`AttachmentTypeNotSupported`: The attachment type isn't supported. Unsupported types include
   * embedded images in Rich Text Format, or item attachment types other than email or calendar
   * items (such as a contact or task item)." */
  ntk.readAttachment = function (item, attachment) {
    return call(item, "getAttachmentContentAsync", [attachment.id]).then(function (content) {
      return ntk.fileFromContent(attachment, content);
    }, function (error) {
      if (error && error.officeError === UNSUPPORTED) return { kind: "unreadable" };
      throw error;
    });
  };

  ntk.loadState = function (item) {
    var empty = { draftId: ntk.newDraftId(), hashes: {}, sent: [], verdict: null, overridden: "" };
    if (!item.sessionData) return Promise.resolve(empty);
    return call(item.sessionData, "getAsync", [STATE]).then(function (text) {
      var state = JSON.parse(text);
      return state && state.draftId ? state : empty;
    }, function () { return empty; });  // nothing kept yet
  };

  ntk.saveState = function (item, state) {
    if (!item.sessionData) return Promise.resolve();
    return call(item.sessionData, "setAsync", [STATE, JSON.stringify(state)]);
  };

  /** Best effort: a notice never changes the outcome. */
  ntk.showNotice = function (item, notice) {
    var bar = item.notificationMessages;
    if (!bar) return Promise.resolve();
    var done = notice ? call(bar, "replaceAsync", [STATE, notice]) : call(bar, "removeAsync", [STATE]);
    return done.then(null, function () {});
  };

  /** Stamp the message with its check (X-NeedToKnow-Check: the server's latest stamp for it — of
   * the check, or of the override — else the check id, or "unchecked"), so a mail flow rule can
   * hold what left without a check: from Outlook mobile, from other mail programs. Best effort: it
   * never changes the outcome. */
  ntk.stampHeader = function (item, value) {
    if (!item || !item.internetHeaders) return Promise.resolve();
    return call(item.internetHeaders, "setAsync", [{ "X-NeedToKnow-Check": value }]).then(null, function () {});
  };
})(NeedToKnow);
