import logging

import requests

log = logging.getLogger(__name__)


def push_timetable(api_token, feed):
    r = requests.put(
        "https://feeds.regionbus.example/api/timetable",
        json=feed,
        headers={"Authorization": f"Token {api_token}"},
        timeout=30,
    )
    log.info("pushed %d trips, status %s", len(feed.get("trips", [])), r.status_code)
    r.raise_for_status()
