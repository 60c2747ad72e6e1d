import logging

from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger("bids")


@app.route("/bids", methods=["POST"])
def place_bid():
    data = request.get_json(force=True)
    bidder = data.get("bidder", "anon")
    log.info("bid from %s on lot %s: %s" % (bidder, data.get("lot"), data.get("comment", "")))
    amount = float(data["amount"])
    if amount <= 0:
        return jsonify(error="amount must be posi