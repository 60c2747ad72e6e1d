import logging

import requests

logger = logging.getLogger("hrclient")


class HRClient:
    def __init__(self, base_url: str, token: str):
        self.base_url = base_url
        self.token = token

    def employees(self):
        headers = {"Authorization": f"Bearer {self.token}"}
        logger.info("GET %s/employees headers=%s", self.base_url, headers)
        return requests.get(f"{self.base_url}/employees", headers=headers, timeout=10).json()
