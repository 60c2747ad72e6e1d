import sys
import yaml


def load_inventory(path):
    with open(path) as fh:
        data = yaml.load(fh, Loader=yaml.SafeLoader)
    hosts = data.get("hosts", [])
    return [h["name"] for h in hosts if "name" in h]


if __name__ == "__main__":
    for name in load_inventory(sys.argv[1]):
        print(name)
