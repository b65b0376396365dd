// Test a message page: run a check without recording it and show what Outlook would show.
import { call } from "./api.js";
import { $, busy, fill, h, lines, showErrors, table } from "./dom.js";
import { ruleName } from "./words.js";

export function init() {
  $("#test-form").addEventListener("submit", run);
}

export async function show() {}

async function run(event) {
  event.preventDefault();
  const form = event.target;
  const f = form.elements;
  $("#test-result").hidden = true;
  busy(form, true);
  try {
    const body = { sender: f.sender.value, to: lines(f.to.value), cc: lines(f.cc.value),
      bcc: lines(f.bcc.value), subject: f.subject.value, body: f.body.value,
      attachments: await attachments(f.files.files) };
    const result = await call("POST", "/test-message", body);
    showErrors($(".form-errors", form), null, form);
    render(result);
  } catch (e) { showErrors($(".form-errors", form), e, form); } finally { busy(form, false); }
}

async function attachments(files) {
  return Promise.all([...files].map(async (file) => ({ name: file.name,
    content_type: file.type, content_base64: await base64(file) })));
}

function base64(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(",", 2)[1] || "");
    reader.onerror = () => reject(new Error(`${file.name} could not be read.`));
    reader.readAsDataURL(file);
  });
}

function render(result) {
  const groups = Object.fromEntries(result.groups.map((g) => [g.email, g.groups]));
  const box = $("#test-result");
  fill(box,
    h("p", { class: "decision" }, "Decision: ",
      h("span", { class: `badge ${result.decision}`, id: "test-decision" }, result.decision)),
    h("h3", {}, result.title),
    h("p", {}, result.message),
    result.reasons.length ? table("Why", ["Rule", "Severity", "Reason"],
      result.reasons.map((r) => [ruleName(r.rule), r.severity, r.message])) : null,
    table("Recipients", ["Recipient", "Role", "Linked clients", "Not linked", "Groups"],
      result.recipients.map((r) => [r.email || "(contact group)", r.role.replace(/_/g, " "),
        String(r.linked_clients), String(r.unlinked_clients), (groups[r.email] || []).join(", ") || "—"])),
    h("p", { class: "hint" }, "Not recorded in the audit log."));
  box.hidden = false;
  box.focus();
}
