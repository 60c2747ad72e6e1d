import httpx


def notify(callback_base: str, event: str, payload: dict) -> int:
    target = callback_base.rstrip("/") + "/" + event
    r = httpx.post(target, json=payload, timeout=3.0)
    return r.status_code
