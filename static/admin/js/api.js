// Calls to /api/v1/admin/: JSON in and out, the session's CSRF token on every change.
const BASE = "/api/v1/admin";
let csrfToken = "";

export class ApiError extends Error {
  constructor(status, body) {
    super(body.error || `The server answered ${status}.`);
    this.status = status;
    this.fields = body.fields || {};
    this.problems = body.problems || [];
    this.body = body;
  }
}

export async function loadSession() {
  const session = await call("GET", "/session");
  csrfToken = session.csrf_token;
  return session;
}

export function setToken(token) { csrfToken = token; }

export async function call(method, path, body) {
  const headers = { "Accept": "application/json" };
  const init = { method, headers, credentials: "same-origin" };
  if (method !== "GET") headers["X-CSRF-Token"] = csrfToken;
  if (body instanceof FormData) {
    init.body = body;
  } else if (body !== undefined) {
    headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const response = await fetch(BASE + path, init);
  if (response.status === 401 && path !== "/session") {
    window.dispatchEvent(new CustomEvent("signed-out"));  // the sign-in expired: show sign-in
  }
  if (response.status === 204) return null;
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== "" && v != null) q.set(k, v);
  const text = q.toString();
  return text ? `?${text}` : "";
}
