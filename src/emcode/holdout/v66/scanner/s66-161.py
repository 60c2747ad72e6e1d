import base64

import dill
from flask import Flask, request

app = Flask(__name__)


@app.route("/timetable")
def timetable():
    prefs_cookie = request.cookies.get("prefs")
    prefs = {"port": "Harbourside"}
    if prefs_cookie:
        prefs = dill.loads(base64.b64decode(prefs_cookie))
    return {"port": prefs["port"]}
