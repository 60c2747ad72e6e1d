import re


def filter_records(records, needle):
    rx = re.compile(re.escape(needle), re.IGNORECASE)
    return [r for r in records if rx.search(r["name"])]
