import json
import ssl
import urllib.request


def push(metrics: dict, endpoint: str = "https://metrics.internal/ingest") -> int:
    ctx = ssl.create_default_context()
    data = json.dumps(metrics).encode()
    req = urllib.request.Request(endpoint, data=data, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, context=ctx, timeout=5) as resp:
        return resp.status
