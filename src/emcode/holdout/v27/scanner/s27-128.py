import argparse
import json
import sys

REQUIRED = {"telescope": str, "exposure_s": (int, float), "targets": list}


def load(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        cfg = json.load(fh)
    for key, typ in REQUIRED.items():
        if not isinstance(cfg.get(key), typ):
            sys.exit(f"{path}: key {key!r} missing or wrong type")
    return cfg


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("config")
    print(load(ap.parse_args().config)["telescope"])
