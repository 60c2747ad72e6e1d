import requests
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/meters/probe", methods=["POST"])
def probe():
    endpoint = request.json.get("endpoint")
    r = requests.get(endpoint, timeout=5)
    return jsonify(status=r.status_code, body=r.text[:500])
