import json
import httpx


class WebhookDispatcher:
    def __init__(self):
        self.client = httpx.Client(timeout=5.0)

    def dispatch(self, subscription: dict, event: dict) -> int:
        target = subscription["callback"]
        if subscription.get("path_suffix"):
            target = target.rstrip("/") + "/" + subscription["path_suffix"]
        r = self.client.post(target, content=json.dumps(event), headers={"Content-Type": "application/json"})
        return r.status_code
