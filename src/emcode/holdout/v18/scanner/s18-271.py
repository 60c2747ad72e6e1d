import fnmatch
import re


def match_names(names, user_glob):
    if len(user_glob) > 64:
        raise ValueError("pattern too long")
    rx = re.compile(fnmatch.translate(user_glob))
    return [n for n in names if rx.match(n)]
