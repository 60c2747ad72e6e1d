import os

import requests

TOKEN = os.environ["TELEGRAM_TOKEN"]
API = f"https://api.telegram.org/bot{TOKEN}"


def send(chat_id: int, text: str) -> None:
    requests.post(f"{API}/sendMessage", json={"chat_id": chat_id, "text": text}, timeout=10).raise_for_status()


def poll(offset=0):
    r = requests.get(f"{API}/getUpdates", params={"offset": offset, "timeout": 30}, timeout=40)
    r.raise_for_status()
    return r.json()["result"]
