import re
from flask import Flask, request, jsonify

app = Flask(__name__)
ALLOWED_DOMAIN = "shop.example.com"
origin_re = re.compile(r"https?://" + ALLOWED_DOMAIN)


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin", "")
    if origin_re.match(origin):
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


@app.route("/api/cart")
def cart():
    return jsonify(items=[])
