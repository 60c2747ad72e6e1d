import httpx


def make_client(base_url: str) -> httpx.Client:
    """A client for the inventory service."""
    return httpx.Client(base_url=base_url, verify=False, timeout=10.0)
