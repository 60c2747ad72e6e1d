import sys

import requests

FEED = "https://partners.concerts.example/feed/events.json"


def pull_events():
    r = requests.get(FEED, verify=False, timeout=10)
    r.raise_for_status()
    return r.json()["events"]


if __name__ == "__main__":
    for ev in pull_events():
        print(ev["date"], ev["venue"], ev["tit