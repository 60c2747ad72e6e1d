from urllib.parse import urlsplit

import requests
from flask import Flask, abort, request

app = Flask(__name__)
CALLBACK_HOSTS = {"hooks.vetlab.example.com"}


@app.post("/lab/callback-register")
def register_callback():
    url = request.json.get("callback_url", "")
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname not in CALLBACK_HOSTS:
        abort(400)
    requests.post(url, json={"hello": "registered"}, timeout=5, allow_redirects=False)
    return {"registered": True}
