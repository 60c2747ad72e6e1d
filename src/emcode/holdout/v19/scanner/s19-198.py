import yaml
import sys


def main():
    with open(sys.argv[1]) as f:
        cfg = yaml.safe_load(f)
    for name, svc in cfg.get("services", {}).items():
        print(name, svc.get("ima