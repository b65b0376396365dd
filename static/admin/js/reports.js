// Reports page: staff's "This is wrong" reports, with the reasons the check gave; mark one dealt with.
import { call, query } from "./api.js";
import { $, fill, h, notify, table, when } from "./dom.js";
import { ruleName } from "./words.js";

export function init() {
  $("#reports-all").addEventListener("change", show);
}

export async function show() {
  const all = $("#reports-all").checked;
  const page = await call("GET", "/reports" + query({ open: all ? "false" : "true", limit: 200 }));
  const rows = page.reports.map((r) => [when(r.created_at), r.reporter, r.note || "—",
    h("div", {}, r.decision ? h("span", { class: `badge ${r.decision}` }, r.decision) : "",
      " ", h("code", {}, r.check_id)),
    r.rules.length ? h("ul", { class: "changes" }, r.rules.map((id) => h("li", {}, ruleName(id)))) : "—",
    r.recipients.join(", ") || "—",
    r.resolved_at ? `Dealt with by ${r.resolved_by}`
      : h("button", { type: "button", onclick: () => resolve(r) }, "Dealt with")]);
  fill($("#reports-results"),
    h("p", { class: "hint", id: "reports-count" }, page.total
      ? `${page.total} ${all ? "" : "open "}report${page.total === 1 ? "" : "s"}.`
      : all ? "No reports yet." : "No open reports."),
    rows.length ? table(null, ["When", "Reported by", "Their note", "Check", "Reasons given",
      "Recipients", ""], rows, "Reports of false alarms") : null);
}

async function resolve(report) {
  try {
    await call("POST", `/reports/${report.id}/resolve`);
    notify("The report was marked as dealt with.");
  } catch (e) { notify(e.message, true); }
  await show();
}
