import argparse
import sys

import yaml

REQUIRED = {"name", "steps"}


def load_pipeline(path):
    with open(path) as fh:
        doc = yaml.safe_load(fh)
    if not isinstance(doc, dict) or not REQUIRED <= doc.keys():
        raise SystemExit(f"{path}: pipeline must be a mapping with keys {sorted(REQUIRED)}")
    return doc


def main(argv=None):
    ap = argparse.ArgumentParser(description="Lint a CI pipeline file")
    ap.add_argument("file")
    args = ap.parse_args(argv)
    doc = load_pipeline(args.file)
    for i, step in enumerate(doc["steps"], 1):
        print(f"{i:2d}. {step.get('name', '<unnamed>')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
