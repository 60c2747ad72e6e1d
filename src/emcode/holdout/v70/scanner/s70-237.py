from flask import Flask, request, make_response

app = Flask(__name__)


@app.get("/language")
def set_language():
    lang = request.args.get("lang", "en")
    resp = make_response("ok")
    resp.headers["Set-Cookie"] = "guide_lang=" + lang + "; Path=/"
    return resp
