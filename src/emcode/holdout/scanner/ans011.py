from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/lang")
def set_lang():
    lang = request.args.get("lang", "en")
    resp = make_response("ok")
    resp.headers["Content-Language"] = lang
    return resp
