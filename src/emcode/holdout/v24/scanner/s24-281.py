import argparse
import yaml


def load_inventory(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=yaml.SafeLoader) or {}


def main() -> None:
    ap = argparse.ArgumentParser(description="Print hosts in an inventory file")
    ap.add_argument("inventory")
    args = ap.parse_args()
    for group, hosts in load_inventory(args.inventory).items():
        print(group, ", ".join(hosts))


if __name__ == "__main__":
    main()
