"""Policy tables: recipient groups, the rules admins set for them, and admin settings.

Storage only: the check reads a `Policy` built from these rows by `policy_store.store`.
"""
from sqlalchemy import JSON, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..models import Base


class RecipientGroup(Base):
    """Who is in a group: explicit addresses and distribution lists, plus anyone whose role and
    domain match (an empty list matches any); `network` narrows to inside or outside the
    organisation's domains."""

    __tablename__ = "recipient_groups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str] = mapped_column(String(500), default="")
    roles: Mapped[list] = mapped_column(JSON, default=list)
    domains: Mapped[list] = mapped_column(JSON, default=list)
    addresses: Mapped[list] = mapped_column(JSON, default=list)
    lists: Mapped[list] = mapped_column(JSON, default=list)  # distribution-list addresses
    network: Mapped[str] = mapped_column(String(12), default="any")  # any | organisation | outside


class GroupRule(Base):
    """One default rule's severity for the members of one group (allow relaxes, block tightens)."""

    __tablename__ = "group_rules"
    __table_args__ = (UniqueConstraint("group_id", "rule", name="uq_group_rules_group_rule"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    group_id: Mapped[int] = mapped_column(
        ForeignKey("recipient_groups.id", ondelete="CASCADE"), index=True)
    rule: Mapped[str] = mapped_column(String(40))
    severity: Mapped[str] = mapped_column(String(10))
    note: Mapped[str] = mapped_column(String(500), default="")


class PolicySetting(Base):
    """An admin setting over its default (see `policy.settings_catalogue`)."""

    __tablename__ = "policy_settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)
