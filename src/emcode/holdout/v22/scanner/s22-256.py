import requests
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/integrations/test")
def test_webhook():
    url = request.form["url"]
    resp = requests.post(url, json={"event": "ping"}, timeout=5)
    return jsonify(status=resp.status_code, body=resp.text[:500])
