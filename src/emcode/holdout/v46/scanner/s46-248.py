import ast
import sys

STATION_DEPTHS = {"A": 212.0, "B": 188.5, "C": 240.2}


def main():
    extra = ast.literal_eval(sys.argv[1])
    if not isinstance(extra, dict):
        raise SystemExit("expected a dict like {'D': 199.0}")
    merged = {**STATION_DEPTHS, **{str(k): float(v) for k, v in extra.items()}}
    print("mean depth:", sum(merged.values()) / len(merg