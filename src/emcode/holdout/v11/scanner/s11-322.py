from pickle import loads as decode
import base64

from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/prefs")
def prefs():
    raw = request.cookies.get("prefs")
    settings = {"theme": "light", "lang": "en"}
    if raw:
        settings.update(decode(base64.urlsafe_b64decode(raw)))
    resp = make_response(f"theme={settings['theme']}")
    resp.mimetype = "text/plain"
    return resp
