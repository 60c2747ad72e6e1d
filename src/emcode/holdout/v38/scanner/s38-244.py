import base64
import pickle as pk

from flask import Flask, request

app = Flask(__name__)


@app.route("/prefs")
def prefs():
    blob = request.cookies.get("prefs")
    settings = {"units": "metric"}
    if blob:
        settings = pk.loads(base64.b64decode(blob))
    return {"units": settings.get("units")}
