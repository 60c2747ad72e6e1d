import httpx

class WebhookNotifier:
    def __init__(self, base_url):
        self.base_url = base_url

    def notify(self, event, payload):
        target = self.base_url.rstrip("/") + "/events/" + event
        return httpx.post(target, json=payload, timeout=3.0).status_code
