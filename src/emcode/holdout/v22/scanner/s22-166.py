import argparse
import ast


def parse_thresholds(text: str) -> dict:
    value = ast.literal_eval(text)
    if not isinstance(value, dict) or not all(isinstance(v, (int, float)) for v in value.values()):
        raise argparse.ArgumentTypeError("expected a dict of numbers, e.g. {'cpu': 90}")
    return value


def main():
    ap = argparse.ArgumentParser(description="Alert when host metrics exceed thresholds")
    ap.add_argument("--thresholds", type=parse_thresholds, default={"cpu": 90, "disk": 85})
    ap.add_argument("metrics", nargs="+", help="name=value pairs")
    args = ap.parse_args()
    for pair in args.metrics:
        name, _, raw = pair.partition("=")
        limit = args.thresholds.get(name)
        if limit is not None and float(raw) > limit:
            print(f"ALERT {name}={raw} > {limit}")


if __name__ == "__main__":
    main()
