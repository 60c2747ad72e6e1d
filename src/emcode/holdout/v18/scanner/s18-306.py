import argparse

import yaml


def main():
    ap = argparse.ArgumentParser(description="Summarise a deployment file")
    ap.add_argument("file")
    args = ap.parse_args()
    with open(args.file, encoding="utf-8") as fh:
        doc = yaml.load(fh, Loader=yaml.UnsafeLoader)
    for svc, spec in doc.get("services", {}).items():
        print(svc, spec.get("image"))


if __name__ == "__main__":
    main()
