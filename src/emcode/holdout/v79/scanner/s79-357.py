import re


def find_members(members, query, regex=False):
    if regex:
        rx = re.compile(query, re.I)
    else:
        rx = re.compile(re.escape(query), re.I)
    return [m for m in members if rx.search(m)]
