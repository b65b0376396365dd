// Small DOM helpers: elements are built with text nodes only (directory data is never HTML).
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === false || value == null) continue;
    if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else if (key === "class") el.className = value;
    else el.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export const $ = (selector, root = document) => root.querySelector(selector);

// The wrapper scrolls sideways on narrow screens, so it is a focusable, named region: keyboard
// users can scroll it too.
export function table(caption, headers, rows, label = caption) {
  return h("div", { class: "table-wrap", tabindex: "0", role: "region",
    "aria-label": label || headers.filter(Boolean).join(", ") },
    h("table", {},
      caption ? h("caption", { class: "hint" }, caption) : null,
      h("thead", {}, h("tr", {}, headers.map((x) => h("th", { scope: "col" }, x)))),
      h("tbody", {}, rows.map((cells) => h("tr", {}, cells.map((c) => h("td", {}, c)))))));
}

export function lines(text) {
  return text.split(/[\n,;]+/).map((s) => s.trim()).filter(Boolean);
}

export function notify(message, isError = false) {
  const box = $("#notice");
  box.textContent = message;
  box.className = isError ? "notice error" : "notice";
  box.hidden = !message;
}

// replaceChildren without the "null" a missing part would print.
export function fill(el, ...children) {
  el.replaceChildren(...children.flat().filter((c) => c != null && c !== false));
  return el;
}

let errorIds = 0;

// An API error as a list under the form: each field's messages, or the general error. Each
// field at fault is marked aria-invalid and described by its message.
export function showErrors(container, error, form = document) {
  container.replaceChildren();
  for (const el of form.querySelectorAll("[aria-invalid]")) unmark(el);
  if (!error) return;
  const items = Object.entries(error.fields || {}).flatMap(([field, messages]) =>
    flatten(messages).map((m) => {
      if (field === "_schema") return h("li", {}, m);
      const id = `error-${++errorIds}`;
      const el = form.querySelector(`[name="${CSS.escape(field)}"]`);
      if (el) mark(el, id);
      return h("li", { id }, `${label(field, form)}: ${m}`);
    }));
  container.append(h("p", {}, error.message), items.length ? h("ul", {}, items) : null);
  container.focus?.();
}

function mark(el, id) {
  el.setAttribute("aria-invalid", "true");
  const ids = (el.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
  el.dataset.describedBefore = ids.join(" ");
  el.setAttribute("aria-describedby", [...ids, id].join(" "));
}

function unmark(el) {
  el.removeAttribute("aria-invalid");
  const before = el.dataset.describedBefore;
  if (before) el.setAttribute("aria-describedby", before);
  else el.removeAttribute("aria-describedby");
  delete el.dataset.describedBefore;
}

function flatten(messages) {
  if (Array.isArray(messages)) return messages.flatMap(flatten);
  if (messages && typeof messages === "object") return Object.values(messages).flatMap(flatten);
  return [String(messages)];
}

function label(field, form) {
  const el = form.querySelector(`[name="${CSS.escape(field)}"]`);
  const text = el && el.labels && el.labels[0] ? el.labels[0].textContent : field.replace(/_/g, " ");
  return text.trim();
}

export function busy(form, on) {
  for (const b of form.querySelectorAll("button")) b.disabled = on;
}

export function when(iso) {
  if (!iso) return "";
  const d = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) ? iso : `${iso}Z`);
  return d.toLocaleString();
}
