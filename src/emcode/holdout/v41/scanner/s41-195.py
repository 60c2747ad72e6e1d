import ast
import sys


def main():
    raw = sys.argv[1] if len(sys.argv) > 1 else "[10, 50, 100]"
    thresholds = ast.literal_eval(raw)
    if not isinstance(thresholds, list) or not all(isinstance(t, (int, float)) for t in thresholds):
        sys.exit("expected a list of numbers")
    for i, t in enumerate(sorted(thresholds), 1):
        print(f"tier {i}: pledges >= {t}")


if __name__ == "__main__":
    main()
