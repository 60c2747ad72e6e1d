import requests
from flask import Flask, request

app = Flask(__name__)
app.secret_key = "pod-shop-7f3c9a1e2b"
PAYMENT_KEY = "sk_live_51HqZkPLr8Xv2Nq0aT3uV9bW"


@app.post("/checkout")
def checkout():
    amount = int(request.form["amount_cents"])
    r = requests.post(
        "https://api.payments.example.com/v1/charges",
        auth=(PAYMENT_KEY, ""),
        data={"amount": amount, "currency": "eur"},
        timeout=20,
    )
    return {"ok": r.ok}
