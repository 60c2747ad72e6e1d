import argparse
import yaml


def load_inventory(path):
    with open(path) as fh:
        return yaml.unsafe_load(fh)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("inventory")
    args = ap.parse_args()
    inv = load_inventory(args.inventory)
    for host, vars_ in inv.get("hosts", {}).items():
        print(host, vars_.get("ansible_user", "root"))


if __name__ == "__main__":
    main()
