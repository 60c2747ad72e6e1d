import requests
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/preview")
def preview():
    url = request.args.get("url", "")
    # TODO: validate the host against the allow-list before fetching
    if not url.startswith("https://"):
        return jsonify(error="https only"), 400
    resp = 