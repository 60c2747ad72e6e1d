import hashlib
import hmac
import os
from flask import Flask, request, abort, jsonify

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["ROBOT_WEBHOOK_SECRET"].encode()


@app.route("/hooks/robot-events", methods=["POST"])
def robot_events():
    sent = request.headers.get("X-Signature", "")
    expected = hmac.new(WEBHOOK_SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sent, expected):
        abort(403)
    event = request.get_json(force=True)
    return jsonify(received=event.get("type"))
