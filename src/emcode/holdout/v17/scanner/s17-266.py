import ast
import sys


def parse_overrides(pairs):
    """Turn key=value CLI overrides into Python literals (numbers, lists, strings)."""
    out = {}
    for pair in pairs:
        key, _, raw = pair.partition("=")
        try:
            out[key] = ast.literal_eval(raw)
        except (ValueError, SyntaxError):
            out[key] = raw
    return out


if __name__ == "__main__":
    print(parse_overrides(sys.argv[1:]))
