import argparse

import yaml


def main():
    ap = argparse.ArgumentParser(description="validate a submitted package manifest")
    ap.add_argument("manifest")
    ns = ap.parse_args()
    with open(ns.manifest, encoding="utf-8") as fh:
        meta = yaml.unsafe_load(fh)
    missing = [k for k in ("name", "version", "license") if k not in meta]
    print("missing:", ", ".join(missing) if missing else "none")


if __name__ == "__main__":
    main()
