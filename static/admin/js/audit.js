// Audit log page: filter, page through, export the same selection as CSV.
import { call, query } from "./api.js";
import { $, h, table, when } from "./dom.js";
import { ruleName } from "./words.js";

const PAGE = 50;
let offset = 0;

export function init() {
  $("#audit-form").addEventListener("submit", (e) => { e.preventDefault(); offset = 0; load(); });
  $("#audit-form").addEventListener("input", exportLink);
}

export async function show() {
  if ($("#a-rule").options.length === 1) {
    const rules = await call("GET", "/rule-catalogue");
    $("#a-rule").append(...rules.map((r) => h("option", { value: r.id }, ruleName(r.id))));
  }
  await load();
}

function filters() {
  const f = $("#audit-form").elements;
  return { since: f.since.value, until: f.until.value, kind: f.kind.value,
    decision: f.decision.value, rule: f.rule.value, sender: f.sender.value.trim(),
    recipient: f.recipient.value.trim(), source: f.source.value };
}

function exportLink() {
  $("#audit-export").href = "/api/v1/admin/audit/export.csv" + query(filters());
}

async function load() {
  exportLink();
  const page = await call("GET", "/audit" + query({ ...filters(), limit: PAGE, offset }));
  const rows = page.records.map((r) => [when(r.created_at), what(r), r.actor || "",
    r.decision ? h("span", { class: `badge ${r.decision}` }, r.decision) : "",
    r.rules.join(", "), r.recipients.map((x) => x.email).join(", ")]);
  const last = Math.min(offset + page.records.length, page.total);
  $("#audit-results").replaceChildren(
    h("p", { class: "hint", id: "audit-count" }, page.total
      ? `Showing ${offset + 1}–${last} of ${page.total}.` : "Nothing matches."),
    table(null, ["When", "What", "Who", "Decision", "Rules", "Recipients"], rows),
    h("div", { class: "actions" },
      h("button", { type: "button", disabled: offset === 0, onclick: () => move(-PAGE) }, "Newer"),
      h("button", { type: "button", disabled: last >= page.total, onclick: () => move(PAGE) }, "Older")));
}

function what(r) {
  if (r.kind === "admin") return `Console: ${r.details.what || "change"}`;
  if (r.kind === "override") return `Sent anyway: “${r.justification || ""}”`;
  if (r.kind === "gateway") return `Mail gateway: ${r.details.outcome || ""}`;
  return r.gateway ? `Check — the gateway saw it go out (${r.gateway})` : "Check";
}

function move(step) {
  offset = Math.max(0, offset + step);
  load();
}
