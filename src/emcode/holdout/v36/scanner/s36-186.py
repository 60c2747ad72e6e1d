import requests
from flask import Flask, request

app = Flask(__name__)
app.secret_key = "tr0ck-0rd3rs-2026"
PAY_KEY = "sk_live_51HxTacoTruckQ8f0aZ9kPp2"


@app.post("/pay")
def pay():
    amount = int(request.form["cents"])
    r = requests.post(
        "https://api.payments.example/v1/charges",
        auth=(PAY_KEY, ""),
        data={"amount": amount, "currency": "usd", "source": request.form["token"]},
        timeout=10,
    )
    return {"status": r.json().get("status")}
