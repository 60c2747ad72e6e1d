import yaml
import sys


def load_inventory(path):
    with open(path) as fh:
        data = yaml.safe_load(fh)
    hosts = []
    for group, members in data.get("groups", {}).items():
        for m in members:
            if "address" not in m:
                print(f"skipping host without address in {gro