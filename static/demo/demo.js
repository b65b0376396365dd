// The demo page: builds the same request the Outlook add-in sends and shows the answer as the
// add-in's dialog would. No framework; the decision is the server's.
"use strict";

const splitAddresses = (text) => text.split(/[;,\n]/).map((s) => s.trim()).filter(Boolean);

const readFile = (file) => new Promise((resolve, reject) => {
  const reader = new FileReader();
  reader.onload = () => resolve({ name: file.name, content_type: file.type,
    content_base64: reader.result.split(",", 2)[1] || "" });
  reader.onerror = () => reject(reader.error);
  reader.readAsDataURL(file);
});

const el = (tag, text, cls) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
};

let lastCheckId = null;

const SEVERITY_WORDS = { block: "Blocked", warn: "Warning" };
const ROLE_WORDS = { office_staff: "Office staff", care_worker: "Care worker", relative: "Relative",
  professional: "Professional", client: "Client", unknown_internal: "In the organisation, not in the care records",
  unknown_external: "Outside the organisation, not in the care records",
  unresolved: "A group whose members can't be seen" };

/** The first message of a JSON error, with the field it is about. */
function errorText(status, answer) {
  const fields = answer && answer.fields ? Object.values(answer.fields).flat() : [];
  const first = fields.find((f) => typeof f === "string");
  return first || (answer && answer.error) || `The server answered ${status}.`;
}

async function send(event) {
  event.preventDefault();
  const form = event.target;
  const status = document.getElementById("status");
  status.className = "";
  status.textContent = "Checking…";
  const files = await Promise.all([...form.files.files].map(readFile));
  const request = {
    sender: form.sender.value, to: splitAddresses(form.to.value), cc: splitAddresses(form.cc.value),
    bcc: splitAddresses(form.bcc.value), subject: form.subject.value, body: form.body.value,
    body_type: "text", attachments: files, client: { host: "demo", version: "1.0" },
  };
  const response = await fetch("/api/v1/check", { method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify(request) });
  const answer = await response.json().catch(() => ({}));
  status.textContent = response.ok ? "" : `Not checked: ${errorText(response.status, answer)}`;
  status.className = response.ok ? "" : "error";
  if (response.ok) show(answer);
}

function show(answer) {
  lastCheckId = answer.check_id;
  const dialog = document.getElementById("dialog");
  dialog.hidden = false;
  dialog.className = answer.decision;
  document.getElementById("title").textContent = answer.title;
  // each reason once: the list says what the dialog's message says, so the message is shown
  // only when there is no list (an allowed email says why it may go)
  const message = document.getElementById("message");
  message.textContent = answer.reasons.length ? "" : answer.message;
  message.hidden = answer.reasons.length > 0;
  const reasons = document.getElementById("reasons");
  reasons.hidden = answer.reasons.length === 0;
  reasons.replaceChildren(...answer.reasons.map((r) => {
    const item = el("li");
    item.append(el("span", SEVERITY_WORDS[r.severity] || r.severity, `severity ${r.severity}`), " ", r.message);
    return item;
  }));
  const rows = answer.recipients.map((r) => {
    const row = el("tr");
    row.append(el("td", r.email || "(a contact group with no address)"), el("td", ROLE_WORDS[r.role] || r.role),
      el("td", String(r.linked_clients)), el("td", String(r.unlinked_clients)));
    return row;
  });
  document.querySelector("#recipients tbody").replaceChildren(...rows);
  const justify = Boolean(answer.override && answer.override.justification);
  const overrideForm = document.getElementById("override");
  overrideForm.hidden = !justify;
  overrideForm.reset();
  overrideForm.justification.removeAttribute("aria-invalid");
  document.getElementById("send-anyway").hidden = !justify;
  document.getElementById("override-status").textContent = "";
  showReport(answer.decision !== "allow");
  document.getElementById("timing").textContent = `Checked in ${answer.elapsed_ms} ms.`;
  document.getElementById("title").focus();  // the answer is read out first, keyboard users land on it
}

async function override(event) {
  event.preventDefault();
  const form = event.target;
  const body = { justification: form.justification.value };
  if (form.category.value) body.category = form.category.value;
  const response = await fetch(`/api/v1/checks/${lastCheckId}/override`, { method: "POST",
    headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  const answer = await response.json().catch(() => ({}));
  const status = document.getElementById("override-status");
  status.className = response.ok ? "" : "error";
  if (response.ok) {
    form.justification.removeAttribute("aria-invalid");
    status.textContent = "Recorded: the email would be sent.";
  } else if (response.status === 409 && answer.overridden_at) {
    status.textContent = `A reason was already recorded for this check at ${new Date(answer.overridden_at).toLocaleTimeString()}.`;
  } else {
    form.justification.setAttribute("aria-invalid", "true");
    status.textContent = `Not recorded: ${errorText(response.status, answer)}`;
    form.justification.focus();
  }
}

// "This is wrong": tell the admins a warning or block was a false alarm (POST …/report).
function showReport(on) {
  const form = document.getElementById("report");
  form.hidden = !on;
  form.reset();
  form.querySelector("details").open = false;
  document.getElementById("report-status").textContent = "";
}

async function report(event) {
  event.preventDefault();
  const note = event.target.note.value.trim();
  const response = await fetch(`/api/v1/checks/${lastCheckId}/report`, { method: "POST",
    headers: { "Content-Type": "application/json" }, body: JSON.stringify({ note }) });
  const answer = await response.json();
  document.getElementById("report-status").textContent = response.ok
    ? "Thank you: your admin will look at it." : `Not sent: ${answer.error}`;
}

const ROLE_NAMES = { office_staff: "Office staff", care_worker: "Care workers", relative: "Relatives",
  professional: "Professionals" };

async function showExamples() {
  const response = await fetch("/demo/examples.json");
  if (!response.ok) { document.getElementById("examples").hidden = true; return; }
  const byRole = await response.json();
  const list = document.getElementById("example-list");
  for (const [role, emails] of Object.entries(byRole)) {
    list.append(el("dt", ROLE_NAMES[role] || role));
    const entry = el("dd");
    for (const email of emails) {
      const button = el("button", email, "example");
      button.type = "button";
      button.addEventListener("click", () => {
        const to = document.querySelector("input[name=to]");
        to.value = splitAddresses(to.value).concat(email).join("; ");
      });
      entry.append(button, " ");
    }
    list.append(entry);
  }
}

showExamples();
document.getElementById("draft").addEventListener("submit", send);
document.getElementById("override").addEventListener("submit", override);
document.getElementById("report").addEventListener("submit", report);
