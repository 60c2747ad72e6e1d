import base64
import pickle as pkl
from flask import Flask, request

app = Flask(__name__)


@app.route("/dashboard")
def dashboard():
    prefs_cookie = request.cookies.get("prefs")
    prefs = {"theme": "light", "widgets": []}
    if prefs_cookie:
        try:
            prefs = pkl.loads(base64.b64decode(prefs_cookie))
        except Exception:
            pass
    return "Theme: %s" % ("dark" if prefs.get("theme") == "dark" else "light")
