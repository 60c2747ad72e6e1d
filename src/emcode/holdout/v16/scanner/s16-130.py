import json
import httpx


def dispatch(event: dict, subscriber_url: str) -> int:
    r = httpx.post(subscriber_url, content=json.dumps(event), timeout=5, follow_redirects=True)
    return r.status_code
