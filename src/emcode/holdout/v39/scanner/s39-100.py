import requests


def push_reading(payload, ca_bundle=True):
    r = requests.post("https://ingest.wildtrack.example/readings", json=payload, timeout=10, verify=ca_bundle)
    r.raise_for_status()
    return r.status_code
