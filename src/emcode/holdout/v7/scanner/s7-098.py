import requests
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/webhooks/test", methods=["POST"])
def test_webhook():
    target = request.json["callback_url"]
    r = requests.post(target, json={"event": "ping"}, timeout=5)
    return jsonify({"status": r.status_code, "body": r.text[: