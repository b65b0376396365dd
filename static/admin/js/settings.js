// Settings page: one form over every setting; only changed values are stored (and audited).
import { call } from "./api.js";
import { $, busy, lines, notify, showErrors } from "./dom.js";

const LISTS = ["org_domains", "org_phones", "org_postcodes"];
const CHOICES = ["fail_mode"];

export function init() {
  $("#settings-form").addEventListener("submit", save);
}

export async function show() {
  fill(await call("GET", "/settings"));
}

function fill(settings) {
  const form = $("#settings-form");
  for (const [key, value] of Object.entries(settings)) {
    const field = form.elements[key];
    if (!field) continue;
    if (LISTS.includes(key)) field.value = value.join("\n");
    else if (field.dataset && field.dataset.scale) field.value = +(value / field.dataset.scale).toFixed(2);
    else field.value = value;  // a radio group takes its checked value this way too
  }
}

// A value shown in bigger units (MB) goes back as a whole number of the API's unit (bytes).
function scaled(field) {
  const scale = Number(field.dataset.scale || 1);
  return scale === 1 ? Number(field.value) : Math.round(Number(field.value) * scale);
}

async function save(event) {
  event.preventDefault();
  const form = event.target;
  const body = {};
  for (const el of form.elements) {
    if (!el.name || body[el.name] !== undefined) continue;
    const field = form.elements[el.name];
    if (LISTS.includes(el.name)) body[el.name] = lines(field.value);
    else if (CHOICES.includes(el.name)) body[el.name] = field.value;
    else if (field.value !== "") body[el.name] = scaled(field);
  }
  busy(form, true);
  try {
    fill(await call("PATCH", "/settings", body));
    showErrors($(".form-errors", form), null, form);
    notify("The settings were saved. The next check uses them.");
  } catch (e) { showErrors($(".form-errors", form), e, form); } finally { busy(form, false); }
}
