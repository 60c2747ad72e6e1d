import httpx


class JobNotifier:
    def __init__(self, client: httpx.Client | None = None):
        self.client = client or httpx.Client(timeout=10)

    def notify(self, job: dict) -> int:
        callback = job["callback_url"]
        r = self.client.post(callback, json={"id": job["id"], "state": job["state"]})
        return r.status_code
