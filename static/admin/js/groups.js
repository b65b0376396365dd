// Groups and rules page: recipient groups, the rules set for them, and the standard rules.
import { call } from "./api.js";
import { $, busy, h, lines, notify, showErrors, table } from "./dom.js";
import { ruleName } from "./words.js";

const ROLES = { client: "Clients", care_worker: "Care workers", office_staff: "Office staff",
  relative: "Relatives", professional: "Professionals",
  unknown_internal: "Not in the directory, organisation address",
  unknown_external: "Not in the directory, outside address", unresolved: "Unresolved contact groups" };
const SEVERITY = { allow: "Allow", warn: "Warn", block: "Block" };
const ORDER = { allow: 0, warn: 1, block: 2 };
let catalogue = [];
let groups = [];

export function init() {
  $("#group-roles").replaceChildren(...Object.entries(ROLES).map(([value, text]) =>
    h("label", { class: "inline" }, h("input", { type: "checkbox", name: "roles", value }), text)));
  $("#group-form").addEventListener("submit", saveGroup);
  $("#group-form").addEventListener("reset", () => {
    $("#group-form-title").textContent = "New group";
    $("#group-form").elements.edit_id.value = "";
    showErrors($("#group-form .form-errors"), null, $("#group-form"));
  });
  $("#rule-form").addEventListener("submit", addRule);
  $("#rule-rule").addEventListener("change", () => { describeRule(); defaultSeverity(); });
  $("#rule-form").addEventListener("change", relaxWarning);
}

// Rules that stay "block" unless the admin writes down why (the server insists too).
const SAFETY_RULES = ["access-code"];

function relaxing(rule, severity) {
  return SAFETY_RULES.includes(rule) && severity !== "block";
}

function relaxWarning() {
  const f = $("#rule-form").elements;
  const on = relaxing(f.rule.value, f.severity.value);
  $("#rule-relax").hidden = !on;
  $("#rule-reason").required = on;
}

// Each new rule starts from the chosen rule's own default, never the last one picked.
function defaultSeverity() {
  const rule = catalogue.find((r) => r.id === $("#rule-rule").value);
  if (rule) $("#rule-form").elements.severity.value = rule.severity;
  relaxWarning();
}

export async function show() {
  catalogue = await call("GET", "/rule-catalogue");
  $("#rule-rule").replaceChildren(...catalogue.map((r) => h("option", { value: r.id }, ruleName(r.id))));
  describeRule();
  defaultSeverity();
  $("#catalogue").replaceChildren(table(null, ["Rule", "Normally", "Fires when"],
    catalogue.map((r) => [ruleName(r.id), r.id === "client-data" ? "Off" : SEVERITY[r.severity], r.summary])));
  await refresh();
}

function describeRule() {
  const rule = catalogue.find((r) => r.id === $("#rule-rule").value);
  $("#rule-summary").textContent = rule ? rule.summary : "";
}

async function refresh() {
  groups = await call("GET", "/groups");
  const rules = await call("GET", "/rules");
  $("#rule-group").replaceChildren(...(groups.length
    ? groups.map((g) => h("option", { value: g.id }, g.name))
    : [h("option", { value: "" }, "Create a group first")]));
  $("#groups-list").replaceChildren(groups.length ? table(null, ["Group", "Who is in it", ""],
    groups.map((g) => [g.name, members(g), h("span", {},
      h("button", { type: "button", onclick: () => editGroup(g) }, "Edit"), " ",
      h("button", { type: "button", class: "danger", onclick: () => deleteGroup(g) }, "Delete"))]))
    : h("p", { class: "hint" }, "No groups yet."));
  $("#rules-list").replaceChildren(rules.length ? table(null, ["Group", "Rule", "For this group", "Note", ""],
    rules.map((r) => [r.group, ruleName(r.rule), severityChooser(r), r.note,
      h("button", { type: "button", class: "danger", onclick: () => deleteRule(r) }, "Delete")]))
    : h("p", { class: "hint" }, "No group rules yet: every recipient gets the standard rules."));
}

function members(g) {
  const parts = [];
  if (g.addresses.length) parts.push(`addresses: ${g.addresses.join(", ")}`);
  if (g.lists.length) parts.push(`lists: ${g.lists.join(", ")}`);
  const roles = g.roles.map((r) => ROLES[r] || r).join(", ");
  if (g.roles.length || g.domains.length) {
    parts.push(`${roles || "anyone"}${g.domains.length ? ` at ${g.domains.join(", ")}` : ""}`);
  }
  if (g.network !== "any") parts.push(g.network === "outside" ? "outside addresses only" : "organisation addresses only");
  return parts.join("; ");
}

function severityChooser(rule) {
  const select = h("select", { "aria-label": `Severity of ${rule.rule} for ${rule.group}` },
    Object.entries(SEVERITY).map(([v, text]) => h("option", { value: v, selected: v === rule.severity }, text)));
  select.addEventListener("change", async () => {
    const body = { group_id: rule.group_id, rule: rule.rule, severity: select.value, note: rule.note };
    if (relaxing(rule.rule, select.value) && ORDER[select.value] < ORDER[rule.severity]) {
      body.reason = prompt("Key safe and door codes let someone into a client's home. Why may " +
        `${rule.group} get them? (kept in the audit log)`) || "";
    }
    try {
      await call("PUT", `/rules/${rule.id}`, body);
      rule.severity = select.value;
      notify(`${ruleName(rule.rule)} is now "${SEVERITY[select.value]}" for ${rule.group}.`);
    } catch (e) { select.value = rule.severity; notify(e.message, true); }
  });
  return select;
}

function editGroup(g) {
  const form = $("#group-form");
  $("#group-form-title").textContent = `Change group “${g.name}”`;
  form.elements.edit_id.value = g.id;
  form.elements.name.value = g.name;
  form.elements.description.value = g.description;
  for (const box of form.querySelectorAll("[name=roles]")) box.checked = g.roles.includes(box.value);
  form.elements.domains.value = g.domains.join("\n");
  form.elements.addresses.value = g.addresses.join("\n");
  form.elements.lists.value = g.lists.join("\n");
  form.elements.network.value = g.network;
  form.elements.name.focus();
}

async function saveGroup(event) {
  event.preventDefault();
  const form = event.target;
  const body = { name: form.elements.name.value, description: form.elements.description.value,
    roles: [...form.querySelectorAll("[name=roles]:checked")].map((b) => b.value),
    domains: lines(form.elements.domains.value), addresses: lines(form.elements.addresses.value),
    lists: lines(form.elements.lists.value), network: form.elements.network.value };
  busy(form, true);
  try {
    const saved = await call(form.elements.edit_id.value ? "PUT" : "POST",
      form.elements.edit_id.value ? `/groups/${form.elements.edit_id.value}` : "/groups", body);
    form.reset();
    notify(`The group “${saved.name}” was saved.`);
    await refresh();
  } catch (e) { showErrors($(".form-errors", form), e, form); } finally { busy(form, false); }
}

async function deleteGroup(g) {
  if (!confirm(`Delete the group “${g.name}” and its rules?`)) return;
  try {
    await call("DELETE", `/groups/${g.id}`);
    notify(`The group “${g.name}” was deleted.`);
  } catch (e) { notify(e.message, true); }
  await refresh();
}

async function addRule(event) {
  event.preventDefault();
  const form = event.target;
  const body = { group_id: Number(form.elements.group_id.value), rule: form.elements.rule.value,
    severity: form.elements.severity.value, note: form.elements.note.value };
  if (relaxing(body.rule, body.severity)) body.reason = form.elements.reason.value;
  busy(form, true);
  try {
    const rule = await call("POST", "/rules", body);
    showErrors($(".form-errors", form), null, form);
    form.elements.note.value = "";
    form.elements.reason.value = "";
    defaultSeverity();
    notify(`Added: ${ruleName(rule.rule)} is "${SEVERITY[rule.severity]}" for ${rule.group}.`);
    await refresh();
  } catch (e) { showErrors($(".form-errors", form), e, form); } finally { busy(form, false); }
}

async function deleteRule(r) {
  if (!confirm(`Delete the rule ${ruleName(r.rule)} for ${r.group}?`)) return;
  try {
    await call("DELETE", `/rules/${r.id}`);
    notify(`The rule ${ruleName(r.rule)} for ${r.group} was deleted.`);
  } catch (e) { notify(e.message, true); }
  await refresh();
}
