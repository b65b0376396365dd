"""`needtoknow serve --production`: hand the process over to gunicorn with infra/gunicorn.conf.py,
and the hooks that file calls around forking."""
import os
import shutil
import sys

WSGI_APP = "needtoknow:create_app()"


def gunicorn_argv(conf, bind):
    return [sys.executable, "-m", "gunicorn", "--config", conf, "--bind", bind, WSGI_APP]


def run(app, conf, bind):
    """Replace this process with gunicorn (so it gets the signals a supervisor sends). Settings the
    CLI chose for this run (the demo's organisation domain) go along in the environment."""
    if not os.path.isfile(conf):
        raise FileNotFoundError(f"gunicorn settings not found: {conf}")
    env = dict(os.environ)
    env["NEEDTOKNOW_ORG_DOMAINS"] = ",".join(app.config["ORG_DOMAINS"])
    os.execve(sys.executable, gunicorn_argv(conf, bind), env)


def prepare_metrics_dir(path):
    """The workers' metrics folder, made if missing and emptied of a previous run's sample files
    (they would add up). The folder itself is kept: it may be a mount point, or made by the
    deployment with permissions this process could not set again."""
    os.makedirs(path, exist_ok=True)
    own = f"_{os.getpid()}.db"  # this process's own, made as the metrics module was imported
    for name in os.listdir(path):
        if name.endswith(".db") and not name.endswith(own):
            try:
                os.unlink(os.path.join(path, name))
            except FileNotFoundError:
                pass
    return path


def clean_metrics_dir(path, configured):
    """At shutdown: a folder this run made for itself goes; a configured one stays (restart)."""
    if not configured:
        shutil.rmtree(path, ignore_errors=True)


def after_fork(server):
    """In a new worker: drop database connections inherited from the master (preload opened the
    app there); Redis clients reconnect by themselves when they see a new pid."""
    from .. import db

    app = server.app.wsgi()
    engine = db.sessions(app).kw.get("bind")
    if engine is not None:
        engine.dispose(close=False)


def worker_exited(worker_pid):
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker_pid)
