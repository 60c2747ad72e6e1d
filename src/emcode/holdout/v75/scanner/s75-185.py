import fnmatch
import re


def match_routes(routes, glob_pattern):
    if len(glob_pattern) > 32:
        raise ValueError("pattern too long")
    rx = re.compile(fnmatch.translate(glob_pattern))
    return [r for r in routes if rx.match(r)]
