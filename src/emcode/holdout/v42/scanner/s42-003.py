import argparse

import yaml


def main():
    ap = argparse.ArgumentParser(description="Load a trial protocol definition")
    ap.add_argument("protocol")
    args = ap.parse_args()
    with open(args.protocol, encoding="utf-8") as fh:
        proto = yaml.load(fh, Loader=yaml.Loader)
    for visit in proto.get("visits", []):
        print(visit["name"], visit["day"], ", ".join(visit.get("procedu