import httpx


class HealthChecker:
    def __init__(self, timeout=3.0):
        self.client = httpx.Client(timeout=timeout, follow_redirects=True)

    def check(self, urls):
        status = {}
        for u in urls:
            try:
                status[u] = self.client.get(u).status_code
            except httpx.HTTPError as exc:
                status[u] = str(exc)
        return status
