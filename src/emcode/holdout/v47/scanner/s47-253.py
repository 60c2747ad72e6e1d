import os

import requests
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
GRADING_API = "https://api.cgc-registry.example.com/v1/certs"


@app.route("/cert-lookup")
def cert_lookup():
    cert = request.args.get("cert", "")
    if not cert.isdigit() or len(cert) > 12:
        abort(400)
    r = requests.get(
        GRADING_API,
        params={"number": cert},
        headers={"Authorization": "Bearer " + os.environ["CGC_API_TOKEN"]},
        timeout=10,
    )
    if r.status_code == 404:
        abort(404)
    r.raise_for_status()
    data = r.json()
    return jsonify(title=data.get("title"), grade=data.get("grade"))
