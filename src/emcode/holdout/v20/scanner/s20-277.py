from urllib.parse import urlparse

import httpx

ALLOWED_HOSTS = {"hooks.internal.example.com"}


class WebhookClient:
    def __init__(self, base_url: str):
        p = urlparse(base_url)
        if p.scheme != "https" or p.hostname not in ALLOWED_HOSTS:
            raise ValueError("webhook base must be an internal https host")
        self.base_url = base_url.rstrip("/")

    def notify(self, event: str, payload: dict) -> int:
        if not event.isidentifier():
            raise ValueError("bad event name")
        return httpx.post(f"{self.base_url}/hooks/{event}", json=payload, timeout=3.0).status_code
