import argparse
import ast


def load_settings(path):
    settings = {}
    with open(path) as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            key, _, raw = line.partition("=")
            try:
                value = ast.literal_eval(raw.strip())
            except (ValueError, SyntaxError):
                value = raw.strip()
            settings[key.strip()] = value
    return settings


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("settings_file")
    for k, v in load_settings(ap.parse_args().settings_file).items():
        print(k, "=", repr(v))
