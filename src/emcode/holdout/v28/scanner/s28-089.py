from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/api/rooms")
def rooms():
    lang = request.args.get("lang", "en")
    if lang not in ("en", "de", "fr", "es"):
        lang = "en"
    resp = jsonify([{"number": 101, "type": "double"}])
    resp.headers["Content-Language"] = lang
    return resp
