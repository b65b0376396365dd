"""Cards checked against Google's own published schema: the Card v1 types (`GoogleAppsCardV1*`)
of Google's discovery document for the Chat API, which google-api-python-client ships
(`googleapiclient/discovery_cache/documents/chat.v1.json`, its `revision` names the version). The
same `google.apps.card.v1` messages render Workspace add-on cards. Proto JSON rejects unknown
fields, so an unknown key is an error here too; enums must be one of the published values."""
import json
import os

import googleapiclient

PATH = os.path.join(os.path.dirname(googleapiclient.__file__), "discovery_cache", "documents", "chat.v1.json")
with open(PATH, encoding="utf-8") as f:
    DOCUMENT = json.load(f)
SCHEMAS = DOCUMENT["schemas"]
CARD = "GoogleAppsCardV1Card"
_TYPES = {"string": str, "boolean": bool, "integer": int, "number": (int, float)}


def problems(value, ref=CARD, path="$"):
    """What in `value` Google's published `ref` schema does not allow (empty: valid)."""
    return _check(value, SCHEMAS[ref], path)


def _check(value, spec, path):
    if "$ref" in spec:
        return problems(value, spec["$ref"], path)
    kind = spec.get("type")
    if kind == "object" and "properties" in spec:
        if not isinstance(value, dict):
            return [f"{path}: expected an object"]
        found = [f"{path}: {key!r} is not in Google's schema" for key in value if key not in spec["properties"]]
        for key, item in value.items():
            if key in spec["properties"]:
                found += _check(item, spec["properties"][key], f"{path}.{key}")
        return found
    if kind == "object":  # a map (additionalProperties) or free-form
        return [] if isinstance(value, dict) else [f"{path}: expected an object"]
    if kind == "array":
        if not isinstance(value, list):
            return [f"{path}: expected a list"]
        return [p for i, item in enumerate(value) for p in _check(item, spec["items"], f"{path}[{i}]")]
    expected = _TYPES.get(kind)
    if expected and (not isinstance(value, expected) or (kind != "boolean" and isinstance(value, bool))):
        return [f"{path}: expected {kind}"]
    if "enum" in spec and value not in spec["enum"]:
        return [f"{path}: {value!r} is not one of Google's {spec['enum']}"]
    return []
