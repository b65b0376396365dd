// Both manifests validated offline with Microsoft's own tools: the XML manifest converted by
// office-addin-manifest-converter, and the converted and the unified manifest checked against the
// JSON schema that @microsoft/app-manifest bundles (AppManifestUtils.validateAgainstSchema).
// (`office-addin-manifest validate` needs Microsoft's online service; see docs/outlook.md.)
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, describe, test } from "node:test";
import { AppManifestUtils } from "@microsoft/app-manifest";
import { convert } from "office-addin-manifest-converter";
import { PYTHON, ROOT } from "./support/backend.mjs";

const require = createRequire(import.meta.url);
const SCHEMAS = join(dirname(require.resolve("@microsoft/app-manifest/package.json")), "build", "json-schemas", "teams");
const CLIENT = "6e1e7a4c-3f0b-4a5e-9d7e-0c1b2a3d4e5f";
// the arguments manifest/outlook/ was generated with (docs/outlook.md)
export const EXAMPLE = ["--base-url", "https://needtoknow.agency.example/static", "--client-id", CLIENT,
  "--tenant", "0a1b2c3d-0000-4000-8000-00000000aaaa"];

function schema(manifest) {
  const version = manifest.manifestVersion;
  return JSON.parse(readFileSync(join(SCHEMAS, `v${version}`, "MicrosoftTeams.schema.json"), "utf8"));
}

async function schemaErrors(manifest) {
  return AppManifestUtils.validateAgainstSchema(manifest, schema(manifest));
}

function generate(out, args) {
  const run = "import needtoknow.outlook.cli; from needtoknow.cli import main; main()";
  execFileSync(PYTHON, ["-c", run, "manifest", "outlook", ...args, "--out", out], { cwd: ROOT, stdio: "pipe" });
}

const variants = {
  "separate API host, Entra app": ["--base-url", "https://addin.agency.example", "--api-url", "https://ntk.agency.example", "--client-id", CLIENT],
  "one host, dev mode, Block": ["--base-url", "https://ntk.agency.example/static", "--client-id", "", "--send-mode", "block"],
  "justify-only warnings": ["--base-url", "https://addin.agency.example", "--warn-mode", "justify", "--fail-mode", "block"],
};

describe("generated manifests", () => {
  let folder;
  before(() => { folder = mkdtempSync(join(tmpdir(), "ntk-manifests-")); });
  after(() => rmSync(folder, { recursive: true, force: true }));

  for (const [name, args] of Object.entries(variants)) {
    test(`${name}: the unified manifest passes the schema`, async () => {
      const out = join(folder, name.replace(/\W+/g, "-"));
      generate(out, args);
      const unified = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
      assert.deepEqual(await schemaErrors(unified), []);
    });

    test(`${name}: the XML manifest converts, and the conversion passes the schema`, async () => {
      const out = join(folder, name.replace(/\W+/g, "-") + "-xml");
      generate(out, args);
      await convert(join(out, "manifest.xml"), join(out, "converted"));
      const converted = JSON.parse(readFileSync(join(out, "converted", "manifest.json"), "utf8"));
      assert.deepEqual(await schemaErrors(converted), []);
      const events = converted.extensions[0].autoRunEvents.flatMap((set) => set.events.map((e) => e.type)).sort();
      assert.deepEqual(events, ["appointmentAttachmentsChanged", "appointmentAttendeesChanged", "appointmentSending",
        "messageAttachmentsChanged", "messageRecipientsChanged", "messageSending"]);
      const unified = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
      const scripts = (m) => m.extensions[0].runtimes.map((r) => r.code.script).filter(Boolean);
      assert.deepEqual(scripts(converted), scripts(unified), "both manifests load the same handler");
    });
  }
});

describe("committed manifests in manifest/outlook", () => {
  const committed = join(ROOT, "manifest", "outlook");

  test("are what the generator makes from the documented arguments", () => {
    const out = mkdtempSync(join(tmpdir(), "ntk-committed-"));
    try {
      generate(out, EXAMPLE);
      for (const file of ["manifest.xml", "manifest.json", "microsoft-officeaddins-allowed.json", "needtoknow-outlook.zip"]) {
        assert.ok(readFileSync(join(committed, file)).equals(readFileSync(join(out, file))), `${file} is stale`);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test("pass the schema", async () => {
    const unified = JSON.parse(readFileSync(join(committed, "manifest.json"), "utf8"));
    assert.deepEqual(await schemaErrors(unified), []);
  });
});
