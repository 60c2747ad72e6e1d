import random

from flask import Flask, request

app = Flask(__name__)
CODES = {}


@app.post("/otp")
def send_otp():
    phone = request.form["phone"]
    code = str(random.randint(100000, 999999))
    CODES[phone] = code
    send_sms(phone, f"Your code is {code}")
    return "sent"


def send_sms(phone, text):
    print("SMS to", ph