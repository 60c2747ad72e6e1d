import logging

from flask import Flask, request, jsonify

app = Flask(__name__)
log = logging.getLogger("pawn.payments")


@app.post("/payouts")
def payout():
    card = request.form.get("card", "").replace(" ", "")
    if not card.isdigit() or not 12 <= len(card) <= 19:
        return jsonify(error="invalid card"), 400
    amount = round(float(request.form.get("amount", "0")), 2)
    log.info("payout of %.2f to card ending %s", amount, card[-4:])
    return jsonify(status="queued")
