import httpx


class WebhookDeliverer:
    def __init__(self):
        self.client = httpx.Client(timeout=5, follow_redirects=True)

    def deliver(self, callback_url, event):
        r = self.client.post(callback_url, json=event)
        return r.status_code
