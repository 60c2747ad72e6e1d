import argparse
import ast
import json


def parse_value(raw):
    try:
        return ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        return raw


def main():
    ap = argparse.ArgumentParser(description="Patch a JSON settings file")
    ap.add_argument("settings")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    args = ap.parse_args()
    with open(args.settings) as fh:
        cfg = json.load(fh)
    for item in args.set:
        key, _, raw = item.partition("=")
        cfg[key] = parse_value(raw)
    with open(args.settings, "w") as fh:
        json.dump(cfg, fh, indent=2)


if __name__ == "__main__":
    main()
