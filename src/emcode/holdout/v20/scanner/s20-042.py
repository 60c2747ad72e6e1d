import httpx


class WebhookClient:
    def __init__(self, base_url):
        self.base_url = base_url.rstrip("/")

    def notify(self, event, payload):
        target = "%s/hooks/%s" % (self.base_url, event)
        return httpx.post(target, json=payload, timeout=3.0).status_code
