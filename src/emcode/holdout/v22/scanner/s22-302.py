import logging

import requests

logger = logging.getLogger("hrclient")


class HRClient:
    def __init__(self, base_url: str, token: str):
        self.base_url = base_url
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {token}"

    def employees(self) -> list:
        url = f"{self.base_url}/employees"
        logger.info("GET %s (auth: Bearer ***)", url)
        resp = self._session.get(url, timeout=10)
        resp.raise_for_status()
        return resp.json()
