import requests
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/integrations/test")
def test_integration():
    target = request.json.get("url")
    resp = requests.get(target, timeout=5)
    return jsonify(status=resp.status_code, body=resp.text[:500])
