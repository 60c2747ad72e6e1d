#!/usr/bin/env python3
import os
import pickle
import time
from pathlib import Path

import feedparser

FEED_URL = "https://www.citylibrary.gov/events/rss"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "libevents" / "feed.pickle"
MAX_AGE = 3600


def load_events():
    if CACHE.exists() and time.time() - CACHE.stat().st_mtime < MAX_AGE:
        with CACHE.open("rb") as fh:
            return pickle.load(fh)
    parsed = feedparser.parse(FEED_URL)
    events = [(e.title, e.get("published", "")) for e in parsed.entries]
    CACHE.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with CACHE.open("wb") as fh:
        pickle.dump(events, fh)
    return events


if __name__ == "__main__":
    for title, when in load_events():
        print(f"{when:30} {title}")
