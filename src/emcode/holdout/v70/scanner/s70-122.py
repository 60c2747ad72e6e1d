import re


def find_work_orders(names, text):
    rx = re.compile(re.escape(text), re.IGNORECASE)
    return [n for n in names if rx.search(n)]
