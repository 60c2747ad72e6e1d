import logging

import requests

log = logging.getLogger(__name__)


def refresh_token(refresh, client_id):
    r = requests.post("https://auth.lingua-agency.com/oauth/token",
                      data={"grant_type": "refresh_token", "refresh_token": refresh, "client_id": client_id}, timeout=10)
    tok = r.json()["access_token"]
    log.debug("refreshed access token %s using refresh token %s", tok, refresh)
    return tok
