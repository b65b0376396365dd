"""The incident tests reuse the incident replica (tests/api) and the signed-in admin (tests/admin)."""
import os
import sys

HERE = os.path.dirname(__file__)
for folder in ("api", "admin"):
    path = os.path.join(os.path.dirname(HERE), folder)
    if path not in sys.path:
        sys.path.insert(0, path)
