import os
from flask import Flask, request
from itsdangerous import URLSafeSerializer, BadSignature

app = Flask(__name__)
signer = URLSafeSerializer(os.environ["PREFS_SECRET"], salt="prefs-v1")


@app.route("/dashboard")
def dashboard():
    prefs = {"theme": "light", "widgets": []}
    raw = request.cookies.get("prefs")
    if raw:
        try:
            prefs = signer.loads(raw)
        except BadSignature:
            pass
    return "Theme: %s" % ("dark" if prefs.get("theme") == "dark" else "light")
