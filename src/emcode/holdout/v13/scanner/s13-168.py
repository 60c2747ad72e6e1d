from flask import Flask, request, Response

app = Flask(__name__)

@app.route("/lang")
def set_lang():
    lang = request.args.get("lang", "en")
    resp = Response(status=302)
    resp.headers["Location"] = "/home"
    resp.headers["Set-Cookie"] = "lang=" + lang
    return resp
