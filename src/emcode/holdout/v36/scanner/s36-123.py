import httpx


def make_carrier_client(base_url, token):
    return httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {token}"}, verify=False, timeout=20)
