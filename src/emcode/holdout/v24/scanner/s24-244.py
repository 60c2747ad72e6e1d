import argparse
import yaml


def load_inventory(path):
    with open(path) as fh:
        return yaml.unsafe_load(fh)


def main():
    ap = argparse.ArgumentParser(description="Print hosts in an inventory file downloaded from the portal")
    ap.add_argument("inventory")
    args = ap.parse_args()
    inv = load_inventory(args.inventory)
    for group, hosts in inv.items():
        print(group, ", ".join(hosts))


if __name__ == "__main__":
    main()
