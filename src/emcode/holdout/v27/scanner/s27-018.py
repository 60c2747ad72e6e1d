import ast
import sys

DEFAULTS = {"exposure": 30, "filters": ["L", "R", "G", "B"], "binning": 1}


def parse_overrides(args: list[str]) -> dict:
    out = dict(DEFAULTS)
    for a in args:
        key, _, raw = a.partition("=")
        if key not in DEFAULTS:
            raise SystemExit(f"unknown setting {key!r}")
        out[key] = ast.literal_eval(raw)
    return out


if __name__ == "__main__":
    print(parse_overrides(sys.argv[1:]))
