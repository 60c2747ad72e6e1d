import argparse
import sys

import yaml


def load_config(path):
    with open(path, encoding="utf-8") as fh:
        cfg = yaml.safe_load(fh) or {}
    for key in ("apiaries", "inspection_days"):
        if key not in cfg:
            sys.exit(f"config missing {key}")
    return cfg


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("config")
    cfg = load_config(ap.parse_args().config)
    for a in cfg["apiaries"]:
        print(a["name"], "-", ", ".join(cfg["inspection_days"]))
