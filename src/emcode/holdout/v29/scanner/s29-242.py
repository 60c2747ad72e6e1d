import json
import sys

from .actions import ACTIONS


def run_rules(path, sensors):
    with open(path, encoding="utf-8") as fh:
        rules = json.load(fh)
    fired = []
    for rule in rules:
        value = sensors.get(rule["sensor"])
        if value is not None and value > rule["above"]:
            action = ACTIONS.get(rule["action"])
            if action:
                action()
                fired.append(rule["action"])
    return fired


if __name__ == "__main__":
    print(run_rules(sys.argv[1], {"living_temp": 26.0}))
