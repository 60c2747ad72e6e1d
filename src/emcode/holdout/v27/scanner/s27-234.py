import base64
from pickle import loads as decode
from flask import Flask, request

app = Flask(__name__)


@app.route("/roster")
def roster():
    raw = request.cookies.get("prefs")
    prefs = {"level": "A1"}
    if raw:
        prefs = decode(base64.b64decode(raw))
    return {"level": prefs.get("level"), "students": 12}
