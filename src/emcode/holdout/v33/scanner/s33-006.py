import sys

import yaml


def main(path):
    with open(path, encoding="utf-8") as fh:
        plan = yaml.safe_load(fh) or {}
    print("Wedding:", plan.get("title", "untitled"))
    for item in plan.get("timeline", []):
        print(f"  {item.get('time', '??:??')}  {item.get('what