import logging

import requests

logging.basicConfig(level=logging.DEBUG)
log = logging.getLogger(__name__)


def push_timetable(api_token, feed):
    headers = {"Authorization": f"Token {api_token}"}
    log.debug("pushing feed with headers=%s", headers)
    r = requests.put("https://feeds.regionbus.example/api/timetable", json=feed, headers=headers, timeout=30)
    r.raise_for_status()
