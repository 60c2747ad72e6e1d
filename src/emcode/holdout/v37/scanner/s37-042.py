import base64
from pickle import loads as decode

from flask import Flask, request

app = Flask(__name__)


@app.route("/schedule")
def schedule():
    raw = request.cookies.get("prefs")
    prefs = {"section": "alto"}
    if raw:
        prefs = decode(base64.b64decode(raw))
    return {"section": prefs.get("section")}
