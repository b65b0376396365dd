// Directory page: import the two CSV files (preview first; large removals need the number typed
// to confirm), search people a page at a time, show one person's links.
import { call, query } from "./api.js";
import { $, busy, fill, h, notify, showErrors, table } from "./dom.js";

const KINDS = { client: "Client", care_worker: "Care worker", office_staff: "Office staff",
  relative: "Relative", professional: "Professional" };
const PAGE = 50;
let offset = 0;

export function init() {
  $("#import-form").addEventListener("submit", importFiles);
  $("#people-search").addEventListener("submit", (e) => { e.preventDefault(); offset = 0; search(); });
  $("#people-previous").addEventListener("click", () => { offset = Math.max(0, offset - PAGE); search(); });
  $("#people-next").addEventListener("click", () => { offset += PAGE; search(); });
  for (const id of ["#import-people", "#import-relationships"]) {
    $(id).addEventListener("change", () => confirmBox(null));  // new files: confirm afresh
  }
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
  const typed = $("#import-confirm-number").value.trim();
  if (!preview && !$("#import-confirm").hidden && typed) data.append("confirm_removals", typed);
  const out = $("#import-result");
  busy(form, true);
  try {
    const report = await call("POST", "/directory/import", data);
    showErrors($(".form-errors", form), null, form);
    fill(out, summary(report));
    confirmBox(report.dry_run && report.removals.flagged ? report.removals : null);
    if (!preview) { notify("The directory was imported."); offset = 0; await search(); }
  } catch (e) {
    if (e.status === 409 && e.body.removals) {
      confirmBox(e.body.removals);
      showErrors($(".form-errors", form), e, form);
      fill(out, removalsWarning(e.body.removals));
    } else {
      showErrors($(".form-errors", form), null, form);
      fill(out, problems(e));
    }
  } finally { busy(form, false); }
}

function confirmBox(removals) {
  $("#import-confirm").hidden = !removals;
  $("#import-confirm-what").textContent = removals && !removals.people ? "links" : "people";
  if (!removals) $("#import-confirm-number").value = "";
}

function removalsWarning(r) {
  const people = `${r.people} of ${r.people_before} people`;
  const links = `${r.links} of ${r.links_before} links`;
  return h("div", { class: "danger-box", role: "alert", id: "import-removals" },
    h("h4", {}, "These files would remove a large part of the directory"),
    h("p", {}, `Importing them removes ${people} and ${links} between people and clients ` +
      `(more than ${Math.round(r.threshold * 100)} %). Carers and relatives who lose their links ` +
      "would be blocked from getting their clients' details."),
    h("p", {}, "If that is right, type the number below and press Import. Otherwise check the " +
      "export from the care system."));
}

function summary(report) {
  const c = report.changes;
  const kinds = (counts) => Object.entries(counts).filter(([, n]) => n)
    .map(([k, n]) => `${n} ${KINDS[k] || k}`).join(", ") || "none";
  const flagged = report.removals && report.removals.flagged;
  let title = report.dry_run ? "The files are fine. Importing them would:" : "Imported. The directory now:";
  if (flagged) title = report.dry_run ? "The files can be read, but importing them would:" : "Imported, with the removals you confirmed:";
  return h("div", { class: "import-summary" },
    flagged && report.dry_run ? removalsWarning(report.removals) : null,
    h("h4", {}, title),
    h("dl", { class: "summary" },
      h("dt", {}, "People in the files"), h("dd", {}, kinds(report.people)),
      h("dt", {}, "Links between people and clients"), h("dd", {}, report.relationships),
      h("dt", {}, "New people"), h("dd", {}, kinds(c.added)),
      h("dt", {}, "People removed"), h("dd", { class: flagged ? "danger" : null }, kinds(c.removed)),
      h("dt", {}, "People with changed details"), h("dd", {}, kinds(c.changed)),
      h("dt", {}, "Links added / removed"),
      h("dd", { class: flagged ? "danger" : null }, `${c.links_added} / ${c.links_removed}`)),
    report.dry_run ? h("p", {}, "Nothing has been saved yet. Press Import to apply it.") : null);
}

function problems(error) {
  if (!error.problems.length) return h("div", { class: "problems", role: "alert" }, error.message);
  return h("div", { class: "problems", role: "alert" },
    h("p", {}, `${error.message} Fix these lines and check the files again:`),
    table(null, ["File", "Line", "Problem"],
      error.problems.map((p) => [p.file, p.line ? String(p.line) : "whole file", p.message]),
      "Problems in the files"));
}

async function search() {
  const form = $("#people-search");
  const page = await call("GET", "/directory/people" + query({ q: form.elements.q.value,
    kind: form.elements.kind.value, limit: PAGE, offset }));
  const rows = page.people.map((p) => [
    h("button", { type: "button", class: "quiet", onclick: () => person(p.id) }, p.full_name),
    KINDS[p.kind] || p.kind, p.email || "—", p.id]);
  const last = offset + page.people.length;
  const count = !page.total ? "Nobody found."
    : page.total <= PAGE ? `${page.total} ${page.total === 1 ? "person" : "people"} found.`
    : `${page.total} people found; showing ${offset + 1}–${last}.`;
  fill($("#people-results"), h("p", { class: "hint", id: "people-count" }, count),
    rows.length ? table(null, ["Name", "Kind", "Email", "Id"], rows, "People found") : null);
  $("#people-pages").hidden = page.total <= PAGE;
  $("#people-previous").disabled = offset === 0;
  $("#people-next").disabled = last >= page.total;
}

async function person(id) {
  const p = await call("GET", `/directory/people/${encodeURIComponent(id)}`);
  const links = (list, who) => list.length
    ? table(null, [who, "Relationship", "From", "To", "Active now"], list.map((l) => [
      l.other_name, l.relationship.replace(/_/g, " "), l.valid_from || "—", l.valid_to || "—",
      l.active ? "yes" : "no"]), "Links")
    : h("p", { class: "hint" }, "None.");
  const box = $("#person");
  fill(box,
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
