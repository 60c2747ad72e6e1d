import re


def filter_subscribers(emails, pattern):
    rx = re.compile(pattern)
    return [e for e in emails if rx.search(e)]
