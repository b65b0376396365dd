// The real backend for the JavaScript tests: `needtoknow serve --demo` on a free port, on a
// throwaway SQLite database and instance folder, plus the demo fixtures and an audit query.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const VENV_BIN = process.env.NEEDTOKNOW_VENV_BIN || join(ROOT, ".venv", "bin");
const NEEDTOKNOW = existsSync(join(VENV_BIN, "needtoknow")) ? join(VENV_BIN, "needtoknow") : "needtoknow";
export const PYTHON = existsSync(join(VENV_BIN, "python")) ? join(VENV_BIN, "python") : "python3";

export function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.on("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

async function ready(url, child, seconds) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the backend exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`the backend did not answer at ${url} within ${seconds}s`);
}

/** Start the backend; `stop()` ends it and removes its files. By default it serves the demo
 * directory; with `clients`, a generated directory of that many clients instead. */
export async function startBackend({ env = {}, clients = 0 } = {}) {
  const folder = mkdtempSync(join(tmpdir(), "ntk-js-"));
  const port = await freePort();
  const database = join(folder, "needtoknow.sqlite");
  const environment = { ...process.env, NEEDTOKNOW_DATABASE_URL: `sqlite:///${database}`,
    NEEDTOKNOW_INSTANCE_PATH: join(folder, "instance"), NEEDTOKNOW_LOG_LEVEL: "WARNING",
    NEEDTOKNOW_ORG_DOMAINS: "agency.example", NEEDTOKNOW_AUTH_MODE: "dev", ...env };
  if (clients) {
    const csv = join(folder, "directory");
    const run = (...args) => execFileSync(NEEDTOKNOW, args, { cwd: ROOT, env: environment, stdio: "pipe" });
    run("directory", "generate", csv, "--clients", String(clients));
    run("directory", "import", join(csv, "people.csv"), join(csv, "relationships.csv"));
  }
  const args = ["serve", "--port", String(port), ...(clients ? [] : ["--demo"])];
  const child = spawn(NEEDTOKNOW, args, { cwd: ROOT, env: environment, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk) => { stderr = (stderr + chunk).slice(-4000); });
  const url = `http://127.0.0.1:${port}`;
  try {
    await ready(url, child, 60);
  } catch (error) {
    child.kill();
    throw new Error(`${error.message}\n${stderr}`);
  }
  return {
    url, port, database,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Rows of the audit log (kind, check_id, decision, actor, justification), newest last. */
export function auditRecords(database) {
  const script = "import json, sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
    + "print(json.dumps(c.execute('select kind, check_id, decision, actor, justification from audit_records order by id').fetchall()))";
  return JSON.parse(execFileSync(PYTHON, ["-c", script, database], { encoding: "utf8" }))
    .map(([kind, check_id, decision, actor, justification]) => ({ kind, check_id, decision, actor, justification }));
}

/** Demo people and documents (tests/js/support/fixtures.py). */
export function demoFixtures() {
  return JSON.parse(execFileSync(PYTHON, [join(ROOT, "tests", "js", "support", "fixtures.py")],
    { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }));
}
