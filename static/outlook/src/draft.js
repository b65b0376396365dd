/* Need to Know — a draft as the check API wants it, and its fingerprint: what, if unchanged,
 * lets Send reuse the verdict of an earlier check. Pure. */
var NeedToKnow = globalThis.NeedToKnow || (globalThis.NeedToKnow = {});

(function (ntk) {
  "use strict";
  var TYPES = ["user", "externalUser", "distributionList", "other"];
  ntk.VERSION = "1.0.0";

  /** Office's EmailAddressDetails → the API's recipient. A personal contact group has no
   * address: it is sent as it is and the server counts it as unknown. */
  ntk.recipient = function (details) {
    details = details || {};
    var type = details.recipientType;
    return {
      email: String(details.emailAddress || "").trim(),
      name: String(details.displayName || ""),
      type: TYPES.indexOf(type) >= 0 ? type : "",
    };
  };

  /** Everything that changes the verdict, in a fixed order. Attachments by id and size: their
   * bytes are read only when new. */
  ntk.fingerprintText = function (draft) {
    var people = function (list) {
      return list.map(function (r) { return [r.email.toLowerCase(), r.type]; });
    };
    return JSON.stringify([
      draft.sender.toLowerCase(), people(draft.to), people(draft.cc), people(draft.bcc),
      draft.subject, draft.bodyType, draft.body,
      draft.attachments.map(function (a) { return [a.id, a.name, a.size, a.type]; }),
    ]);
  };

  ntk.checkRequest = function (draft, files, draftId) {
    return {
      sender: draft.sender,
      to: draft.to, cc: draft.cc, bcc: draft.bcc,
      subject: draft.subject, body: draft.body, body_type: draft.bodyType,
      attachments: files,
      draft_id: draftId,
      client: { host: "outlook", version: ntk.VERSION, item: draft.kind },
    };
  };

  /** The API's attachment entry: by reference, as a cloud link, as one Outlook could not hand
   * over (reported by the server as unreadable), or with its bytes. */
  ntk.fileEntry = function (attachment, file, byReference) {
    if (attachment.type === "cloud" || file.kind === "cloud") return { name: attachment.name, kind: "cloud" };
    if (file.kind === "unreadable") return { name: attachment.name, kind: "unreadable" };
    if (byReference) return { name: attachment.name, sha256: file.sha256 };
    return { name: attachment.name, content_type: file.contentType, content_base64: file.base64 };
  };

  /** Attachment content (Office's AttachmentContent) → {kind, base64, bytes, contentType}. */
  ntk.fileFromContent = function (attachment, content) {
    var format = content && content.format;
    if (format === "url") return { kind: "cloud" };
    if (format === "base64") {
      var base64 = String(content.content).replace(/\s+/g, "");
      return { kind: "file", base64: base64, bytes: ntk.fromBase64(base64),
               contentType: attachment.contentType || "" };
    }
    // an attached email (eml) or meeting (iCalendar) comes as text
    var bytes = ntk.utf8(content ? content.content : "");
    return { kind: "file", base64: ntk.toBase64(bytes), bytes: bytes,
             contentType: format === "eml" ? "message/rfc822" : format === "iCalendar" ? "text/calendar" : "" };
  };

  ntk.newDraftId = function () {
    var hex = "";
    for (var i = 0; i < 32; i++) hex += Math.floor(Math.random() * 16).toString(16);
    return hex;
  };
})(NeedToKnow);
