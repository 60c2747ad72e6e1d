import json


class RuleEngine:
    def __init__(self, rules_path):
        with open(rules_path) as fh:
            self.rules = json.load(fh)

    def evaluate(self, order):
        hits = []
        for rule in self.rules:
            scope = {"order": order, "hit": False}
            exec("hit = " + rule["condition"], {}, scope)
            if scope["hit"]:
                hits.append(rule["name"])
        return hits
