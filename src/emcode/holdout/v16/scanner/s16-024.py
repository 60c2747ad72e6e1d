import re
from flask import Flask, request, jsonify

app = Flask(__name__)

ALLOWED = "https://app.example.com"
origin_re = re.compile(ALLOWED)


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin", "")
    if origin_re.match(origin):
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


@app.get("/api/me")
def me():
    return jsonify(user="demo")
