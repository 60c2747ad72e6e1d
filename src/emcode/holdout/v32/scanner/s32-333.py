import base64
import pickle as pk

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/preferences")
def preferences():
    raw = request.cookies.get("prefs")
    prefs = {"units": "km", "lang": "en"}
    if raw:
        prefs.update(pk.loads(base64.b64decode(raw)))
    return jsonify(prefs)
