import argparse
import json


def load_zones(path):
    with open(path, encoding="utf-8") as fh:
        cfg = json.load(fh)
    zones = cfg.get("zones", [])
    return [(str(z["name"]), int(z["min_bpm"]), int(z["max_bpm"])) for z in zones]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("config")
    ap.add_argument("bpm", type=int)
    a = ap.parse_args()
    for name, lo, hi in load_zones(a.config):
        if lo <= a.bpm <= hi:
            print(name)
            break
    else:
        print("out of range")


if __name__ == "__main__":
    main()
