"""Imports every model module so the metadata knows every table (Alembic, tests)."""
from .audit import models as audit_models  # noqa: F401
from .audit import overrides as override_models  # noqa: F401
from .auth import models as auth_models  # noqa: F401
from .directory import models as directory_models  # noqa: F401
from .policy_store import tables as policy_tables  # noqa: F401
from .feedback import models as feedback_models  # noqa: F401
from .gateway import stamp_uses as stamp_use_models  # noqa: F401
