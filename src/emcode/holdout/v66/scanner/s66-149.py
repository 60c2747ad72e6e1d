import re


def filter_tracks(tracks, text):
    rx = re.compile(re.escape(text), re.IGNORECASE)
    return [t for t in tracks if rx.search(t)]
