import sys

import yaml


def main(path):
    with open(path) as fh:
        plan = yaml.safe_load(fh)
    for bed in plan.get("beds", []):
        print(bed["name"], bed.get("crop", "-"))


if __name__ == "__main__":
    main(sys.argv[1])
