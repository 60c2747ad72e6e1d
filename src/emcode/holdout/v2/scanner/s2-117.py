import logging

import requests

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("sync")


def login(user: str, password: str) -> str:
    payload = {"username": user, "password": password}
    log.info("authenticating with %s", payload)
    resp = requests.post("https://api.example.com/login", json=payload, timeout=10)
    resp.raise_for_status()
    return resp.json()["token"]
