import os

from flask import Flask, request, jsonify
from itsdangerous import BadSignature, URLSafeSerializer

app = Flask(__name__)
signer = URLSafeSerializer(os.environ["PREFS_SECRET"], salt="prefs")


@app.route("/preferences")
def preferences():
    prefs = {"units": "km", "lang": "en"}
    raw = request.cookies.get("prefs")
    if raw:
        try:
            stored = signer.loads(raw)
        except BadSignature:
            stored = {}
        prefs.update({k: v for k, v in stored.items() if k in prefs})
    return jsonify(prefs)
