import logging
import os

import requests

log = logging.getLogger("bot")
TOKEN = os.environ["TELEGRAM_TOKEN"]


def send(chat_id, text):
    url = "https://api.telegram.org/bot" + TOKEN + "/sendMessage"
    r = requests.post(url, json={"chat_id": chat_id, "text": text}, timeout=10)
    if not r.ok:
        log.error("request to %s failed: %s", url, r.text)
