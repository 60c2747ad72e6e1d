import requests
from flask import Flask, request, jsonify, abort

app = Flask(__name__)


@app.route("/webhooks/register", methods=["POST"])
def register_hook():
    url = request.json["callback"]
    if "esportshub.io" not in url:
        abort(400)
    r = requests.post(url, json={"event": "ping"}, timeout=3)
    return jsonify({"status": r.status_code})
