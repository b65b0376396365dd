"""The demo page at /: type recipients and a body, attach files, see the Outlook dialog."""
from flask import Blueprint, current_app, redirect

bp = Blueprint("demo", __name__)


@bp.get("/")
def index():
    return current_app.send_static_file("demo/index.html")


@bp.get("/demo")
def demo():
    return redirect("/")
