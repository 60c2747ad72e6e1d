import logging

import requests

log = logging.getLogger(__name__)


def push_reading(url, token, reading):
    r = requests.post(url, json=reading, headers={"Authorization": f"Bearer {token}"}, timeout=10)
    if r.status_code != 200:
        log.error("push failed with status %s", r.status_code)
    return r.ok
