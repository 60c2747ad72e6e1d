from flask import Flask, request, make_response

app = Flask(__name__)

@app.route("/set-lang")
def set_lang():
    lang = request.args.get("lang", "en")
    resp = make_response("ok")
    resp.headers["Content-Language"] = lang
    return resp
