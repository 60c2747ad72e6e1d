from flask import Flask, request, Response

app = Flask(__name__)

SUPPORTED = {"en", "fr", "de", "es", "pl"}


@app.route("/lang")
def set_language():
    lang = request.args.get("lang", "en")
    if lang not in SUPPORTED:
        lang = "en"
    resp = Response("ok", mimetype="text/plain")
    resp.headers["Content-Language"] = lang
    return resp
