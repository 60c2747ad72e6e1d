import logging

import requests

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("sync")


def login(user: str, password: str) -> str:
    log.info("authenticating as %r", user)
    resp = requests.post("https://api.example.com/login", json={"username": user, "password": password}, timeout=10)
    resp.raise_for_status()
    return resp.json()["token"]
