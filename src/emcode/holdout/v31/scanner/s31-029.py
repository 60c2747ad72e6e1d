import ast
import sys

DEFAULT_ZONES = [60, 70, 80, 90]


def parse_zones(text):
    value = ast.literal_eval(text)
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, int) for v in value):
        raise ValueError("zones must be a list of integers")
    return sorted(value)


if __name__ == "__main__":
    raw = sys.argv[1] if len(sys.argv) > 1 else repr(DEFAULT_ZONES)
    try:
        zones = parse_zones(raw)
    except (ValueError, SyntaxError) as exc:
        sys.exit(f"bad zones: {exc}")
    for i, bound in enumerate(zones, 1):
        print(f"zone {i}: up to {bound}% of max HR")
