from flask import Flask, make_response, request

app = Flask(__name__)
SUPPORTED = {"en", "nl", "de", "fr"}


@app.get("/menu")
def menu():
    lang = request.args.get("lang", "en")
    if lang not in SUPPORTED:
        lang = "en"
    resp = make_response({"items": ["soup", "salad"]})
    resp.headers["Content-Language"] = lang
    return resp
