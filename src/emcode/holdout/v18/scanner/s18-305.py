import argparse

import yaml

try:
    Loader = yaml.CSafeLoader
except AttributeError:
    Loader = yaml.SafeLoader


def main():
    ap = argparse.ArgumentParser(description="Summarise a deployment file")
    ap.add_argument("file")
    args = ap.parse_args()
    with open(args.file, encoding="utf-8") as fh:
        doc = yaml.load(fh, Loader=Loader) or {}
    for svc, spec in (doc.get("services") or {}).items():
        print(f"{svc:20} image={spec.get('image')} replicas={spec.get('replicas', 1)}")


if __name__ == "__main__":
    main()
