import sys

import yaml


def main(path):
    with open(path) as fh:
        plan = yaml.load(fh, Loader=yaml.Loader)
    for bed in plan["beds"]:
        print(bed["name"], bed.get("crop", "-"))


if __name__ == "__main__":
    main(sys.argv[1])
