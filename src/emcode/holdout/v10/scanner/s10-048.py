import re

SEMVER = re.compile(r"(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})(?:-[0-9A-Za-z.-]{1,64})?")


def is_semver(text: str) -> bool:
    return len(text) <= 100 and SEMVER.fullmatch(text) is not None
