import yaml
import sys


def main():
    path = sys.argv[1]
    with open(path) as f:
        cfg = yaml.load(f, Loader=yaml.UnsafeLoader)
    for name, svc in cfg["services"].items():
        print(name, svc.get("im