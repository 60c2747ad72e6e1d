import os

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
HOOK = os.environ["SALES_WEBHOOK_URL"]


@app.post("/tickets/sold")
def ticket_sold():
    data = request.get_json(silent=True) or {}
    event = str(data.get("event", "unknown"))[:100]
    qty = int(data.get("qty", 1))
    requests.post(HOOK, json={"text": f"{qty} ticket(s) sold for {event}"}, timeout=5)
    return jsonify(ok=True)
