import argparse
import ast

DEFAULTS = {"threshold_mm": 4500, "stations": ["4012"], "notify": True}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    args = ap.parse_args()
    cfg = dict(DEFAULTS)
    for item in args.set:
        key, _, raw = item.partition("=")
        if key not in DEFAULTS:
            raise SystemExit(f"unknown key {key}")
        cfg[key] = ast.literal_eval(raw)
    print(cfg)


if __name__ == "__main__":
    main()
