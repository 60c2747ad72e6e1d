import argparse
import csv
import json
import sys

EXPORTERS = {}


def exporter(name):
    def deco(fn):
        EXPORTERS[name] = fn
        return fn
    return deco


@exporter("csv")
def to_csv(rows, out):
    w = csv.DictWriter(out, fieldnames=list(rows[0]))
    w.writeheader()
    w.writerows(rows)


@exporter("json")
def to_json(rows, out):
    json.dump(rows, out, indent=2)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--format", choices=sorted(EXPORTERS), default="csv")
    args = ap.parse_args()
    rows = [{"sku": "GL-M", "qty": 120}, {"sku": "MASK", "qty": 40}]
    EXPORTERS[args.format](rows, sys.stdout)


if __name__ == "__main__":
    main()
