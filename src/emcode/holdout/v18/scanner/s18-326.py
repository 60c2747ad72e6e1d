import logging
import os

import requests

log = logging.getLogger("bot")
TOKEN = os.environ["TELEGRAM_TOKEN"]
API = "https://api.telegram.org/bot{}/{}"


def send(chat_id: int, text: str) -> None:
    r = requests.post(API.format(TOKEN, "sendMessage"), json={"chat_id": chat_id, "text": text}, timeout=10)
    if not r.ok:
        log.error("sendMessage failed chat=%d status=%d", chat_id, r.status_code)


def handle_update(update: dict) -> None:
    msg = update.get("message") or {}
    chat_id = int(msg.get("chat", {}).get("id", 0))
    text = msg.get("text", "")
    command = text.split()[0] if text.startswith("/") else ""
    log.info("update chat=%d command=%r", chat_id, command[:32])
    if command == "/ping":
        send(chat_id, "pong")
