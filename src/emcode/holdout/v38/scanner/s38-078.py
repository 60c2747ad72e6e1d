import sys

import yaml


def load_outage_plan(path):
    with open(path) as fh:
        return yaml.load(fh, Loader=yaml.Loader)


if __name__ == "__main__":
    plan = load_outage_plan(sys.argv[1])
    for step in plan.get("steps", []):
        print("-", step.get("act