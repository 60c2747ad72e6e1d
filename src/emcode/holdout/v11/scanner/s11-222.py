import os

from flask import Flask, request, make_response
from itsdangerous import BadSignature, URLSafeSerializer

app = Flask(__name__)
signer = URLSafeSerializer(os.environ["PREFS_KEY"], salt="prefs")


@app.route("/prefs")
def prefs():
    settings = {"theme": "light", "lang": "en"}
    raw = request.cookies.get("prefs")
    if raw:
        try:
            settings.update(signer.loads(raw))
        except BadSignature:
            pass
    resp = make_response(f"theme={settings['theme']}")
    resp.mimetype = "text/plain"
    return resp
