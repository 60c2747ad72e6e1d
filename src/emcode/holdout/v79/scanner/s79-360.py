import json
import sys


def load_rules(path):
    with open(path) as fh:
        rules = json.load(fh)
    return {k: float(v) for k, v in rules.items()}


if __name__ == "__main__":
    for name, threshold in load_rules(sys.argv[1]).items():
        print(f"{name}: alert above {threshold}")
