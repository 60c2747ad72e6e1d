import re

SEMVER = re.compile(r"(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})(?:-[0-9A-Za-z.-]{1,64})?")


def parse_version(text):
    m = SEMVER.fullmatch(text.strip())
    if not m:
        raise ValueError("not a semantic version")
    return tuple(int(g) for g in m.groups())
