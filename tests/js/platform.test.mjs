// The add-in as Microsoft documents the platform (issue 14): each test quotes the typing or the
// page it follows. Driven through office-addin-mock against the real backend where a check runs.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import vm from "node:vm";
import { OUTPUT, SOURCES } from "../../static/outlook/build.mjs";
import { demoFixtures, ROOT, startBackend } from "./support/backend.mjs";
import { composeItem, fire, loadAddin, recordingFetch } from "./support/outlook.mjs";

const require = createRequire(import.meta.url);
const TYPINGS = readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8");
const SOURCE = SOURCES.map((file) => readFileSync(file, "utf8")).join("\n")  // the code, not its comments
  .replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
const CLIENT = "6e1e7a4c-3f0b-4a5e-9d7e-0c1b2a3d4e5f";
const TENANT = "0a1b2c3d-0000-4000-8000-00000000aaaa";

let backend, demo;
before(async () => { [backend, demo] = await Promise.all([startBackend(), Promise.resolve(demoFixtures())]); });
after(() => backend && backend.stop());

const person = (email, type = "user") => ({ emailAddress: email, displayName: "", recipientType: type });
const personalData = "<p>NHS number 943 476 5919, date of birth 01/02/1940.</p>";

function setup(spec = {}, { query = "", fetch } = {}) {
  const draft = composeItem({ from: demo.office, to: [person(demo.carer)], subject: "Rota", body: "<p>Hello.</p>", ...spec });
  const runtimeUrl = `${backend.url}/static/outlook/launchevent.js?api=${backend.url}&timeout=3000${query}`;
  const log = [];
  const addin = loadAddin({ draft, runtimeUrl, fetch: fetch || recordingFetch(log) });
  return { draft, addin, log };
}

/** Methods whose every typing says "Minimum permission level: read/write mailbox" (a name such
 * as getAsync, needing read/write mailbox on one object and less on others, is not counted). */
function readWriteMailboxMethods() {
  const levels = {};
  const pattern = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*(\w+)\s*[<(]/g;
  for (const [, doc, name] of TYPINGS.matchAll(pattern)) {
    const level = (doc.match(/Minimum permission level[^*]*\*\*:\s*\*\*([^*]+)\*\*/) || [])[1];
    if (level) (levels[name] ||= new Set()).add(level);
  }
  return Object.keys(levels).filter((name) => [...levels[name]].every((l) => l === "read/write mailbox"));
}

describe("1. permissions: the add-in asks for read/write item and uses nothing that needs more", () => {
  // @types/office-js, MessageCompose.sendAsync: "[Api set: Mailbox 1.15] … Minimum permission
  // level: read/write mailbox". The add-in keeps ReadWriteItem (docs/outlook.md, "Permissions").
  test("no call needs the read/write mailbox permission", () => {
    const methods = readWriteMailboxMethods();
    assert.ok(methods.includes("sendAsync") && methods.includes("makeEwsRequestAsync"), "the typings list them");
    const used = methods.filter((name) => new RegExp(`[".]${name}\\b`).test(SOURCE));
    assert.deepEqual(used, []);
  });

  test("both committed manifests ask for read/write item", () => {
    const xml = readFileSync(join(ROOT, "manifest", "outlook", "manifest.xml"), "utf8");
    const unified = JSON.parse(readFileSync(join(ROOT, "manifest", "outlook", "manifest.json"), "utf8"));
    assert.deepEqual(xml.match(/<Permissions>(\w+)<\/Permissions>/)[1], "ReadWriteItem");
    assert.deepEqual(unified.authorization.permissions.resourceSpecific,
      [{ name: "MailboxItem.ReadWrite.User", type: "Delegated" }]);
  });

  test("after the reason the user presses Send: nothing is sent from the pane", async () => {
    const { addin, draft, log } = setup({ to: [person("someone@example.org", "externalUser")], body: personalData });
    await fire(addin, "onMessageSendHandler");
    const outcome = await addin.ntk.justify(addin.Office.context.mailbox.item, addin.ntk.settings(),
      "The GP asked for it today");
    assert.equal(outcome, "recorded");
    assert.ok(!draft.calls.includes("sendAsync"));
    assert.deepEqual(log[1].body, { justification: "The GP asked for it today" });
    assert.equal(log[1].status, 201);
    const again = await fire(addin, "onMessageSendHandler");
    assert.deepEqual(again.options, { allowEvent: true });
  });

  test("reopening the pane after the reason does not undo it with a new check", async () => {
    const { addin, log } = setup({ to: [person("someone@example.org", "externalUser")], body: personalData });
    const item = addin.Office.context.mailbox.item;
    const first = await addin.ntk.check(item, addin.ntk.settings(), undefined, true);
    assert.equal(first.response.reasons.length > 0, true, "the pane gets every reason");
    await addin.ntk.justify(item, addin.ntk.settings(), "The GP asked for it today");
    const reopened = await addin.ntk.check(item, addin.ntk.settings(), undefined, true);
    assert.equal(reopened.verdict.check_id, first.verdict.check_id);
    assert.equal(log.length, 2, "one check, one override, no third request");
    assert.deepEqual((await fire(addin, "onMessageSendHandler")).options, { allowEvent: true });
  });
});

describe("3. a single-tenant app signs in at its own tenant", () => {
  // MSAL.js, "Initialize the public client application": "If your application audience is a
  // single tenant, you must provide an authority with your tenant id".
  async function authorityFor(query) {
    const { addin } = setup({}, { query });
    const seen = [];
    addin.context.msal = { createNestablePublicClientApplication: async (config) => {
      seen.push(config.auth.authority);
      return { acquireTokenSilent: async () => ({ accessToken: "t" }) };
    } };
    await fire(addin, "onMessageSendHandler");
    return seen;
  }

  test("the tenant in the settings is the authority", async () => {
    assert.deepEqual(await authorityFor(`&client=${CLIENT}&tenant=${TENANT}`), [`https://login.microsoftonline.com/${TENANT}`]);
  });

  test("without one, a multi-tenant app keeps organizations", async () => {
    assert.deepEqual(await authorityFor(`&client=${CLIENT}`), ["https://login.microsoftonline.com/organizations"]);
  });
});

describe("4. Office.onReady is called when the script loads", () => {
  // @types/office-js, Office.onReady: "Ensures that the Office JavaScript APIs are ready to be
  // called by the add-in"; office-js-docs-pr ("Initialize your Office Add-in"): an add-in
  // initialises with Office.onReady() or Office.initialize.
  const text = readFileSync(OUTPUT, "utf8");

  test("once, before the associations, which stay at the top level", () => {
    const order = [];
    const Office = { onReady: (callback) => { order.push("onReady"); assert.equal(callback, undefined); return Promise.resolve({}); },
                     actions: { associate: (name) => order.push(name) } };
    vm.runInContext(text, vm.createContext({ Office }));
    assert.deepEqual(order, ["onReady", "onMessageSendHandler", "onAppointmentSendHandler",
      "onRecipientsChangedHandler", "onAttachmentsChangedHandler"]);
  });

  test("a host without it, or one that throws, still gets the handlers", () => {
    for (const onReady of [undefined, () => { throw new Error("not ready"); }, () => Promise.reject(new Error("no"))]) {
      const names = [];
      vm.runInContext(text, vm.createContext({ Office: { onReady, actions: { associate: (n) => names.push(n) } } }));
      assert.equal(names.length, 4);
    }
  });

  test("the task pane guards its call too", () => {
    const pane = readFileSync(join(ROOT, "static", "outlook", "taskpane.js"), "utf8");
    assert.match(pane, /typeof Office !== "undefined" && typeof Office\.onReady === "function"/);
  });
});

describe("7. an attachment Outlook can't hand over is one unreadable attachment, not a failed check", () => {
  // @types/office-js, getAttachmentContentAsync, Errors: "`AttachmentTypeNotSupported`: The
  // attachment type isn't supported. Unsupported types include embedded images in Rich Text
  // Format, or item attachment types other than email or calendar items (such as a contact or
  // task item)." Office.Error carries it as `name`.
  test("an attached contact becomes an unreadable-attachment reason", async () => {
    const contact = { id: "c1", name: "Jo Bloggs", size: 900, attachmentType: "item", content: null };
    const unsupported = { name: "AttachmentTypeNotSupported", message: "The attachment type isn't supported.", code: 9030 };
    const { addin, log } = setup({ attachments: [contact], fail: { getAttachmentContentAsync: unsupported } });
    const { options } = await fire(addin, "onMessageSendHandler");
    assert.deepEqual(log[0].body.attachments, [{ name: "Jo Bloggs", kind: "unreadable" }]);
    const answer = log[0].response;
    assert.equal(answer.decision, "warn");
    // a contact's name may be a person's: the server labels it as it labels any such file name
    assert.deepEqual(answer.reasons.map((r) => [r.rule, r.locations]), [["unreadable-attachment", ["attachment 1"]]]);
    assert.equal(options.allowEvent, false);
    assert.equal(options.errorMessage, answer.message, "the user sees the server's reason, not a failure");
  });

  test("any other attachment error is still a failure of the check", async () => {
    const { addin, log } = setup({ attachments: [{ id: "a1", name: "x.pdf", size: 3, content: null }],
                                   fail: { getAttachmentContentAsync: true } });
    const { options } = await fire(addin, "onMessageSendHandler");
    assert.equal(log.length, 0);
    assert.match(options.errorMessage, /could not read this email/);
  });
});

describe("the header carries the server's latest stamp", () => {
  // COMMON.md contract: check and override responses carry "stamp"; the add-in writes the latest
  // into X-NeedToKnow-Check, falling back to the check id when a response has none.
  // the real backend's answers, with the stamp set (as issue 12's server will) or taken away
  const stamping = (log, stamped = true) => async (url, init) => {
    const response = await recordingFetch(log)(url, init);
    const { stamp: _, ...json } = await response.json();
    const own = String(url).endsWith("/override") ? "o.x" : `c.${json.check_id}`;
    const body = JSON.stringify(response.status < 300 && stamped ? { ...json, stamp: own } : json);
    return new Response(body, { status: response.status, headers: { "Content-Type": "application/json" } });
  };

  test("the check's stamp on Send, the override's after the reason", async () => {
    const log = [];
    const { addin, draft } = setup({ to: [person("someone@example.org", "externalUser")], body: personalData },
      { fetch: stamping(log) });
    await fire(addin, "onMessageSendHandler");
    const checkId = log[0].response.check_id;
    assert.deepEqual(draft.spec.headers, { "X-NeedToKnow-Check": `c.${checkId}` });
    await addin.ntk.justify(addin.Office.context.mailbox.item, addin.ntk.settings(), "The GP asked for it today");
    assert.equal(draft.spec.headers["X-NeedToKnow-Check"], "o.x", "written by the task pane at once");
    await fire(addin, "onMessageSendHandler");
    assert.equal(draft.spec.headers["X-NeedToKnow-Check"], "o.x", "and again on Send");
  });

  test("a server without stamps: the check id, before and after the reason", async () => {
    const log = [];
    const { addin, draft } = setup({ to: [person("someone@example.org", "externalUser")], body: personalData },
      { fetch: stamping(log, false) });
    await fire(addin, "onMessageSendHandler");
    const checkId = log[0].response.check_id;
    await addin.ntk.justify(addin.Office.context.mailbox.item, addin.ntk.settings(), "The GP asked for it today");
    await fire(addin, "onMessageSendHandler");
    assert.deepEqual(draft.spec.headers, { "X-NeedToKnow-Check": checkId });
  });
});

describe("the override body (COMMON.md contract)", () => {
  // POST /api/v1/checks/<id>/override {"justification": str, "category": optional str};
  // categories manager-approved, client-consented, professional-need.
  const context = vm.createContext({});
  vm.runInContext(readFileSync(OUTPUT, "utf8"), context);
  const body = (...args) => JSON.parse(JSON.stringify(context.NeedToKnow.overrideBody(...args)));
  test("a known category rides along; anything else is left out", () => {
    assert.deepEqual(body("  Agreed with Sam  ", "manager-approved"), { justification: "Agreed with Sam", category: "manager-approved" });
    assert.deepEqual(body("Agreed with Sam", "client-consented").category, "client-consented");
    assert.deepEqual(body("Agreed with Sam", "professional-need").category, "professional-need");
    assert.deepEqual(body("Agreed with Sam", ""), { justification: "Agreed with Sam" });
    assert.deepEqual(body("Agreed with Sam", "because"), { justification: "Agreed with Sam" });
  });
});
