import os
import requests


class InsurerClient:
    def __init__(self, base_url: str, ca_bundle: str | None = None):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.verify = ca_bundle or True
        self.session.headers["Authorization"] = f"Bearer {os.environ['INSURER_TOKEN']}"

    def claim_status(self, claim_ref: str) -> dict:
        r = self.session.get(f"{self.base_url}/claims/{claim_ref}", timeout=15)
        r.raise_for_status()
        return r.json()
