import os

import requests
from flask import Flask, session, request

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
SMS_TOKEN = os.environ["SMS_TOKEN"]


@app.post("/notify")
def notify():
    phone = session.get("phone") or request.form["phone"]
    requests.post("https://sms.example.com/send", json={"to": phone, "text": "Your ice slot starts in 30 min"},
                  headers={"Authorization": f"Bearer {SMS_TOKEN}"}, timeout=5)
    return "sent"
