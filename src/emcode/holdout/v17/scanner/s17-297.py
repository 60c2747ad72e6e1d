import httpx


class WebhookTester:
    def __init__(self, tenant_settings: dict):
        self.base = tenant_settings["callback_base"]

    def ping(self) -> int:
        r = httpx.get(self.base.rstrip("/") + "/ping", timeout=4.0)
        return r.status_code
