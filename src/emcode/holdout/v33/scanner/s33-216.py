import ast
import sys


def parse_grid(text):
    value = ast.literal_eval(text)
    if not (isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, int) for v in value)):
        raise ValueError("expected (rows, cols)")
    return value


if __name__ == "__main__":
    rows, cols = parse_grid(sys.argv[1] if len(sys.argv) > 1 else "(10, 12)")
    for r in range(rows):
        print(" ".join(f"{r:02d}{c:02d}" for c in range(cols)))
