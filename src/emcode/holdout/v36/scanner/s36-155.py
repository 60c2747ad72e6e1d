import os

import requests
from flask import Flask, request

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
PAY_KEY = os.environ["PAYMENTS_API_KEY"]


@app.post("/pay")
def pay():
    amount = int(request.form["cents"])
    if not 50 <= amount <= 50000:
        return {"error": "amount out of range"}, 400
    r = requests.post(
        "https://api.payments.example/v1/charges",
        auth=(PAY_KEY, ""),
        data={"amount": amount, "currency": "usd", "source": request.form["token"]},
        timeout=10,
    )
    return {"status": r.json().get("status")}
