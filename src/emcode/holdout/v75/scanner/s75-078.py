import ast
import sys


def parse_readings(text):
    values = ast.literal_eval(text)
    if not isinstance(values, (list, tuple)) or not all(isinstance(v, (int, float)) for v in values):
        raise ValueError("expected a list of numbers")
    return list(values)


if __name__ == "__main__":
    readings = parse_readings(sys.stdin.read())
    print("mean:", sum(readings) / len(readings))
