import httpx


def fetch_availability(base_url, hotel_id, token):
    with httpx.Client(base_url=base_url, timeout=10) as client:
        r = client.get(f"/hotels/{int(hotel_id)}/availability", headers={"Authorization": f"Bearer {token}"})
        r.raise_for_status()
        return r.json()
