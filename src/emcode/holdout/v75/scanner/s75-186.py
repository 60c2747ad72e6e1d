import requests
from flask import Flask, abort, request

app = Flask(__name__)


@app.post("/lab/callback-register")
def register_callback():
    url = request.json["callback_url"]
    if "vetlab.example.com" not in url:
        abort(400)
    requests.post(url, json={"hello": "registered"}, timeout=5)
    return {"registered": url}
