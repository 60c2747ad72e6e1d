import httpx


def make_client(base_url):
    return httpx.Client(base_url=base_url, verify=False, timeout=10.0)
