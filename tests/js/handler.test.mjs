// The send-time handler against the real backend (`needtoknow serve --demo`), driven through
// office-addin-mock items. Every test asserts the exact options of the one event.completed call.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { after, before, describe, test } from "node:test";
import { auditRecords, demoFixtures, freePort, startBackend } from "./support/backend.mjs";
import { composeItem, fire, loadAddin, recordingFetch } from "./support/outlook.mjs";

let backend, demo;
before(async () => {
  [backend, demo] = await Promise.all([startBackend(), Promise.resolve(demoFixtures())]);
});
after(() => backend && backend.stop());

const person = (email, type = "user", displayName = "") => ({ emailAddress: email, displayName, recipientType: type });
const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");
const file = (id, name, bytes, extra = {}) => ({ id, name, size: bytes.length, contentType: "",
  content: { format: "base64", content: Buffer.from(bytes).toString("base64") }, ...extra });
const demoFile = (id, name) => file(id, name, Buffer.from(demo.files[name], "base64"));

function setup(spec = {}, { query = "", api, log = [], ...options } = {}) {
  const draft = composeItem({ from: demo.office, to: [person(demo.carer)], subject: "Rota",
                              body: "<p>See you on Monday.</p>", ...spec });
  const runtimeUrl = `${backend.url}/static/outlook/launchevent.js?api=${api || backend.url}&timeout=3000${query}`;
  const addin = loadAddin({ draft, runtimeUrl, fetch: recordingFetch(log), ...options });
  return { draft, addin, log };
}

async function send(addin, name = "onMessageSendHandler") {
  const result = await fire(addin, name);
  assert.equal(result.completions.length, 1, "event.completed is called exactly once");
  return result;
}

// justify (a written reason) is the default warn mode: no "Send anyway" unless warn=prompt
const warned = (answer, kind = "ntkMessagePane", extra = {}) => ({
  allowEvent: false, errorMessage: answer.message, errorMessageMarkdown: answer.message_markdown, ...extra,
  cancelLabel: "Give a reason", commandId: kind,
  contextData: JSON.stringify({ check_id: answer.check_id, reason: "justify" }),
});
const blocked = (answer) => ({ allowEvent: false, errorMessage: answer.message, errorMessageMarkdown: answer.message_markdown });
const personalData = `<p>NHS number ${"943 476 5919"}, date of birth 01/02/1940.</p>`;

describe("verdicts", () => {
  test("allow: an ordinary email goes, stamped with its check", async () => {
    const { addin, draft, log } = setup();
    const { options } = await send(addin);
    assert.deepEqual(options, { allowEvent: true });
    assert.deepEqual(draft.spec.headers, { "X-NeedToKnow-Check": log[0].response.stamp });
    assert.equal(log.length, 1);
    const body = log[0].body;
    assert.equal(body.sender, demo.office);
    assert.deepEqual(body.to, [{ email: demo.carer, name: "", type: "user" }]);
    assert.deepEqual([body.body_type, body.client.host], ["html", "outlook"]);
    assert.match(body.draft_id, /^[0-9a-f]{32}$/);
  });

  test("block: a client list with key safe codes", async () => {
    const { addin, log } = setup({ attachments: [demoFile("a1", "client-list.pdf")] });
    const { options } = await send(addin);
    const answer = log[0].response;
    assert.equal(answer.decision, "block");
    assert.ok(answer.reasons.some((r) => r.rule === "access-code"));
    assert.deepEqual(options, blocked(answer));
  });

  test("warn, then the reason is recorded in the audit log and Send lets the email go", async () => {
    const { addin, draft, log } = setup({ to: [person("someone@example.org", "externalUser")], body: personalData });
    const { options } = await send(addin);
    const answer = log[0].response;
    assert.equal(answer.decision, "warn");
    assert.deepEqual(options, warned(answer));

    const outcome = await addin.ntk.justify(addin.Office.context.mailbox.item, addin.ntk.settings(), "The GP asked for it today");
    assert.equal(outcome, "recorded");
    assert.ok(!draft.calls.includes("sendAsync"), "item.sendAsync needs read/write mailbox: never called");
    const override = auditRecords(backend.database).find((r) => r.kind === "override" && r.check_id === answer.check_id);
    assert.deepEqual(override, { kind: "override", check_id: answer.check_id, decision: "warn", actor: demo.office,
                                 justification: "The GP asked for it today" });
    assert.equal(log.length, 2, "one check, one override");
    assert.deepEqual((await send(addin)).options, { allowEvent: true }, "Send after the reason goes through");
    assert.equal(log.length, 2, "without checking again");
  });

  test("warn in prompt mode offers Send anyway", async () => {
    const { addin, log } = setup({ to: [person("someone@example.org")], body: personalData }, { query: "&warn=prompt" });
    const { options } = await send(addin);
    assert.deepEqual(options, warned(log[0].response, "ntkMessagePane", { sendModeOverride: "promptUser" }));
  });

  test("an appointment's attendees are its recipients", async () => {
    const { addin, log } = setup({ kind: "appointment", to: [person(demo.carer)], cc: [person("someone@example.org")],
                                   body: personalData });
    const { options } = await send(addin, "onAppointmentSendHandler");
    const body = log[0].body;
    assert.deepEqual([body.to[0].email, body.cc[0].email, body.bcc, body.client.item],
                     [demo.carer, "someone@example.org", [], "appointment"]);
    assert.deepEqual(options, warned(log[0].response, "ntkAppointmentPane"));
  });
});

describe("early checks", () => {
  test("a recipient change checks; Send then answers at once from the kept verdict", async () => {
    const { addin, draft, log } = setup({ to: [person("someone@example.org")], body: personalData });
    const early = await send(addin, "onRecipientsChangedHandler");
    assert.equal(early.options, null, "event.completed() with no options");
    assert.equal(log.length, 1);
    assert.equal(draft.spec.notice.type, "errorMessage");
    const onSend = await send(addin);
    assert.equal(log.length, 1, "no second request");
    assert.deepEqual(onSend.options, warned(log[0].response));
    assert.ok(onSend.ms < 250, `answered in ${onSend.ms.toFixed(1)} ms`);
  });

  test("a changed draft is checked again, attachments by SHA-256 only", async () => {
    const rota = Buffer.from(demo.files["rota.docx"], "base64");
    const { addin, draft, log } = setup({ attachments: [file("a1", "rota.docx", rota)] });
    await send(addin, "onAttachmentsChangedHandler");
    assert.equal(log[0].body.attachments[0].content_base64, rota.toString("base64"));
    draft.spec.body = "<p>See you on Tuesday instead.</p>";
    const { options } = await send(addin);
    assert.deepEqual(log[1].body.attachments, [{ name: "rota.docx", sha256: sha256(rota) }]);
    assert.equal(draft.calls.filter((c) => c === "getAttachmentContentAsync").length, 1, "bytes read once");
    assert.equal(log[1].body.draft_id, log[0].body.draft_id);
    assert.deepEqual(options, log[1].response.decision === "allow" ? { allowEvent: true } : warned(log[1].response));
  });

  test("Send during an early check waits for it instead of checking twice", async () => {
    const { addin, log } = setup({ attachments: [demoFile("a1", "client-list.pdf")] });
    const early = fire(addin, "onAttachmentsChangedHandler");
    const { options } = await send(addin);
    await early;
    assert.equal(log.length, 1);
    assert.deepEqual(options, blocked(log[0].response));
  });

  test("an attachment the server forgot is sent again with its bytes", async () => {
    const bytes = Buffer.from("Call notes: nothing to report.\n");
    const forgotten = sha256(bytes);
    const state = { draftId: "d".repeat(32), hashes: { a1: forgotten }, sent: [forgotten], verdict: null, overridden: "" };
    const { addin, log } = setup({ attachments: [file("a1", "notes.txt", bytes)], sessionData: { needtoknow: JSON.stringify(state) } });
    const { options } = await send(addin);
    assert.deepEqual(log.map((e) => e.status), [409, 200]);
    assert.deepEqual(log[0].response.missing, [forgotten]);
    assert.deepEqual(log[1].body.attachments, [{ name: "notes.txt", content_type: "", content_base64: bytes.toString("base64") }]);
    assert.deepEqual(options, { allowEvent: true });
  });
});

describe("recipients and attachments", () => {
  test("attachments of several formats reach the server byte for byte", async () => {
    const eml = "From: a@agency.example\r\nTo: b@agency.example\r\nSubject: Visit\r\n\r\nCall " +
                `${demo.other_client.full_name} on ${demo.other_client.phone}.\r\n`;
    const ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Review\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const attachments = [demoFile("p", "referral.pdf"), demoFile("d", "rota.docx"), demoFile("x", "contacts.xlsx"),
      { id: "m", name: "Visit", size: eml.length, attachmentType: "item", content: { format: "eml", content: eml } },
      { id: "c", name: "Review.ics", size: ics.length, attachmentType: "item", content: { format: "iCalendar", content: ics } }];
    const { addin, log } = setup({ to: [person(demo.relative, "externalUser")], attachments });
    const { options } = await send(addin);
    const sent = log[0].body.attachments;
    for (const [i, name] of ["referral.pdf", "rota.docx", "contacts.xlsx"].entries()) {
      assert.equal(Buffer.from(sent[i].content_base64, "base64").toString("base64"), demo.files[name]);
    }
    assert.equal(Buffer.from(sent[3].content_base64, "base64").toString("utf8"), eml);
    assert.equal(sent[3].content_type, "message/rfc822");
    assert.equal(Buffer.from(sent[4].content_base64, "base64").toString("utf8"), ics);
    assert.equal(sent[4].content_type, "text/calendar");
    const answer = log[0].response;
    assert.equal(answer.decision, "block", "the relative gets another client's referral");
    assert.ok(answer.reasons.some((r) => r.rule === "unlinked-client"));
    assert.deepEqual(options, blocked(answer));
  });

  test("a distribution list goes to the server as one, for it to expand", async () => {
    const { addin, log } = setup({ to: [person("carers@agency.example", "distributionList", "All carers")], body: personalData });
    const { options } = await send(addin);
    assert.deepEqual(log[0].body.to, [{ email: "carers@agency.example", name: "All carers", type: "distributionList" }]);
    const answer = log[0].response;
    assert.equal(answer.recipients[0].role, "unresolved", "no Graph here: the list stays unresolved");
    assert.deepEqual(options, warned(answer));
  });

  test("a contact group with no address is sent as it is and counts as unknown", async () => {
    const { addin, log } = setup({ to: [person(demo.carer), person("", "distributionList", "My carers")], body: personalData });
    const { options } = await send(addin);
    assert.deepEqual(log[0].body.to[1], { email: "", name: "My carers", type: "distributionList" });
    assert.deepEqual(log[0].response.recipients[1].role, "unresolved");
    assert.deepEqual(options, warned(log[0].response));
  });

  test("a cloud attachment is reported as a link, its bytes never read", async () => {
    const cloud = { id: "c1", name: "Care plans.docx", size: 0, attachmentType: "cloud" };
    const { addin, draft, log } = setup({ attachments: [cloud] });
    const { options } = await send(addin);
    assert.deepEqual(log[0].body.attachments, [{ name: "Care plans.docx", kind: "cloud" }]);
    assert.ok(!draft.calls.includes("getAttachmentContentAsync"));
    const answer = log[0].response;
    assert.ok(answer.reasons.some((r) => r.rule === "unreadable-attachment"));
    assert.deepEqual(options, warned(answer));
  });
});

describe("when the check can't run", () => {
  const unreachable = "Need to Know could not reach its service, so this email was not checked.";
  test("backend down: the fail mode decides", async (t) => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    const cases = [
      ["", { allowEvent: false, errorMessage: unreachable + " Send it only if you are sure it holds no client data.", sendModeOverride: "promptUser" }],
      ["&fail=block", { allowEvent: false, errorMessage: unreachable + " Try again in a minute; if this keeps happening, tell your manager." }],
      ["&fail=allow", { allowEvent: true }],
    ];
    for (const [query, expected] of cases) {
      await t.test(query || "warn", async () => {
        const { addin, draft } = setup({}, { api: closed, query });
        assert.deepEqual((await send(addin)).options, expected);
        assert.deepEqual(draft.spec.headers, { "X-NeedToKnow-Check": "unchecked" });
      });
    }
  });

  test("backend slower than the timeout: the handler's own deadline answers, once", async () => {
    let answered;
    const done = new Promise((resolve) => { answered = resolve; });
    const slow = createServer((request, response) => {
      setTimeout(() => { response.writeHead(200, { "Content-Type": "application/json" }); response.end("{}"); answered(); }, 2000);
    });
    await new Promise((r) => slow.listen(0, "127.0.0.1", r));
    try {
      const { addin } = setup({}, { api: `http://127.0.0.1:${slow.address().port}`, query: "&timeout=700" });
      const completions = [];
      const result = await send(addin);
      completions.push(...result.completions);
      assert.deepEqual(result.options, { allowEvent: false, sendModeOverride: "promptUser",
        errorMessage: "Need to Know could not check this email in time. Send it only if you are sure it holds no client data." });
      assert.ok(result.ms >= 650 && result.ms < 1500, `completed after ${result.ms.toFixed(0)} ms`);
      await Promise.race([done, new Promise((r) => setTimeout(r, 2500))]);
      await new Promise((r) => setTimeout(r, 100));
      assert.equal(result.completions.length, 1, "the late answer completes nothing");
    } finally {
      slow.closeAllConnections();
      slow.close();
    }
  });

  test("no token without asking: the user is sent to the task pane to sign in", async () => {
    const { addin, log } = setup({}, { query: "&client=6e1e7a4c-3f0b-4a5e-9d7e-0c1b2a3d4e5f" });
    addin.context.msal = { createNestablePublicClientApplication: async () => ({
      acquireTokenSilent: async () => { throw Object.assign(new Error("interaction_required"), { errorCode: "interaction_required" }); },
      acquireTokenPopup: async () => { throw new Error("the event runtime must never open a window"); } }) };
    const { options } = await send(addin);
    assert.deepEqual(options, { allowEvent: false, sendModeOverride: "promptUser", cancelLabel: "Sign in",
      errorMessage: "Sign in to Need to Know so it can check this email: choose Sign in, then press Send again.",
      commandId: "ntkMessagePane", contextData: JSON.stringify({ reason: "signin" }) });
    assert.equal(log.length, 0);
  });

  test("a silent token is sent as the bearer", async () => {
    const { addin, log } = setup({}, { query: "&client=6e1e7a4c-3f0b-4a5e-9d7e-0c1b2a3d4e5f" });
    const asked = [];
    addin.context.msal = { createNestablePublicClientApplication: async (config) => ({
      acquireTokenSilent: async (request) => { asked.push([config.auth.clientId, request.scopes]); return { accessToken: "token-1" }; } }) };
    assert.deepEqual((await send(addin)).options, { allowEvent: true });
    assert.equal(log[0].headers.Authorization, "Bearer token-1");
    assert.deepEqual(JSON.parse(JSON.stringify(asked)), [["6e1e7a4c-3f0b-4a5e-9d7e-0c1b2a3d4e5f", ["api://6e1e7a4c-3f0b-4a5e-9d7e-0c1b2a3d4e5f/access_as_user"]]]);
  });

  test("Outlook can't give the body: the fail mode decides", async () => {
    const { addin, log } = setup({ fail: { "body.getAsync": true } });
    assert.deepEqual((await send(addin)).options, { allowEvent: false, sendModeOverride: "promptUser",
      errorMessage: "Need to Know could not read this email to check it. Send it only if you are sure it holds no client data." });
    assert.equal(log.length, 0);
  });

  test("an early check that fails still completes its event", async () => {
    const { addin } = setup({}, { api: `http://127.0.0.1:${await freePort()}` });
    assert.equal((await send(addin, "onRecipientsChangedHandler")).options, null);
  });
});
