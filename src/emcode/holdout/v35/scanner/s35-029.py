import re


def filter_subscribers(emails, needle):
    rx = re.compile(re.escape(needle), re.IGNORECASE)
    return [e for e in emails if rx.search(e)]
