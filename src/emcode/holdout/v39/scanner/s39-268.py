import logging

import requests

log = logging.getLogger(__name__)


def publish_episode(api_key, episode):
    r = requests.post("https://api.podhost.example/episodes", json=episode,
                      headers={"Authorization": f"Bearer {api_key}"}, timeout=10)
    if r.status_code >= 400:
        log.error("publish failed (key=%s): %s", api_key, r.status_code)
    return r.ok
