import logging
import requests

logger = logging.getLogger(__name__)


def fetch_docket(token, docket_id):
    r = requests.get(f"https://courts.example.gov/dockets/{docket_id}", headers={"Authorization": f"Bearer {token}"}, timeout=10)
    if r.status_code != 200:
        logger.warning("docket fetch failed status=%s token=%s", r.status_code, token)
    return r.json()
