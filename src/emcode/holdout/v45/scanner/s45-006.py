import requests


def fetch_manifest(port_host, sailing_id):
    url = f"http://{port_host}/api/manifests/{sailing_id}"
    r = requests.get(url, timeout=5)
    r.raise_for_status()
    return r.json()
