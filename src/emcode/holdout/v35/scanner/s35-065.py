import base64
import pickle as pk

from flask import Flask, request

app = Flask(__name__)


@app.route("/prefs")
def show_prefs():
    raw = request.cookies.get("prefs")
    prefs = {"frequency": "weekly", "format": "html"}
    if raw:
        prefs.update(pk.loads(base64.urlsafe_b64decode(raw)))
    return {"prefs": prefs}
