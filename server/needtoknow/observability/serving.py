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
    """An empty directory for the workers' metric files: samples of a previous run would add up."""
    if os.path.isdir(path):
        shutil.rmtree(path)
    os.makedirs(path, exist_ok=True)
    return path


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
