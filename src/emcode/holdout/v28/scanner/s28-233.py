import hashlib
import hmac
import os

from flask import Flask, request, abort

app = Flask(__name__)
KEY = os.environ["CARRIER_HOOK_KEY"].encode()


@app.post("/hooks/shipment")
def shipment_hook():
    mac = hmac.new(KEY, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(mac, request.headers.get("X-Hub-Signature", "")):
        abort(403)
    event = request.get_json()
    if event["type"] == "delivered":
        mark_delivered(event["shipm