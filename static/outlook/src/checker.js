/* Need to Know — one check of the open draft: read it, answer from the kept verdict if nothing
 * changed, else POST it (attachments the server has seen go by SHA-256 only) and keep the verdict
 * in the item's sessionData for the next event. */
var NeedToKnow = globalThis.NeedToKnow || (globalThis.NeedToKnow = {});

(function (ntk) {
  "use strict";
  var running = {};  // fingerprint → promise: an early check still under way serves Send too

  /** {verdict, state, cached, response?} for the draft as it is now; `fresh` asks the server even
   * when the kept verdict still fits (the task pane wants the full response: every reason) —
   * unless that verdict was overridden, which a new check would undo. */
  ntk.check = function (item, settings, signal, fresh) {
    return Promise.all([ntk.readDraft(item), ntk.loadState(item)]).then(function (read) {
      var draft = read[0], state = read[1];
      return ntk.sha256(ntk.utf8(ntk.fingerprintText(draft))).then(function (fingerprint) {
        var kept = state.verdict && state.verdict.fingerprint === fingerprint;
        if (kept && (!fresh || state.overridden === state.verdict.check_id)) {
          return { verdict: state.verdict, state: state, cached: true };
        }
        if (!running[fingerprint]) {
          running[fingerprint] = post(item, settings, draft, state, fingerprint, signal);
          var forget = function () { delete running[fingerprint]; };
          running[fingerprint].then(forget, forget);
        }
        return running[fingerprint];
      });
    });
  };

  function post(item, settings, draft, state, fingerprint, signal) {
    var files = {};  // sha256 → file read in this check (bytes to hand if the server asks again)
    return Promise.all([ntk.token(settings, false), entries(item, draft, state, files)]).then(function (got) {
      var token = got[0], request = ntk.checkRequest(draft, got[1], state.draftId);
      return ntk.post(settings, "/api/v1/check", request, token, signal).then(function (answer) {
        if (answer.status !== 409) return answer;
        // the server forgot some attachments: send those again with their bytes, once
        return resend(item, draft, request, answer.json.missing || [], files).then(function (again) {
          return ntk.post(settings, "/api/v1/check", again, token, signal);
        });
      }).then(function (answer) {
        if (answer.status !== 200) throw ntk.answerFailure(answer);
        request.attachments.forEach(function (a) {
          var sha = a.sha256 || (a.content_base64 && digestOf(files, a));
          if (sha && state.sent.indexOf(sha) < 0) state.sent.push(sha);
        });
        state.verdict = ntk.keepVerdict(answer.json, fingerprint);
        return ntk.saveState(item, state).then(null, function () {}).then(function () {
          return { verdict: state.verdict, state: state, cached: false, response: answer.json };
        });
      });
    });
  }

  function digestOf(files, entry) {
    for (var sha in files) if (files[sha].base64 === entry.content_base64) return sha;
    return "";
  }

  /** One API entry per attachment; bytes are read and hashed only for attachments new to this
   * draft, and sent only while the server has not seen them. */
  function entries(item, draft, state, files) {
    return Promise.all(draft.attachments.map(function (attachment) {
      if (attachment.type === "cloud") return ntk.fileEntry(attachment, {}, false);
      var known = state.hashes[attachment.id];
      if (known && state.sent.indexOf(known) >= 0) return ntk.fileEntry(attachment, { sha256: known }, true);
      return readHashed(item, attachment, files).then(function (file) {
        if (file.kind === "file") state.hashes[attachment.id] = file.sha256;
        return ntk.fileEntry(attachment, file, false);
      });
    }));
  }

  function readHashed(item, attachment, files) {
    return ntk.readAttachment(item, attachment).then(function (file) {
      if (file.kind !== "file") return file;
      return ntk.sha256(file.bytes).then(function (sha) {
        file.sha256 = sha;
        files[sha] = file;
        return file;
      });
    });
  }

  function resend(item, draft, request, missing, files) {
    var again = JSON.parse(JSON.stringify(request));
    return Promise.all(again.attachments.map(function (entry, i) {
      if (!entry.sha256 || missing.indexOf(entry.sha256) < 0) return entry;
      var have = files[entry.sha256];
      var read = have ? Promise.resolve(have) : readHashed(item, draft.attachments[i], files);
      return read.then(function (file) { return ntk.fileEntry(draft.attachments[i], file, false); });
    })).then(function (list) {
      again.attachments = list;
      return again;
    });
  }
})(NeedToKnow);
