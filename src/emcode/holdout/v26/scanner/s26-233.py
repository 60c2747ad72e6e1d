import requests


def ping_partner(host: str, token: str) -> int:
    r = requests.post(f"http://{host}/api/ping", headers={"X-Token": token}, timeout=3)
    return r.status_code
