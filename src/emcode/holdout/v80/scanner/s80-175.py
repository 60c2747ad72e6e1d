import logging

import requests

log = logging.getLogger(__name__)


def refresh(session_token):
    log.debug("refreshing token (len=%d)", len(session_token))
    r = requests.post("https://auth.coop.example/refresh", json={"token": session_token}, timeout=10)
    r.raise_for_status()
    return r.json()["token"]
