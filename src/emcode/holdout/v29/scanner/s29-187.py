import requests

_session = requests.Session()


def push_status(callback_url, claim_ref, status):
    resp = _session.post(callback_url, json={"claim": claim_ref, "status": status}, timeout=5)
    return resp.status_code
