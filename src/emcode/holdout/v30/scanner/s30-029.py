import argparse

import yaml


def main():
    ap = argparse.ArgumentParser(description="Validate a shipment plan file")
    ap.add_argument("plan")
    args = ap.parse_args()
    with open(args.plan) as fh:
        plan = yaml.unsafe_load(fh)
    for stop in plan["stops"]:
        print(stop["warehouse"], stop["eta"])


if __name__ == "__main__":
    main()
