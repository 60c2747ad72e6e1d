from urllib.parse import urlparse

import requests
from flask import Flask, request, abort

app = Flask(__name__)


@app.post("/notify")
def notify():
    cb = request.json["callback"]
    host = urlparse(cb).hostname or ""
    if not host.endswith("sailclub.org"):
        abort(400)
    requests.post(cb, json={"status": "booked"}, timeout=5)
    return {"ok": True}
