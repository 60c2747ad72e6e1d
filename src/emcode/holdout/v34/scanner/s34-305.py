import ast
import sys


def main():
    raw = sys.argv[1] if len(sys.argv) > 1 else "(52.1, 4.3)"
    try:
        lat, lon = ast.literal_eval(raw)
        lat, lon = float(lat), float(lon)
    except (ValueError, SyntaxError, TypeError):
        sys.exit("usage: site_locator.py '(lat, lon)'")
    print(f"nearest array is {abs(lat - 52.0) + abs(lon - 4.0):.2f} degrees away")


if __name__ == "__main__":
    main()
