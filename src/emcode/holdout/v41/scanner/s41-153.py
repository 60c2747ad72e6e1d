import httpx


def lookup_partner_bag(airline_host: str, tag: str) -> dict:
    with httpx.Client(timeout=8.0) as client:
        r = client.get(f"https://{airline_host}/baggage/v1/bags/{tag}")
        r.raise_for_status()
        return r.json()
