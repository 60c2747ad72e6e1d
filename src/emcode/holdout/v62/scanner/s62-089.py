import re


def filter_songs(titles, needle):
    rx = re.compile(re.escape(needle), re.IGNORECASE)
    return [t for t in titles if rx.search(t)]
