import logging

import requests

logger = logging.getLogger(__name__)


def fetch_docket(token, docket_id: int):
    r = requests.get(
        f"https://courts.example.gov/dockets/{int(docket_id)}",
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    if r.status_code != 200:
        logger.warning("docket fetch failed status=%s docket=%d", r.status_code, int(docket_id))
    r.raise_for_status()
    return r.json()
