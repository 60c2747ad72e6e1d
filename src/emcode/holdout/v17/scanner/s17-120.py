import requests

BOT_TOKEN = "6123456789:AAHk3v9x-Q2mZpL0sT7yR8wN1cD4eF5gH6i"
ADMIN_PASSWORD = "letmein42"
API = f"https://api.telegram.org/bot{BOT_TOKEN}"


def handle(update):
    text = update["message"].get("text", "")
    chat = update["message"]["chat"]["id"]
    if text.startswith("/admin "):
        reply = "welcome, admin" if text.split(" ", 1)[1] == ADMIN_PASSWORD else "nope"
    else:
        reply = "echo: " + text
    requests.post(API + "/sendMessage", json={"chat_id": chat, "text": reply}, timeout=10)
