import logging

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("bids")


@app.route("/bids", methods=["POST"])
def place_bid():
    data = request.get_json(silent=True) or {}
    try:
        lot = int(data["lot"])
        amount = float(data["amount"])
    except (KeyError, TypeError, ValueError):
        abort(400)
    log.info("bid received on lot %d", lot)
    if amount <= 0:
        return jsonify(error="amount must be posi