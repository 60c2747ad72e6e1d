import os

import requests
from flask import Flask, request, jsonify

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
PAYMENTS_KEY = os.environ["PAYMENTS_API_KEY"]


@app.post("/checkout")
def checkout():
    amount = int(request.json["amount_cents"])
    if amount <= 0:
        return jsonify(error="bad amount"), 400
    r = requests.post(
        "https://api.payments.example/v1/charges",
        auth=(PAYMENTS_KEY, ""),
        data={"amount": amount, "currency": "gbp"},
        timeout=10,
    )
    return jsonify(status=r.status_code)
