import re
from flask import Flask, request, jsonify

app = Flask(__name__)
BASE_DOMAIN = "clinic.example"
ORIGIN_RE = re.compile(r"https://([a-z0-9-]+\.)?" + re.escape(BASE_DOMAIN))


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin", "")
    if ORIGIN_RE.fullmatch(origin):
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Vary"] = "Origin"
    return resp


@app.route("/api/slots")
def slots():
    return jsonify(["09:00", "09:30", "10:00"])
