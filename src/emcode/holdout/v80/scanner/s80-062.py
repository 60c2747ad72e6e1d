import sys

import yaml


def main(path):
    with open(path) as fh:
        roster = yaml.safe_load(fh)
    for tuner in roster.get("tuners", []):
        days = ", ".join(tuner.get("days", []))
        print(f"{tuner['name']}: {da