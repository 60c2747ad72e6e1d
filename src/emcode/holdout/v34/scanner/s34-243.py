import httpx


def mirror_record(mirror, record_id):
    with httpx.Client(base_url=mirror, timeout=10) as client:
        r = client.get(f"/records/{record_id}.json")
        r.raise_for_status()
        return r.json()
