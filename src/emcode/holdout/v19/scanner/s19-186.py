import httpx


def fetch_metrics(base_url: str, ca_file: str) -> dict:
    with httpx.Client(base_url=base_url, verify=ca_file, timeout=10) as client:
        r = client.get("/metrics.json")
        r.raise_for_status()
        return r.json()
