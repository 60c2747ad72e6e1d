import json
import operator

OPS = {"gt": operator.gt, "lt": operator.lt, "eq": operator.eq}


def load_rules(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        rules = json.load(fh)
    for i, rule in enumerate(rules):
        if rule.get("op") not in OPS:
            raise ValueError(f"{path}: rule {i} has unknown op {rule.get('op')!r}")
    return rules


def triggered(rules: list[dict], readings: dict[str, float]) -> list[str]:
    fired = []
    for rule in rules:
        value = readings.get(rule["sensor"])
        if value is not None and OPS[rule["op"]](value, float(rule["value"])):
            fired.append(rule["action"])
    return fired
