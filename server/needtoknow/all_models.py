"""Imports every model module so the metadata knows every table (Alembic, tests)."""
from .audit import models as audit_models  # noqa: F401
from .directory import models as directory_models  # noqa: F401
