// Audit log page: filter, page through, export the same selection as CSV. A bad filter is
// named at its field and clears the results, so old results never pass for new ones.
import { call, query } from "./api.js";
import { $, fill, h, showErrors, table, when } from "./dom.js";
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

function invalid(error) {
  const form = $("#audit-form");
  showErrors($(".form-errors", form), error, form);
  fill($("#audit-results"));
  $("#audit-results").hidden = !!error;
  $("#audit-export").hidden = !!error;
}

async function load() {
  const chosen = filters();
  if (chosen.since && chosen.until && chosen.since > chosen.until) {
    return invalid({ message: "The dates are the wrong way round: nothing is shown.",
      fields: { until: ["must be on or after the From day."] } });
  }
  exportLink();
  let page;
  try {
    page = await call("GET", "/audit" + query({ ...chosen, limit: PAGE, offset }));
  } catch (e) {
    return invalid(e);
  }
  invalid(null);
  const rows = page.records.map((r) => [when(r.created_at), what(r), r.actor || "",
    r.decision ? h("span", { class: `badge ${r.decision}` }, r.decision) : "",
    r.rules.map(ruleName).join(", "), r.recipients.map((x) => x.email).join(", "), details(r)]);
  const last = Math.min(offset + page.records.length, page.total);
  fill($("#audit-results"),
    h("p", { class: "hint", id: "audit-count" }, page.total
      ? `Showing ${offset + 1}–${last} of ${page.total}.` : "Nothing matches."),
    page.total ? table(null, ["When", "What", "Who", "Decision", "Rules", "Recipients", "Details"],
      rows, "Audit records") : null,
    h("div", { class: "actions" },
      h("button", { type: "button", disabled: offset === 0, onclick: () => move(-PAGE) }, "Newer"),
      h("button", { type: "button", disabled: last >= page.total, onclick: () => move(PAGE) }, "Older")));
}

function what(r) {
  if (r.kind === "admin") {
    const lines = r.changes || [];
    return h("div", {}, `Console: ${r.details.what || "change"}`,
      lines.length ? h("ul", { class: "changes" }, lines.map((c) => h("li", {}, c))) : null);
  }
  if (r.kind === "override") return `Sent anyway: “${r.justification || ""}”`;
  if (r.kind === "gateway") return `Mail gateway: ${r.details.outcome || ""}`;
  return r.gateway ? `Check — the gateway saw it go out (${r.gateway})` : "Check";
}

const FOUND = { access_code: "access codes", client: "clients", phone: "phone numbers",
  postcode: "postcodes", nhs_number: "NHS numbers", date_of_birth: "dates of birth",
  email: "email addresses" };

function details(r) {
  const parts = [];
  if (r.check_id) parts.push(h("div", {}, "Check ", h("code", {}, r.check_id)));
  const found = Object.entries(r.counts || {}).filter(([, n]) => n)
    .map(([k, n]) => `${n} ${FOUND[k] || k.replace(/_/g, " ")}`);
  if (found.length) parts.push(h("div", {}, `Found: ${found.join(", ")}`));
  const files = (r.attachments || []).map((a) => a.name).filter(Boolean);
  if (files.length) parts.push(h("div", {}, `Attachments (${files.length}): ${files.join(", ")}`));
  return parts.length ? h("div", {}, parts) : "";
}

function move(step) {
  offset = Math.max(0, offset + step);
  load();
}
