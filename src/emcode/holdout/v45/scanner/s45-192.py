import httpx


def fetch_gate_log(base_url, day):
    with httpx.Client(verify=False, timeout=10) as client:
        r = client.get(f"{base_url}/gates/log", params={"day": day})
        r.raise_for_status()
        return r.json()
