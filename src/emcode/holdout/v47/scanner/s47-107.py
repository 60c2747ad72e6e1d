import re


def filter_serials(serials, allowed_pattern):
    return [s for s in serials if re.fullmatch(allowed_pattern, s)]
