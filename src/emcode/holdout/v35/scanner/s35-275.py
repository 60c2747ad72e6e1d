import os

import requests
from flask import Flask, request

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
PAYMENT_KEY = os.environ["PAYMENT_API_KEY"]


@app.post("/checkout")
def checkout():
    amount = request.form.get("amount_cents", type=int)
    if amount is None or amount <= 0:
        return {"error": "bad amount"}, 400
    r = requests.post(
        "https://api.payments.example.com/v1/charges",
        auth=(PAYMENT_KEY, ""),
        data={"amount": amount, "currency": "eur"},
        timeout=20,
    )
    return {"ok": r.ok}
