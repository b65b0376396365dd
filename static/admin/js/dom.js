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

export function table(caption, headers, rows) {
  return h("div", { class: "table-wrap" },
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

// An API error as a list under the form: each field's messages, or the general error.
export function showErrors(container, error, form = document) {
  container.replaceChildren();
  if (!error) return;
  const items = Object.entries(error.fields || {}).flatMap(([field, messages]) =>
    flatten(messages).map((m) => h("li", {}, field === "_schema" ? m : `${label(field, form)}: ${m}`)));
  container.append(h("p", {}, error.message), items.length ? h("ul", {}, items) : null);
  container.focus?.();
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
