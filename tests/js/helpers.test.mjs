// The handler's pure helpers, table-driven: settings, bytes, the draft's fingerprint and request,
// and the mapping from verdicts and failures to event.completed options.
import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import vm from "node:vm";
import { OUTPUT } from "../../static/outlook/build.mjs";

const context = vm.createContext({});
vm.runInContext(readFileSync(OUTPUT, "utf8"), context);
const ntk = context.NeedToKnow;
const plain = (value) => JSON.parse(JSON.stringify(value));
const SETTINGS = { failMode: "warn", warnMode: "prompt" };

describe("settings from the runtime URL", () => {
  const base = "https://addin.example/outlook/launchevent.js";
  const cases = [
    [base, { api: "https://addin.example", client: "", tenant: "", scope: "", failMode: "warn", warnMode: "justify", timeoutMs: 3500 }],
    [`${base}?api=https://api.example/&client=abc&fail=block&warn=justify&timeout=2000`,
      { api: "https://api.example", client: "abc", tenant: "", scope: "api://abc/access_as_user", failMode: "block", warnMode: "justify", timeoutMs: 2000 }],
    [`${base}?api=https%3A%2F%2Fapi.example&scope=api%3A%2F%2Fx%2Fcheck&fail=maybe&timeout=9000#x`,
      { api: "https://api.example", client: "", tenant: "", scope: "api://x/check", failMode: "warn", warnMode: "justify", timeoutMs: 3500 }],
    ["", { api: "", client: "", tenant: "", scope: "", failMode: "warn", warnMode: "justify", timeoutMs: 3500 }],
    [`${base}?client=abc&tenant=0A1B2C3D-0000-4000-8000-00000000AAAA`,
      { api: "https://addin.example", client: "abc", tenant: "0a1b2c3d-0000-4000-8000-00000000aaaa", scope: "api://abc/access_as_user", failMode: "warn", warnMode: "justify", timeoutMs: 3500 }],
    [`${base}?client=abc&tenant=agency.example`,
      { api: "https://addin.example", client: "abc", tenant: "agency.example", scope: "api://abc/access_as_user", failMode: "warn", warnMode: "justify", timeoutMs: 3500 }],
    [`${base}?client=abc&tenant=../common`,
      { api: "https://addin.example", client: "abc", tenant: "", scope: "api://abc/access_as_user", failMode: "warn", warnMode: "justify", timeoutMs: 3500 }],
  ];
  for (const [url, expected] of cases) {
    test(url || "(no URL)", () => assert.deepEqual(plain(ntk.parseSettings(url)), expected));
  }
});

describe("bytes", () => {
  for (const size of [0, 1, 55, 56, 64, 1000, 65537]) {
    test(`SHA-256 and base64 of ${size} bytes`, async () => {
      const bytes = randomBytes(size);
      const expected = createHash("sha256").update(bytes).digest("hex");
      assert.equal(ntk.sha256Sync(new Uint8Array(bytes)), expected);
      context.crypto = globalThis.crypto;  // the web runtimes' path
      assert.equal(await ntk.sha256(new Uint8Array(bytes)), expected);
      delete context.crypto;
      assert.equal(ntk.toBase64(new Uint8Array(bytes)), bytes.toString("base64"));
      assert.deepEqual(Buffer.from(ntk.fromBase64(bytes.toString("base64") + "\n")), bytes);
    });
  }
  test("UTF-8", () => assert.equal(Buffer.from(ntk.utf8("Zoë’s café 😀")).toString("utf8"), "Zoë’s café 😀"));
});

describe("the draft", () => {
  test("recipients as the API takes them", () => {
    assert.deepEqual(plain([
      { emailAddress: " A@Example.org ", displayName: "A", recipientType: "externalUser" },
      { emailAddress: "", displayName: "My group", recipientType: "distributionList" },
      { emailAddress: "b@example.org", recipientType: "somethingNew" },
    ].map(ntk.recipient)), [
      { email: "A@Example.org", name: "A", type: "externalUser" },
      { email: "", name: "My group", type: "distributionList" },
      { email: "b@example.org", name: "", type: "" },
    ]);
  });

  const draft = { kind: "message", sender: "o@agency.example", to: [{ email: "a@x.example", name: "A", type: "user" }],
    cc: [], bcc: [], subject: "Rota", body: "<p>Hi</p>", bodyType: "html",
    attachments: [{ id: "1", name: "rota.docx", size: 10, type: "file" }] };
  const changes = {
    body: { body: "<p>Hi!</p>" }, subject: { subject: "Rota 2" }, recipient: { cc: [{ email: "b@x.example", name: "", type: "user" }] },
    attachment: { attachments: [{ id: "2", name: "rota.docx", size: 10, type: "file" }] },
  };
  for (const [what, change] of Object.entries(changes)) {
    test(`a changed ${what} changes the fingerprint`, () => {
      assert.notEqual(ntk.fingerprintText({ ...draft, ...change }), ntk.fingerprintText(draft));
    });
  }
  test("a display name or address case does not", () => {
    const renamed = { ...draft, to: [{ email: "A@X.example", name: "Someone", type: "user" }] };
    assert.equal(ntk.fingerprintText(renamed), ntk.fingerprintText(draft));
  });

  const contents = [
    [{ format: "base64", content: "aGk=\n" }, { kind: "file", base64: "aGk=", contentType: "application/pdf", text: "hi" }],
    [{ format: "eml", content: "Subject: x" }, { kind: "file", base64: "U3ViamVjdDogeA==", contentType: "message/rfc822", text: "Subject: x" }],
    [{ format: "iCalendar", content: "BEGIN" }, { kind: "file", base64: "QkVHSU4=", contentType: "text/calendar", text: "BEGIN" }],
    [{ format: "url", content: "https://share.example/x" }, { kind: "cloud" }],
  ];
  for (const [content, expected] of contents) {
    test(`attachment content in ${content.format}`, () => {
      const file = ntk.fileFromContent({ contentType: "application/pdf" }, content);
      assert.equal(file.kind, expected.kind);
      if (expected.kind === "file") {
        assert.deepEqual([file.base64, file.contentType, Buffer.from(file.bytes).toString()], [expected.base64, expected.contentType, expected.text]);
      }
    });
  }
});

describe("verdict → event.completed", () => {
  const verdict = (decision) => ({ decision, check_id: "c1", title: "T", message: "M", message_markdown: "**M**" });
  const cases = [
    ["allow", SETTINGS, "", { allowEvent: true }],
    ["block", SETTINGS, "", { allowEvent: false, errorMessage: "M", errorMessageMarkdown: "**M**" }],
    ["block", SETTINGS, "c1", { allowEvent: false, errorMessage: "M", errorMessageMarkdown: "**M**" }],
    ["warn", SETTINGS, "c1", { allowEvent: true }],
    ["warn", SETTINGS, "", { allowEvent: false, errorMessage: "M", errorMessageMarkdown: "**M**", sendModeOverride: "promptUser",
      cancelLabel: "Give a reason", commandId: "ntkMessagePane", contextData: '{"check_id":"c1","reason":"justify"}' }],
    ["warn", { ...SETTINGS, warnMode: "justify" }, "other", { allowEvent: false, errorMessage: "M", errorMessageMarkdown: "**M**",
      cancelLabel: "Give a reason", commandId: "ntkMessagePane", contextData: '{"check_id":"c1","reason":"justify"}' }],
  ];
  for (const [decision, settings, overridden, expected] of cases) {
    test(`${decision}, ${settings.warnMode}, overridden=${overridden || "no"}`, () => {
      assert.deepEqual(plain(ntk.sendOptions(verdict(decision), settings, "message", overridden)), expected);
    });
  }

  const failures = [
    ["timeout", "warn", { allowEvent: false, sendModeOverride: "promptUser",
      errorMessage: "Need to Know could not check this email in time. Send it only if you are sure it holds no client data." }],
    ["unreachable", "block", { allowEvent: false,
      errorMessage: "Need to Know could not reach its service, so this email was not checked. Try again in a minute; if this keeps happening, tell your manager." }],
    ["error", "allow", { allowEvent: true }],
    ["refused", "block", { allowEvent: false,
      errorMessage: "Need to Know refused to check this email: detail Try again in a minute; if this keeps happening, tell your manager." }],
    ["signin", "block", { allowEvent: false, cancelLabel: "Sign in", commandId: "ntkAppointmentPane", contextData: '{"reason":"signin"}',
      errorMessage: "Sign in to Need to Know so it can check this email: choose Sign in, then press Send again." }],
  ];
  for (const [kind, failMode, expected] of failures) {
    test(`${kind} under fail mode ${failMode}`, () => {
      const options = ntk.failureOptions({ kind, detail: "detail" }, { ...SETTINGS, failMode }, kind === "signin" ? "appointment" : "message");
      assert.deepEqual(plain(options), expected);
    });
  }

  test("messages longer than Outlook's 500 characters are cut", () => {
    const long = ntk.keepVerdict({ check_id: "c", decision: "block", title: "T", message: "x".repeat(800), message_markdown: "y".repeat(800) }, "f");
    assert.deepEqual([long.message.length, long.message_markdown.length, long.message.endsWith("…")], [500, 500, true]);
  });

  test("the compose notice", () => {
    assert.equal(ntk.notice(verdict("allow")), null);
    assert.deepEqual(plain(ntk.notice(verdict("block"))), { type: "errorMessage", message: "Need to Know: T. Press Send to see why." });
  });

  test("event.completed happens once", () => {
    const seen = [];
    const complete = ntk.once({ completed: (...args) => seen.push(args) });
    assert.deepEqual([complete({ allowEvent: true }), complete({ allowEvent: false }), complete()], [true, false, false]);
    assert.deepEqual(plain(seen), [[{ allowEvent: true }]]);
  });
});
