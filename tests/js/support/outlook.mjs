// Outlook as the handler sees it: office-addin-mock objects for Office and the compose item, and
// launchevent.js run the way classic Outlook runs it (a plain script in a bare global scope:
// no modules, no DOM, no TextEncoder/atob/crypto unless a test adds them).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import vm from "node:vm";
import { OfficeMockObject } from "office-addin-mock";
import { ROOT } from "./backend.mjs";

export const BUNDLE = join(ROOT, "static", "outlook", "launchevent.js");
let script = null;

const ok = (value) => ({ status: "succeeded", value });
const failed = (message) => ({ status: "failed", error: { message } });

/** A compose item: `spec` holds what the user wrote; `calls` records the Office calls made. */
export function composeItem(spec) {
  const calls = [];
  const session = new Map(Object.entries(spec.sessionData || {}));
  const later = (name, answer) => function (...args) {
    const callback = args.pop();
    calls.push(name);
    const fail = (spec.fail || {})[name];  // true, or the Office.Error to fail with
    setImmediate(() => callback(fail ? (typeof fail === "object" ? { status: "failed", error: fail } : failed(`${name} failed`))
                                     : answer(...args)));
  };
  const field = (key) => ({ getAsync: later(`${key}.getAsync`, () => ok(spec[key] || [])) });
  const appointment = spec.kind === "appointment";
  const people = appointment ? { requiredAttendees: field("to"), optionalAttendees: field("cc"),
    organizer: { getAsync: later("organizer.getAsync", () => ok({ emailAddress: spec.from })) } }
    : { to: field("to"), cc: field("cc"), bcc: field("bcc"),
        from: { getAsync: later("from.getAsync", () => ok({ emailAddress: spec.from })) } };
  const item = {
    itemType: appointment ? "appointment" : "message",
    ...people,
    subject: { getAsync: later("subject.getAsync", () => ok(spec.subject || "")) },
    body: { getAsync: later("body.getAsync", (coercion) => ok(coercion === "html" ? spec.body || "" : "")) },
    getAttachmentsAsync: later("getAttachmentsAsync", () => ok((spec.attachments || []).map(
      ({ content, ...details }) => ({ attachmentType: "file", isInline: false, ...details })))),
    getAttachmentContentAsync: later("getAttachmentContentAsync", (id) => {
      const found = (spec.attachments || []).find((a) => a.id === id);
      return found ? ok(found.content) : failed("no such attachment");
    }),
    sessionData: {
      getAsync: later("sessionData.getAsync", (key) => (session.has(key) ? ok(session.get(key)) : failed("not found"))),
      setAsync: later("sessionData.setAsync", (key, value) => { session.set(key, value); return ok(undefined); }),
    },
    internetHeaders: {
      setAsync: later("internetHeaders.setAsync", (headers) => { spec.headers = { ...spec.headers, ...headers }; return ok(undefined); }),
    },
    notificationMessages: {
      replaceAsync: later("notificationMessages.replaceAsync", (key, details) => { spec.notice = details; return ok(undefined); }),
      removeAsync: later("notificationMessages.removeAsync", () => { spec.notice = null; return ok(undefined); }),
    },
  };
  if (spec.canSend !== false) item.sendAsync = later("sendAsync", () => { spec.sent = true; return ok(undefined); });
  return { item, calls, session, spec };
}

/** Office (office-addin-mock) around `draft.item`, with launchevent.js loaded against it. */
export function loadAddin({ draft, runtimeUrl, userEmail = "", fetch: fetchImpl = globalThis.fetch, web = false }) {
  const associated = {};
  const Office = new OfficeMockObject({
    host: "outlook",
    context: { mailbox: { item: draft.item, userProfile: { emailAddress: userEmail } },
               urls: { javascriptRuntimeUrl: runtimeUrl } },
    MailboxEnums: { SendModeOverride: { PromptUser: "promptUser" }, ItemType: { Message: "message", Appointment: "appointment" } },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Html: "html", Text: "text" },
    actions: { associate: (name, handler) => { associated[name] = handler; } },
  });
  const globals = { Office, fetch: fetchImpl, AbortController, setTimeout, clearTimeout, console };
  if (web) Object.assign(globals, { crypto: globalThis.crypto, TextEncoder, atob, btoa, URLSearchParams });
  const context = vm.createContext(globals);
  script = script || new vm.Script(readFileSync(BUNDLE, "utf8"), { filename: "launchevent.js" });
  script.runInContext(context);
  return { context, Office, associated, ntk: context.NeedToKnow };
}

/** Fire one event: resolves with the first completion's options (plain JSON), every completion
 * seen by the time the handler has finished, and the milliseconds until completion. */
export async function fire(addin, name) {
  const completions = [];
  let first;
  const completed = new Promise((resolve) => { first = resolve; });
  const event = {
    completed(options) {
      completions.push(options === undefined ? null : JSON.parse(JSON.stringify(options)));
      first(performance.now());
    },
  };
  const started = performance.now();
  const finished = addin.associated[name](event);
  const at = await completed;
  await finished;
  return { options: completions[0], completions, ms: at - started };
}

/** fetch that records each request's JSON body and the answer, then passes it to the backend. */
export function recordingFetch(log) {
  return async (url, init = {}) => {
    const entry = { url: String(url), body: init.body ? JSON.parse(init.body) : null, headers: { ...init.headers } };
    log.push(entry);
    const response = await fetch(url, init);
    entry.status = response.status;
    const text = await response.clone().text();
    entry.response = text ? JSON.parse(text) : null;
    return response;
  };
}
