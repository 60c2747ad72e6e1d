import ast
import sys


def parse_overrides(pairs):
    result = {}
    for pair in pairs:
        key, _, raw = pair.partition("=")
        try:
            result[key] = ast.literal_eval(raw)
        except (ValueError, SyntaxError):
            result[key] = raw
    return result


if __name__ == "__main__":
    print(parse_overrides(sys.argv[1:]))
