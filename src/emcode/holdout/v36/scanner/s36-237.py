import httpx


def make_carrier_client(token):
    return httpx.Client(base_url="https://api.carrier.example", headers={"Authorization": f"Bearer {token}"}, timeout=20)
