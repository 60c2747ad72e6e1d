import logging

import requests

log = logging.getLogger(__name__)


def refresh(session_token):
    log.debug("refreshing with token %s", session_token)
    r = requests.post("https://auth.coop.example/refresh", json={"token": session_token}, timeout=10)
    return r.json()["token"]
