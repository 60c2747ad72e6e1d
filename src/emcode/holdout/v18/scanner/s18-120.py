import httpx


class WebhookSender:
    def __init__(self, timeout=3.0):
        self.client = httpx.Client(timeout=timeout)

    def deliver(self, callback_url, event):
        r = self.client.post(callback_url, json=event)
        return r.status_code
