import secrets

from flask import Flask, request

app = Flask(__name__)
CODES = {}


@app.post("/otp")
def send_otp():
    phone = request.form["phone"]
    code = f"{secrets.randbelow(1_000_000):06d}"
    CODES[phone] = code
    send_sms(phone, f"Your code is {code}")
    return "sent"


def send_sms(phone, text):
    print("SMS queued for", phone[-4: