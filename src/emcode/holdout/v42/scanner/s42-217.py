import logging
import re

from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger("cards")
CTRL = re.compile(r"[\x00-\x1f\x7f]")


@app.post("/cards/block")
def block_card():
    card = request.form.get("card", "")
    reason = CTRL.sub(" ", request.form.get("reason", ""))[:120]
    log.warning("block requested for card ending %s: %s", card[-4:], reason)
    return jsonify(blocked=True)
