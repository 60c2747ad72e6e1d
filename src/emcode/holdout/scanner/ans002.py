from flask import Flask, make_response, request

app = Flask(__name__)
LANGS = {"en", "fr", "de", "es"}


@app.route("/lang")
def set_lang():
    lang = request.args.get("lang", "en")
    if lang not in LANGS:
        lang = "en"
    resp = make_response("ok")
    resp.headers["Content-Language"] = lang
    return resp
