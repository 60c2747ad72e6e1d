import argparse

import yaml


def main():
    ap = argparse.ArgumentParser(description="Load a panel-array layout file")
    ap.add_argument("layout")
    args = ap.parse_args()
    with open(args.layout) as fh:
        layout = yaml.unsafe_load(fh)
    for row in layout["rows"]:
        print(row["name"], len(row["panels"]), "panels")


if __name__ == "__main__":
    main()
