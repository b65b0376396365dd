"""/api/v1/admin/rules: the default rules, and the rules admins set for recipient groups."""
from flask import Blueprint, jsonify, request

from ...policy_store import changes, store
from ...policy.rules import RULES
from .common import actor, json_body, session
from .schemas import AdminGroupRuleSchema, AdminRuleDefinitionSchema

bp = Blueprint("rules", __name__)
RULE = AdminGroupRuleSchema()


@bp.get("/rule-catalogue")
def catalogue():
    return jsonify(AdminRuleDefinitionSchema().dump(RULES.values(), many=True))


@bp.get("/rules")
def list_rules():
    group_id = request.args.get("group_id", type=int)
    return jsonify(RULE.dump(store.list_rules(session(), group_id), many=True))


@bp.post("/rules")
def create_rule():
    rule = changes.create_rule(session(), actor(), RULE.load(json_body()))
    return jsonify(RULE.dump(rule)), 201


@bp.put("/rules/<int:rule_id>")
def update_rule(rule_id):
    rule = changes.update_rule(session(), actor(), rule_id, RULE.load(json_body()))
    return jsonify(RULE.dump(rule))


@bp.delete("/rules/<int:rule_id>")
def delete_rule(rule_id):
    changes.delete_rule(session(), actor(), rule_id)
    return "", 204
