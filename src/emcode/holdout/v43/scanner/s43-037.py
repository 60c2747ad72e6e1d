import json
import sys


def load_thresholds(path):
    with open(path, encoding="utf-8") as fh:
        data = json.loads(fh.read())
    return {k: float(v) for k, v in data.items()}


if __name__ == "__main__":
    limits = load_thresholds(sys.argv[1])
    for gas, limit in sorted(limits.items()):
        print(f"{gas:>8}: alarm above {limit}")
