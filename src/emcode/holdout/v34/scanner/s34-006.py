import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/feeds/preview")
def preview_feed():
    url = request.args.get("url", "")
    resp = requests.get(url, timeout=5)
    if resp.status_code != 200:
        return {"error": f"feed returned {resp.status_co