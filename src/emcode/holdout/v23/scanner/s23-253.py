import fnmatch
import re


def match_sample_codes(codes, wildcard):
    if len(wildcard) > 64:
        raise ValueError("pattern too long")
    rx = re.compile(fnmatch.translate(wildcard))
    return [c for c in codes if rx.match(c)]
