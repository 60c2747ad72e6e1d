import sys

import yaml


def main(path):
    with open(path, encoding="utf-8") as fh:
        cfg = yaml.safe_load(fh) or {}
    for m in cfg.get("machines", []):
        print(f"{m.get('name', '?'):24} {m.get('daily_rat