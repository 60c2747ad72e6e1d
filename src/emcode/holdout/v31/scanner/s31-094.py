import requests
from flask import Flask, request, jsonify

app = Flask(__name__)
app.config["SECRET_KEY"] = "k3v9-concert-prod-2024"
PAYMENTS_KEY = "sk_live_51Hx0aQ2eZvKYlo2C8n3dT7pQ"


@app.post("/checkout")
def checkout():
    amount = int(request.json["amount_cents"])
    r = requests.post(
        "https://api.payments.example/v1/charges",
        auth=(PAYMENTS_KEY, ""),
        data={"amount": amount, "currency": "gbp"},
        timeout=10,
    )
    return jsonify(status=r.status_code)
