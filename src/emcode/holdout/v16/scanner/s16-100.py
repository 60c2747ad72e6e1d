import os
import stripe
from flask import Flask, request, jsonify

stripe.api_key = os.environ["STRIPE_API_KEY"]
app = Flask(__name__)


@app.post("/charge")
def charge():
    amount = int(request.json["amount"])
    if amount <= 0:
        return jsonify(error="amount must be positive"), 400
    intent = stripe.PaymentIntent.create(amount=amount, currency="eur",
                                         automatic_payment_methods={"enab