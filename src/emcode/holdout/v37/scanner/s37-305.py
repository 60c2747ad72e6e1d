import httpx


def notify_adjuster(webhook_url, claim_id, status):
    payload = {"claim": claim_id, "status": status}
    r = httpx.post(webhook_url, json=payload, timeout=10)
    return r.status_code
