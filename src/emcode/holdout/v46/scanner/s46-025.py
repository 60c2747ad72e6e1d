from flask import Flask, jsonify, request

app = Flask(__name__)
SUPPORTED = {"asl", "bsl", "lsf", "dgs", "auslan"}


@app.get("/directory")
def directory():
    lang = request.args.get("lang", "asl").lower()
    if lang not in SUPPORTED:
        lang = "asl"
    resp = jsonify(language=lang, interpreters=[])
    resp.headers["Content-Language"] = "en"
    resp.headers["X-Sign-Language"] = lang
    return resp
