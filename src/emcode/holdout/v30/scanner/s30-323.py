from flask import Flask, request
import requests

app = Flask(__name__)
app.config["SECRET_KEY"] = "rent4l-s3cret-key-do-not-share"
PAYMENTS_KEY = "sk_live_51Hx9TqLkR2vY8mN3pQ7wZ4cB"


@app.post("/deposit")
def take_deposit():
    amount = int(request.form["amount_pence"])
    r = requests.post(
        "https://api.payments.example/v1/charges",
        auth=(PAYMENTS_KEY, ""),
        data={"amount": amount, "currency": "gbp"},
        timeout=15,
    )
    return r.json(), r.status_code
