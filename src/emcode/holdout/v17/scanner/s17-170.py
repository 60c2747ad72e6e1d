import hashlib
import hmac
import os

import requests

BOT_TOKEN = os.environ["BOT_TOKEN"]
ADMIN_SECRET_SHA256 = os.environ["ADMIN_SECRET_SHA256"]
API = f"https://api.telegram.org/bot{BOT_TOKEN}"


def is_admin_secret(candidate: str) -> bool:
    digest = hashlib.sha256(candidate.encode()).hexdigest()
    return hmac.compare_digest(digest, ADMIN_SECRET_SHA256)


def handle(update: dict) -> None:
    text = update["message"].get("text", "")
    chat = update["message"]["chat"]["id"]
    if text.startswith("/admin "):
        reply = "welcome, admin" if is_admin_secret(text.split(" ", 1)[1]) else "nope"
    else:
        reply = "echo: " + text[:1000]
    requests.post(API + "/sendMessage", json={"chat_id": chat, "text": reply}, timeout=10)
