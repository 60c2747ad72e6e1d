from flask import Flask, request, make_response

app = Flask(__name__)


@app.get("/menu")
def menu():
    lang = request.args.get("lang", "en")
    resp = make_response({"items": ["soup", "salad"]})
    resp.headers["Content-Language"] = lang
    return resp
