import sys

KNOWN = {"threshold", "channels", "label"}


def parse_settings(lines):
    settings = {}
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, _, raw = line.partition("=")
        if key.strip() in KNOWN:
            settings[key.strip()] = eval(raw.strip())
    return settings


if __name__ == "__main__":
    with open(sys.argv[1]) as fh:
        print(parse_settings(fh))
