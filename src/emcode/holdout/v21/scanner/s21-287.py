import re


def filter_records(records, pattern):
    rx = re.compile(pattern)
    return [r for r in records if rx.search(r["name"])]
