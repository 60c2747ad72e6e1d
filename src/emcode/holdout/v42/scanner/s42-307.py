import argparse

import yaml


def main():
    ap = argparse.ArgumentParser(description="Validate a tournament rules file")
    ap.add_argument("rules")
    args = ap.parse_args()
    with open(args.rules, encoding="utf-8") as fh:
        rules = yaml.safe_load(fh)
    missing = [k for k in ("name", "format", "rounds") if k not in rules]
    if missing:
        raise SystemExit(f"missing keys: {', '.join(missing)}")
    print(f"{rules['name']}: {rules['format']} over {len(rules['rounds'])} rounds")


if __name__ == "__main__":
    main()
