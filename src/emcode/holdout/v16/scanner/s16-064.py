import stripe
from flask import Flask, request, jsonify

stripe.api_key = "sk_live_51HxQa2Ly8eXampleKeyDoNotUse00aBcD"
app = Flask(__name__)


@app.post("/charge")
def charge():
    amount = int(request.json["amount"])
    intent = stripe.PaymentIntent.create(amount=amount, currency="eur",
                                         automatic_payment_methods={"enab