// launchevent.js is the file every Outlook loads: it must be the build of src/, and it must run
// as classic Outlook on Windows runs it — a plain script with no modules and no DOM, whose
// handlers never wait for Office.onReady — ending with Office.actions.associate for each function
// the manifests name, at the top level.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import vm from "node:vm";
import { build, OUTPUT } from "../../static/outlook/build.mjs";

const text = readFileSync(OUTPUT, "utf8");

test("launchevent.js is the build of static/outlook/src (run `npm run build:outlook`)", () => {
  assert.equal(text, build());
});

test("it runs in a bare script scope and associates the manifests' functions", () => {
  const associated = [];
  const context = vm.createContext({ Office: { actions: { associate: (name, f) => associated.push([name, typeof f]) } } });
  vm.runInContext(text, context, { filename: "launchevent.js" });
  assert.deepEqual(associated, [["onMessageSendHandler", "function"], ["onAppointmentSendHandler", "function"],
    ["onRecipientsChangedHandler", "function"], ["onAttachmentsChangedHandler", "function"]]);
  assert.equal(typeof context.msal.createNestablePublicClientApplication, "function", "MSAL.js for NAA is inside");
});

test("it uses no modules and ends with the associations", () => {
  const code = text.slice(text.indexOf("// ---- src/")).split("\n")
    .filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line)).join("\n");
  assert.doesNotMatch(code, /\bimport\s|\brequire\(|\bexport\s/);
  assert.equal(code.match(/Office\.onReady\(/g).length, 1, "Office.onReady is called in one place only");
  assert.match(text.trimEnd(), /Office\.actions\.associate\("onAttachmentsChangedHandler", [^)]*\);\n}$/);
});

test("each source file stays small", () => {
  for (const match of text.matchAll(/\/\/ ---- src\/(\S+)\n/g)) {
    const file = readFileSync(new URL(`../../static/outlook/src/${match[1]}`, import.meta.url), "utf8");
    assert.ok(file.split("\n").length <= 200, `${match[1]} has ${file.split("\n").length} lines`);
  }
});
