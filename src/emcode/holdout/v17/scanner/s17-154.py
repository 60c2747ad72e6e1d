import argparse
import yaml


def load_inventory(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=yaml.SafeLoader)
    return data or {}


def main() -> None:
    ap = argparse.ArgumentParser(description="print hosts from an inventory")
    ap.add_argument("inventory")
    for group, hosts in load_inventory(ap.parse_args().inventory).items():
        print(group, ", ".join(map(str, hosts)))


if __name__ == "__main__":
    main()
