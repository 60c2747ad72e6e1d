import os

from flask import Flask, request
from itsdangerous import BadSignature, URLSafeSerializer

app = Flask(__name__)
serializer = URLSafeSerializer(os.environ["PREFS_SIGNING_KEY"], salt="tutor-prefs")


@app.route("/tutor/dashboard")
def dashboard():
    raw = request.cookies.get("prefs")
    prefs = {"theme": "light"}
    if raw:
        try:
            prefs = serializer.loads(raw)
        except BadSignature:
            pass
    return {"theme": prefs.get("theme")}
