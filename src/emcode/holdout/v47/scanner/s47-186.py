#!/usr/bin/env python3
import argparse
import ast


def parse_bands(text):
    value = ast.literal_eval(text)
    if not (isinstance(value, (list, tuple)) and all(isinstance(v, (int, float)) for v in value)):
        raise argparse.ArgumentTypeError("bands must be a list of numbers, e.g. [0, 10, 50]")
    return sorted(value)


def main():
    ap = argparse.ArgumentParser(description="Bucket water usage into tariff bands")
    ap.add_argument("--bands", type=parse_bands, default=[0, 10, 50, 100])
    ap.add_argument("usage", type=float, nargs="+")
    args = ap.parse_args()
    for u in args.usage:
        band = sum(1 for b in args.bands if u >= b)
        print(f"{u:8.1f} m3 -> band {band}")


if __name__ == "__main__":
    main()
