from urllib.parse import urlsplit

import httpx

TENANT_DOMAINS = ("hooks.tenant-a.example", "hooks.tenant-b.example")


class WebhookTester:
    def __init__(self, tenant_settings: dict):
        base = tenant_settings["callback_base"]
        parts = urlsplit(base)
        if parts.scheme != "https" or parts.hostname not in TENANT_DOMAINS:
            raise ValueError("callback_base must be an https URL on a registered tenant domain")
        self.base = base

    def ping(self) -> int:
        return httpx.get(self.base.rstrip("/") + "/ping", timeout=4.0, follow_redirects=False).status_code
