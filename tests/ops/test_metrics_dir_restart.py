"""A service with METRICS_DIR set restarts: the folder is prepared at start and kept at shutdown
(issue 11, finding 11)."""
import os
import subprocess

import pytest

from conftest import NEEDTOKNOW

pytestmark = pytest.mark.postgres


def test_a_configured_metrics_dir_survives_a_restart(pg_url, tmp_path, instances):
    metrics = tmp_path / "metrics"
    env = {"NEEDTOKNOW_DATABASE_URL": pg_url, "NEEDTOKNOW_ORG_DOMAINS": "agency.example",
           "NEEDTOKNOW_INSTANCE_PATH": str(tmp_path), "NEEDTOKNOW_METRICS_DIR": str(metrics)}
    subprocess.run([NEEDTOKNOW, "db", "upgrade"], env=dict(os.environ, **env), check=True,
                   capture_output=True)
    first = instances(env, workers=1)
    assert "needtoknow_http_responses" in first.get("/metrics")
    assert first.stop() == 0
    assert metrics.is_dir(), "shutdown deleted the configured METRICS_DIR"
    (metrics / "counter_999999.db").write_bytes(b"stale")  # a previous run's samples
    second = instances(env, workers=1)
    assert "needtoknow_http_responses" in second.get("/metrics")
    assert not (metrics / "counter_999999.db").exists()  # cleared at start, not at shutdown
    assert second.stop() == 0 and metrics.is_dir()
