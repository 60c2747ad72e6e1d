import fnmatch
import re


def match_names(names, user_glob: str):
    if len(user_glob) > 100:
        raise ValueError("pattern too long")
    rx = re.compile(fnmatch.translate(user_glob))
    return [n for n in names if rx.match(n)]
