"""db.upgrade's short cut: the newest migration read from the version files' headers."""
import os
import subprocess
import sys

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import text

from needtoknow import db


def test_the_shipped_head_is_alembics():
    heads = ScriptDirectory.from_config(db.alembic_config("sqlite://")).get_heads()
    assert [db.shipped_head()] == heads


def _versions(folder, headers):
    for i, header in enumerate(headers):
        (folder / f"{i:04d}_step.py").write_text(f'"""step {i}\n\nRevision ID: x\n"""\n{header}\n')
    return str(folder)


@pytest.mark.parametrize("headers, head", [
    (["revision = 'a'\ndown_revision = None", "revision = 'b'\ndown_revision = 'a'"], "b"),
    # the typed headers of newer Alembic templates, and a merge of two branches
    (['revision: str = "a"\ndown_revision: Union[str, None] = None',
      'revision: str = "b"\ndown_revision = "a"', 'revision = "c"\ndown_revision = "a"',
      'revision = "d"\ndown_revision = ("b", "c")'], "d"),
    # two heads: Alembic decides
    (["revision = 'a'\ndown_revision = None", "revision = 'b'\ndown_revision = 'a'",
      "revision = 'c'\ndown_revision = 'a'"], None),
    # a header that isn't a plain literal, or is missing: Alembic decides
    (["revision = 'a'\ndown_revision = None", "revision = make_id()\ndown_revision = 'a'"], None),
    (["revision = 'a'\ndown_revision = None", "revision = 'b'"], None),
    (["revision = 'a'\ndown_revision = None", "revision = ['b']\ndown_revision = 'a'"], None),
])
def test_the_shipped_head_is_read_only_when_plain(tmp_path, headers, head):
    assert db.shipped_head(_versions(tmp_path, headers)) == head


def test_a_database_behind_is_still_upgraded(app):
    head = db.shipped_head()
    command.downgrade(db.alembic_config(app.config["DATABASE_URL"]), "-1")
    assert _revision(app) != head
    db.upgrade(app)
    assert _revision(app) == head


def _revision(app):
    with db.sessions(app)() as session:
        return session.execute(text("SELECT version_num FROM alembic_version")).scalar()


def test_a_database_at_the_head_is_left_alone_without_alembic(app, tmp_path):
    script = ("import sys\nfrom needtoknow import create_app, db\n"
              f"app = create_app({{'DATABASE_URL': {app.config['DATABASE_URL']!r}, 'SECRET_KEY': 'k'}}, http=False)\n"
              "db.upgrade(app)\n"
              "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n")
    env = dict(os.environ, NEEDTOKNOW_INSTANCE_PATH=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert done.stdout.splitlines()[-1:] == ["[]"], done.stdout + done.stderr[-2000:]
