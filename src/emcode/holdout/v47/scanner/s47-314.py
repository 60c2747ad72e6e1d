import logging

import requests

log = logging.getLogger(__name__)


def push_inspection(api_url, api_key, payload):
    r = requests.post(api_url, json=payload, headers={"X-Api-Key": api_key}, timeout=15)
    if r.status_code >= 400:
        log.error("push failed status=%s", r.status_code)
    return r.ok
