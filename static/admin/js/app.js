// The console: sign-in, then one page per #hash (directory, groups, settings, test, audit, reports).
import { call, loadSession, setToken } from "./api.js";
import { $, notify } from "./dom.js";
import * as directory from "./directory.js";
import * as groups from "./groups.js";
import * as settings from "./settings.js";
import * as test from "./test.js";
import * as audit from "./audit.js";
import * as incidents from "./incidents.js";
import * as reports from "./reports.js";

const PAGES = { directory, groups, settings, test, audit, incidents, reports };
const SIGNIN_MESSAGES = {
  failed: "Microsoft did not sign you in. Try again.",
  expired: "The sign-in took too long. Try again.",
  unavailable: "Microsoft sign-in is not set up on this server.",
};
let session = null;

async function start() {
  for (const module of Object.values(PAGES)) module.init?.();
  $("#sign-out").addEventListener("click", signOut);
  $("#signin-dev").addEventListener("submit", devSignIn);
  window.addEventListener("hashchange", route);
  window.addEventListener("signed-out", async () => {
    session = await loadSession();
    notify("Your sign-in has ended. Sign in again.", true);
    render();
  });
  session = await loadSession();
  const reason = new URLSearchParams(location.search).get("signin");
  if (reason) notify(SIGNIN_MESSAGES[reason] || "Sign in again.", true);
  render();
}

function render() {
  const admin = session.signed_in && session.admin;
  $("#nav").hidden = !admin;
  $("#who").hidden = !session.signed_in;
  $("#who-name").textContent = session.name || "";
  if (!admin) return showSignIn();
  if (!location.hash) location.hash = "#directory";
  else route();
}

function showSignIn() {
  showPage("signin");
  $("#signin-entra").hidden = !session.entra_sign_in;
  $("#signin-dev").hidden = session.auth_mode !== "dev";
  $("#signin-setup").hidden = session.auth_mode === "dev" || session.entra_sign_in;
  if (session.signed_in) {
    $("#signin-message").textContent = `You are signed in as ${session.username}, but that ` +
      "account is not an admin of Need to Know. Ask your IT team for the admin role.";
  }
}

function showPage(name) {
  for (const page of document.querySelectorAll(".page")) page.hidden = page.id !== `page-${name}`;
  for (const link of document.querySelectorAll("#nav a")) {
    if (link.getAttribute("href") === `#${name}`) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
}

function route() {
  if (!(session && session.admin)) return;
  const name = location.hash.slice(1);
  if (!PAGES[name]) { location.hash = "#directory"; return; }
  notify("");
  showPage(name);
  document.title = `${$(`#page-${name} h2`).textContent} — Need to Know admin`;
  $(`#page-${name} h2`).setAttribute("tabindex", "-1");
  $(`#page-${name} h2`).focus();
  PAGES[name].show().catch((e) => notify(e.message, true));
}

async function devSignIn(event) {
  event.preventDefault();
  try {
    session = await call("POST", "/session");
    setToken(session.csrf_token);
    notify("");
    render();
  } catch (e) { notify(e.message, true); }
}

async function signOut() {
  await call("DELETE", "/session").catch(() => null);
  location.href = "/admin/";
}

start().catch((e) => notify(`The console could not start: ${e.message}`, true));
