import os
from decimal import Decimal

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
RATES_URL = "https://api.exchangerates.example.com/latest"


@app.get("/pawn/quote")
def quote():
    amount = Decimal(request.args.get("amount", "0"))
    currency = request.args.get("currency", "EUR").upper()[:3]
    r = requests.get(RATES_URL, params={"base": "USD", "symbols": currency},
                     headers={"apikey": os.environ["RATES_API_KEY"]}, timeout=5)
    r.raise_for_status()
    rate = Decimal(str(r.json()["rates"].get(currency, 1)))
    return jsonify(amount=str(amount), currency=currency, converted=str((amount * rate).quantize(Decimal("0.01"))))
