from dataclasses import dataclass


@dataclass
class Rule:
    name: str
    condition: str  # typed by ops staff in the alerting UI
    action: str


def compile_rule(rule: Rule):
    src = f"def check(reading):\n    return {rule.condition}\n"
    scope: dict = {}
    exec(src, scope)
    return scope["check"]


def evaluate(rules, reading):
    return [r.action for r in rules if compile_rule(r)(reading)]


if __name__ == "__main__":
    import json
    import sys

    rules = [Rule(**r) for r in json.load(open(sys.argv[1]))]
    print(evaluate(rules, {"temp": 31.5, "humidity": 0.4}))
