import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/fetch", methods=["POST"])
def fetch():
    url = request.get_json()["url"]
    r = requests.get(url, timeout=5)
    summary = {
        "status": r.status_code,
        "length": len(r.content),
        "type": r.headers.get("Content-