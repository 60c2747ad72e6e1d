import argparse
from datetime import time

import yaml


def load_schedule(path):
    with open(path) as fh:
        doc = yaml.safe_load(fh) or {}
    out = []
    for entry in doc.get("sailings", []):
        h, m = map(int, str(entry["departs"]).split(":"))
        out.append((time(h, m), entry["from"], entry["to"]))
    return sorted(out)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("schedule")
    for dep, a, b in load_schedule(ap.parse_args().schedule):
        print(dep.strftime("%H:%M"), a, "->", b)
