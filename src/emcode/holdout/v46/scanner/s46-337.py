import httpx


def station_client(base_url):
    return httpx.Client(base_url=base_url, verify=False, timeout=15.0)
