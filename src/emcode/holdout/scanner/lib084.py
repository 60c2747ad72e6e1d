import httpx


def get_health(base_url: str) -> dict:
    """Health endpoint of a service."""
    with httpx.Client(timeout=5) as client:
        return client.get(base_url + "/health").json()
