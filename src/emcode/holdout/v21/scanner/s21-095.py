import json
import operator

OPS = {"==": operator.eq, "!=": operator.ne, ">": operator.gt, "<": operator.lt, ">=": operator.ge}


class RuleEngine:
    def __init__(self, rules_path):
        with open(rules_path) as fh:
            self.rules = json.load(fh)

    def evaluate(self, order):
        hits = []
        for rule in self.rules:
            op = OPS.get(rule["op"])
            if op is None:
                raise ValueError(f"rule {rule['name']}: unknown operator {rule['op']!r}")
            if op(order.get(rule["field"]), rule["value"]):
                hits.append(rule["name"])
        return hits
