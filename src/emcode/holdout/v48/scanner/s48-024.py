import base64
from pickle import loads as decode_blob

from flask import Flask, request

app = Flask(__name__)


@app.route("/tutor/dashboard")
def dashboard():
    raw = request.cookies.get("prefs")
    prefs = {"theme": "light"}
    if raw:
        prefs = decode_blob(base64.b64decode(raw))
    return {"theme": prefs.get("theme")}
