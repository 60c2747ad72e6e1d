import ast
import sys


def parse_levels(text):
    values = ast.literal_eval(text)
    if not isinstance(values, (list, tuple)):
        raise ValueError("expected a list of numbers")
    return [float(v) for v in values]


if __name__ == "__main__":
    levels = parse_levels(sys.stdin.read())
    print("max", max(levels), "min", min(levels))
