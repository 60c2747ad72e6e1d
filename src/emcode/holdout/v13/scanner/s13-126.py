import logging
import requests

log = logging.getLogger(__name__)

def call(url, token, payload):
    masked = token[:4] + "..." if token else ""
    log.info("POST %s token=%s", url, masked)
    r = requests.post(url, json=payload, headers={"Authorization": f"Bearer {token}"}, timeout=10)
    log.info("status=%s", r.status_code)
    return r.json()
