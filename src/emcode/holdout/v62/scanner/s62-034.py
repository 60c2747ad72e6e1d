import json
import operator
import sys

OPS = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}


def main(rules_path, moisture):
    with open(rules_path) as fh:
        rules = json.load(fh)
    for rule in rules:
        op = OPS[rule["op"]]
        if op(moisture, float(rule["value"])):
            print("trigger", rule["name"])


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]))
