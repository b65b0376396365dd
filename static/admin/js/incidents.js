// Incidents page: whose data reached whom (one check, or a date range), with the ICO-shaped PDF
// and the CSV; and one client's subject-access view. Names come from the directory, now.
import { call, query } from "./api.js";
import { $, h, notify, table, when } from "./dom.js";

const BASE = "/api/v1/admin/incidents";
const HOW = {
  "allowed": "Allowed", "warned": "Warned (could be sent)", "gmail-card": "Gmail card shown",
  "gateway-accept": "Accepted by the mail gateway",
};

export function init() {
  $("#incident-form").addEventListener("submit", (e) => { e.preventDefault(); shown(load()); });
  $("#client-form").addEventListener("submit", (e) => { e.preventDefault(); shown(loadClient()); });
}

export async function show() {}

function shown(loading) {
  notify("");
  loading.catch((e) => notify([e.message, ...Object.values(e.fields || {}).flat()].join(" "), true));
}

function filters() {
  const f = $("#incident-form").elements;
  return { check_id: f.check_id.value.trim(), since: f.since.value, until: f.until.value,
    client: f.client.value.trim(), recipient: f.recipient.value.trim() };
}

async function load() {
  const q = query(filters());
  const view = await call("GET", "/incidents" + query({ ...filters(), limit: 200 }));
  const s = view.summary;
  $("#incident-results").replaceChildren(...[
    h("p", {}, s.pairs
      ? `${s.clients} clients' data reached ${s.recipients} recipients not linked to them ` +
        `(${s.inside} inside the organisation, ${s.outside} outside, ${s.relatives} relatives ` +
        `of other clients) in ${s.checks} email(s).`
      : "No client's data is recorded as reaching anyone not linked to them."),
    s.categories.length ? table("Clients by category of data", ["Category", "Clients"],
      s.categories.map((c) => [c.label, String(c.clients)])) : null,
    s.key_safes.length ? h("p", { class: "warning" },
      `Key safes to change (${s.key_safes.length}): `,
      s.key_safes.map((k) => `${k.name || k.id} (${k.id})`).join(", ")) : null,
    h("div", { class: "actions" },
      h("a", { class: "button", href: `${BASE}/report.pdf${q}`, download: true }, "Report for the ICO (PDF)"),
      h("a", { class: "button", href: `${BASE}/export.csv${q}`, download: true }, "Every pair (CSV)")),
    table(view.entries_total > view.entries.length
      ? `The first ${view.entries.length} of ${view.entries_total} recipients; the CSV has them all.` : null,
      ["When", "Sender", "How it could leave", "Justification", "Recipient", "Clients"],
      view.entries.map((e) => [when(e.created_at), e.sender, h("span", {}, HOW[e.trigger] || e.trigger),
        e.justification, `${e.recipient} (${e.role})`,
        e.clients.map((c) => `${c.name || c.id} [${c.categories.join(", ")}]`).join("; ")])),
  ].filter(Boolean));
}

async function loadClient() {
  const id = $("#client-form").elements.client_id.value.trim();
  if (!id) return;
  const path = `/incidents/clients/${encodeURIComponent(id)}`;
  const view = await call("GET", path);
  $("#client-results").replaceChildren(
    h("p", {}, view.checks.length
      ? `${view.name || view.client_id}: ${view.checks.length} email(s) took their data to someone not linked to them.`
      : `${view.name || view.client_id}: no email is recorded as taking their data to someone not linked to them.`),
    h("div", { class: "actions" },
      h("a", { class: "button", href: `${BASE}/clients/${encodeURIComponent(id)}/export.csv`, download: true },
        "Export as CSV")),
    table(null, ["When", "Sender", "How it could leave", "Justification", "Recipients (what)"],
      view.checks.map((c) => [when(c.created_at), c.sender, HOW[c.trigger] || c.trigger, c.justification,
        c.recipients.map((r) => `${r.email} (${r.role}): ${r.categories.join(", ")}`).join("; ")])));
}
