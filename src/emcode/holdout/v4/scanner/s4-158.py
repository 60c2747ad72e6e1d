import ast
import sys


def parse_overrides(text: str) -> dict:
    value = ast.literal_eval(text)
    if not isinstance(value, dict):
        raise SystemExit("overrides must be a dict literal")
    return value


if __name__ == "__main__":
    overrides = parse_overrides(sys.argv[1]) if len(sys.argv) > 1 else {}
    print("using", overrides)
