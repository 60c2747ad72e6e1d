import re


def matches_rule(rule: dict, value: str) -> bool:
    kind = rule.get("kind", "exact")
    if kind == "exact":
        return value == rule["value"]
    if kind == "regex":
        return re.match(rule["value"], value) is not None
    return False
