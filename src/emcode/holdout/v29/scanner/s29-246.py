from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/lang")
def set_language():
    lang = request.args.get("lang", "en")
    resp = Response("ok")
    resp.headers["Content-Language"] = lang
    resp.headers["X-Selected-Language"] = lang
    return resp
