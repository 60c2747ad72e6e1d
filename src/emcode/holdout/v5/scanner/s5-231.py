from flask import Flask, request, make_response

app = Flask(__name__)
LANGS = {"en", "de", "fr", "es"}

@app.route("/set-lang")
def set_lang():
    lang = request.args.get("lang", "en")
    if lang not in LANGS:
        lang = "en"
    resp = make_response("ok")
    resp.headers["Content-Language"] = lang
    return resp
