import argparse
import yaml


def load_inventory(path):
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=yaml.SafeLoader)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("inventory")
    args = ap.parse_args()
    inv = load_inventory(args.inventory) or {}
    for host, vars_ in inv.get("hosts", {}).items():
        print(host, vars_.get("ansible_user", "deploy"))


if __name__ == "__main__":
    main()
