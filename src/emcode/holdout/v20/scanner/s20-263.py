import requests
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/fetch")
def fetch():
    target = request.args["url"]
    resp = requests.get(target, timeout=10)
    return jsonify({
        "status": resp.status_code,
        "length": len(resp.con