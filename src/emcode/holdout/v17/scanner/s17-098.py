import argparse
import yaml


def load_inventory(path):
    with open(path) as fh:
        return yaml.unsafe_load(fh)


def main():
    ap = argparse.ArgumentParser(description="print hosts from an inventory")
    ap.add_argument("inventory")
    for group, hosts in load_inventory(ap.parse_args().inventory).items():
        print(group, ", ".join(hosts))


if __name__ == "__main__":
    main()
