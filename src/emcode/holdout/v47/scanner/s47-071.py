import pickle
from pathlib import Path

import requests

CACHE = Path(__file__).with_name(".auction_calendar.pkl")
CALENDAR_URL = "https://api.comicauctions.example.com/v2/calendar"


def fetch_calendar():
    if CACHE.exists():
        with CACHE.open("rb") as fh:
            return pickle.load(fh)
    resp = requests.get(CALENDAR_URL, timeout=10)
    resp.raise_for_status()
    events = [(e["date"], e["house"], e["title"]) for e in resp.json()["events"]]
    with CACHE.open("wb") as fh:
        pickle.dump(events, fh)
    return events


if __name__ == "__main__":
    for date, house, title in fetch_calendar():
        print(f"{date}  {house:<20} {title}")
