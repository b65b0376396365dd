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

async function send(event) {
  event.preventDefault();
  const form = event.target;
  const status = document.getElementById("status");
  status.textContent = "Checking…";
  const files = await Promise.all([...form.files.files].map(readFile));
  const request = {
    sender: form.sender.value, to: splitAddresses(form.to.value), cc: splitAddresses(form.cc.value),
    bcc: splitAddresses(form.bcc.value), subject: form.subject.value, body: form.body.value,
    body_type: "text", attachments: files, client: { host: "demo", version: "1.0" },
  };
  const response = await fetch("/api/v1/check", { method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify(request) });
  const answer = await response.json();
  status.textContent = response.ok ? "" : `Error ${response.status}: ${answer.error}`;
  if (response.ok) show(answer);
}

function show(answer) {
  lastCheckId = answer.check_id;
  const dialog = document.getElementById("dialog");
  dialog.hidden = false;
  dialog.className = answer.decision;
  document.getElementById("title").textContent = answer.title;
  document.getElementById("message").textContent = answer.decision === "allow"
    ? "The email would be sent." : answer.message;
  const reasons = document.getElementById("reasons");
  reasons.replaceChildren(...answer.reasons.map((r) => {
    const item = el("li");
    item.append(el("span", r.severity, `severity ${r.severity}`), el("strong", r.rule), " ", r.message);
    return item;
  }));
  const rows = answer.recipients.map((r) => {
    const row = el("tr");
    row.append(el("td", r.email || "(contact group)"), el("td", r.role.replace(/_/g, " ")),
      el("td", String(r.linked_clients)), el("td", String(r.unlinked_clients)));
    return row;
  });
  document.querySelector("#recipients tbody").replaceChildren(...rows);
  document.getElementById("override").hidden = !(answer.override && answer.override.justification);
  document.getElementById("override-status").textContent = "";
  showReport(answer.decision !== "allow");
  document.getElementById("timing").textContent = `Checked in ${answer.elapsed_ms} ms.`;
}

async function override(event) {
  event.preventDefault();
  const justification = event.target.justification.value;
  const response = await fetch(`/api/v1/checks/${lastCheckId}/override`, { method: "POST",
    headers: { "Content-Type": "application/json" }, body: JSON.stringify({ justification }) });
  const answer = await response.json();
  document.getElementById("override-status").textContent = response.ok
    ? "Recorded: the email would be sent." : `Not recorded: ${answer.error}`;
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
