// Directory page: import the two CSV files (preview first), search people, show one's links.
import { call, query } from "./api.js";
import { $, busy, h, notify, table } from "./dom.js";

const KINDS = { client: "Client", care_worker: "Care worker", office_staff: "Office staff",
  relative: "Relative", professional: "Professional" };

export function init() {
  $("#import-form").addEventListener("submit", importFiles);
  $("#people-search").addEventListener("submit", (e) => { e.preventDefault(); search(); });
}

export async function show() {
  if (!$("#people-results").hasChildNodes()) await search();
}

async function importFiles(event) {
  event.preventDefault();
  const form = event.target;
  const preview = event.submitter ? event.submitter.value === "preview" : true;
  const data = new FormData();
  data.append("people", $("#import-people").files[0] || new Blob([]), "people.csv");
  data.append("relationships", $("#import-relationships").files[0] || new Blob([]), "relationships.csv");
  data.append("dry_run", preview ? "true" : "false");
  const out = $("#import-result");
  busy(form, true);
  try {
    const report = await call("POST", "/directory/import", data);
    out.replaceChildren(summary(report));
    if (!preview) { notify("The directory was imported."); await search(); }
  } catch (e) {
    out.replaceChildren(problems(e));
  } finally { busy(form, false); }
}

function summary(report) {
  const c = report.changes;
  const kinds = (counts) => Object.entries(counts).filter(([, n]) => n)
    .map(([k, n]) => `${n} ${KINDS[k] || k}`).join(", ") || "none";
  const title = report.dry_run ? "The files are fine. Importing them would:" : "Imported. The directory now:";
  return h("div", { class: "import-summary" },
    h("h4", {}, title),
    h("dl", { class: "summary" },
      h("dt", {}, "People in the files"), h("dd", {}, kinds(report.people)),
      h("dt", {}, "Links between people and clients"), h("dd", {}, report.relationships),
      h("dt", {}, "New people"), h("dd", {}, kinds(c.added)),
      h("dt", {}, "People removed"), h("dd", {}, kinds(c.removed)),
      h("dt", {}, "People with changed details"), h("dd", {}, kinds(c.changed)),
      h("dt", {}, "Links added / removed"), h("dd", {}, `${c.links_added} / ${c.links_removed}`)),
    report.dry_run ? h("p", {}, "Nothing has been saved yet. Press Import to apply it.") : null);
}

function problems(error) {
  if (!error.problems.length) return h("div", { class: "problems", role: "alert" }, error.message);
  return h("div", { class: "problems", role: "alert" },
    h("p", {}, `${error.message} Fix these lines and check the files again:`),
    table(null, ["File", "Line", "Problem"],
      error.problems.map((p) => [p.file, p.line ? String(p.line) : "whole file", p.message])));
}

async function search() {
  const form = $("#people-search");
  const page = await call("GET", "/directory/people" + query({ q: form.elements.q.value, kind: form.elements.kind.value }));
  const rows = page.people.map((p) => [
    h("button", { type: "button", class: "quiet", onclick: () => person(p.id) }, p.full_name),
    KINDS[p.kind] || p.kind, p.email || "", p.id]);
  $("#people-results").replaceChildren(
    h("p", { class: "hint" }, `${page.total} ${page.total === 1 ? "person" : "people"} found` +
      (page.total > page.people.length ? `; showing the first ${page.people.length}.` : ".")),
    rows.length ? table(null, ["Name", "Kind", "Email", "Id"], rows) : null);
}

async function person(id) {
  const p = await call("GET", `/directory/people/${encodeURIComponent(id)}`);
  const links = (list, who) => list.length
    ? table(null, [who, "Relationship", "From", "To", "Active now"], list.map((l) => [
      l.other_name, l.relationship.replace(/_/g, " "), l.valid_from || "—", l.valid_to || "—",
      l.active ? "yes" : "no"]))
    : h("p", { class: "hint" }, "None.");
  const box = $("#person");
  box.replaceChildren(
    h("h3", {}, p.full_name),
    h("dl", { class: "summary" },
      h("dt", {}, "Kind"), h("dd", {}, KINDS[p.kind] || p.kind),
      h("dt", {}, "Id"), h("dd", {}, p.id),
      h("dt", {}, "Email"), h("dd", {}, p.email || "—"),
      h("dt", {}, "Phone"), h("dd", {}, p.phone || "—"),
      h("dt", {}, "Address"), h("dd", {}, [p.address, p.postcode].filter(Boolean).join(", ") || "—")),
    p.kind === "client" ? h("h4", {}, "Who is linked to this client") : h("h4", {}, "Clients this person is linked to"),
    p.kind === "client" ? links(p.linked_people, "Person") : links(p.clients, "Client"));
  box.hidden = false;
  box.focus();
}
