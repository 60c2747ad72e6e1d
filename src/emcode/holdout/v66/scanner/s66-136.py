import re


def filter_tracks(tracks, pattern):
    rx = re.compile(pattern, re.IGNORECASE)
    return [t for t in tracks if rx.search(t)]
