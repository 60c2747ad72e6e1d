from urllib.parse import urlparse
import requests
from flask import Flask, request, abort

app = Flask(__name__)


@app.route("/notify", methods=["POST"])
def notify():
    hook = request.form["hook"]
    if not urlparse(hook).netloc.endswith("slack.com"):
        abort(400)
    requests.post(hook, json={"text": "Shipment 4411 left 2-8 °C"}, timeout=5)
    return {"sent": True}
