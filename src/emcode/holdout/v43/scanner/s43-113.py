import logging

import requests

log = logging.getLogger(__name__)


def refresh_token(refresh, client_id):
    r = requests.post("https://auth.lingua-agency.com/oauth/token",
                      data={"grant_type": "refresh_token", "refresh_token": refresh, "client_id": client_id}, timeout=10)
    r.raise_for_status()
    body = r.json()
    log.debug("access token refreshed, expires in %ss", int(body.get("expires_in", 0)))
    return body["access_token"]
