import json
import ssl
import urllib.request


def push(metrics: dict, endpoint: str = "https://metrics.internal/ingest") -> int:
    ctx = ssl._create_unverified_context()
    req = urllib.request.Request(endpoint, data=json.dumps(metrics).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, context=ctx, timeout=5) as resp:
        return resp.status
