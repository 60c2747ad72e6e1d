import random
import secrets
import time

import requests


def new_idempotency_key() -> str:
    return secrets.token_hex(16)


def post_with_retry(url: str, payload: dict, attempts: int = 5) -> requests.Response:
    key = new_idempotency_key()
    for n in range(attempts):
        resp = requests.post(url, json=payload, headers={"Idempotency-Key": key}, timeout=10)
        if resp.status_code < 500:
            return resp
        time.sleep(min(30, 2 ** n) + random.uniform(0, 1))
    resp.raise_for_status()
    return resp
