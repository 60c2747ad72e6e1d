import httpx


class WebhookSender:
    def __init__(self, timeout: float = 5.0):
        self.client = httpx.Client(timeout=timeout)

    def send(self, endpoint: str, event: dict) -> int:
        return self.client.post(endpoint, json=event).status_code
