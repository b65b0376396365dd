"""Gunicorn settings for Need to Know: `needtoknow serve --production`, or
`gunicorn --config infra/gunicorn.conf.py` (the app is `needtoknow:create_app()`).

Every value comes from NEEDTOKNOW_* settings (server/needtoknow/config.py), read here once.
"""
import math
import os
import tempfile

from needtoknow import config as _config

# Under gunicorn, directory snapshots are rebuilt in the background (needtoknow/snapshots.py):
# a change is seen within this many seconds plus one build, and never makes a check wait.
os.environ.setdefault("NEEDTOKNOW_SNAPSHOT_REFRESH_SECONDS", "1")
_settings = _config.from_environment()

# The master builds the app once and forks workers from it: patterns, automata and the directory
# view's code are shared, and a broken app fails at start-up rather than in every worker.
wsgi_app = "needtoknow:create_app()"
preload_app = True
bind = [_settings["BIND"]]


def available_cpus():
    """CPUs this process may run on, counting a container's CPU quota (cgroup v2 cpu.max)."""
    count = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    try:
        with open("/sys/fs/cgroup/cpu.max", encoding="ascii") as f:
            quota, period = f.read().split()
        if quota != "max":
            count = min(count, max(1, math.ceil(int(quota) / int(period))))
    except (OSError, ValueError):
        pass
    return max(1, count or 1)


# A check is CPU work (extraction, scanning) between waits on PostgreSQL and Redis: one process per
# CPU for the CPU work, a few threads each to overlap the waits.
# Measured (docs/operations.md, 4 Dec): at 300 short checks/s, 4 workers x 4 threads had a lower p95
# than 2 x 8 (keep-alive connections stay with the worker that took them), but each worker keeps its
# own snapshot after a directory change: one per CPU stays the default, NEEDTOKNOW_WORKERS overrides.
workers = _settings["WORKERS"] or available_cpus()
worker_class = "gthread"
threads = max(1, _settings["THREADS"])


def request_seconds(settings):
    """The longest a legitimate check takes: the largest allowed attachment (base64, so 4/3 of its
    size) uploaded at the slowest rate we serve, plus its extraction time limit, plus a margin."""
    upload = settings["MAX_ATTACHMENT_BYTES"] * 4 / 3 / settings["SLOWEST_UPLOAD_BYTES_PER_SECOND"]
    return math.ceil(upload + settings["EXTRACT_SECONDS"] + 10)


# A worker silent for longer than a whole check is stuck; on SIGTERM, checks in flight may finish.
timeout = request_seconds(_settings)
graceful_timeout = timeout
keepalive = 5  # behind a proxy that reuses connections
max_requests = 10000  # recycle workers now and then: parsers of hostile files may leak
max_requests_jitter = 1000
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
limit_request_line = 8190
limit_request_field_size = 16380

accesslog = "-"
errorlog = "-"
loglevel = _settings["LOG_LEVEL"].lower()
logger_class = "needtoknow.observability.access.JsonLogger"  # path only: no query string, no body
proc_name = "needtoknow"

# Prometheus: each worker writes its samples to files in one directory of this instance's own; set
# here, before the master imports the app (and so prometheus_client), and inherited by workers.
# Prepared here, before the app is preloaded (an unlabelled metric writes its file on import).
metrics_dir = _settings["METRICS_DIR"] or tempfile.mkdtemp(prefix="needtoknow-metrics-")
os.environ["PROMETHEUS_MULTIPROC_DIR"] = os.environ["NEEDTOKNOW_METRICS_DIR"] = metrics_dir
os.makedirs(metrics_dir, exist_ok=True)
from needtoknow.observability.serving import prepare_metrics_dir  # noqa: E402 — after the variable

prepare_metrics_dir(metrics_dir)


def when_ready(server):
    """In the master, before the first fork: build the directory snapshot once, so every worker
    starts with it (copy-on-write) instead of each building its own before its first check."""
    from needtoknow.services import get_services

    get_services(server.app.wsgi()).snapshots.prepare()


def post_worker_init(worker):
    """In each worker, before it takes traffic: its attachment helpers started, snapshot current."""
    from needtoknow.services import get_services

    get_services(worker.wsgi).warm()


def post_fork(server, worker):
    from needtoknow.observability.serving import after_fork

    after_fork(server)


def child_exit(server, worker):
    from needtoknow.observability.serving import worker_exited

    worker_exited(worker.pid)


def on_exit(server):
    from needtoknow.observability.serving import clean_metrics_dir

    clean_metrics_dir(metrics_dir, configured=bool(_settings["METRICS_DIR"]))
