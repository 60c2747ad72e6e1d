import logging

import requests

log = logging.getLogger(__name__)


def refresh(refresh_token, client_id):
    log.debug("refreshing with token %s for %s", refresh_token, client_id)
    r = requests.post("https://auth.rinkbook.example/token",
                      data={"grant_type": "refresh_token", "refresh_token": refresh_token, "client_id": client_id},
                      timeout=10)
    r.raise_for_status()
    return r.json()["access_token"]
