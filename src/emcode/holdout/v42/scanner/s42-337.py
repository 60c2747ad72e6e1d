import hashlib
import hmac
import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["CARD_PROCESSOR_WEBHOOK_SECRET"].encode()


@app.post("/hooks/card-processor")
def card_processor_hook():
    sent = request.headers.get("X-Signature", "")
    expected = hmac.new(WEBHOOK_SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sent, expected):
        abort(403)
    event = request.get_json()
    return jsonify(received=event.get("type"))
