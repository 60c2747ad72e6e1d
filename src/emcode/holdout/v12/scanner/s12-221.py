import ast
import sys

KNOWN = {"threshold": float, "channels": list, "label": str}


def parse_settings(lines):
    settings = {}
    for lineno, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, _, raw = line.partition("=")
        key = key.strip()
        if key not in KNOWN:
            raise SystemExit(f"line {lineno}: unknown key {key!r}")
        value = ast.literal_eval(raw.strip())
        if not isinstance(value, KNOWN[key]):
            raise SystemExit(f"line {lineno}: {key} must be {KNOWN[key].__name__}")
        settings[key] = value
    return settings


if __name__ == "__main__":
    with open(sys.argv[1]) as fh:
        print(parse_settings(fh))
