import ast
import sys


def read_settings(path):
    with open(path, encoding="utf-8") as fh:
        data = ast.literal_eval(fh.read())
    if not isinstance(data, dict):
        raise SystemExit("settings must be a dict literal")
    return data


if __name__ == "__main__":
    settings = read_settings(sys.argv[1] if len(sys.argv) > 1 else "hub_settings.py.txt")
    for key in sorted(settings):
        print(f"{key} = {settings[key]!r}")
