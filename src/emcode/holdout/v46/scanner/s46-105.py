import requests
from flask import Flask, session, request

app = Flask(__name__)
app.secret_key = "rink-sched-2026-super-secret"
SMS_TOKEN = "sk_live_51HqJd8KfWb3ZaPq0rYtUv9"


@app.post("/notify")
def notify():
    phone = session.get("phone") or request.form["phone"]
    requests.post("https://sms.example.com/send", json={"to": phone, "text": "Your ice slot starts in 30 min"},
                  headers={"Authorization": f"Bearer {SMS_TOKEN}"}, timeout=5)
    return "sent"
