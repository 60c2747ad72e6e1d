import re

from flask import Flask, jsonify, request

app = Flask(__name__)
TRUSTED = "rentals.example.com"
origin_pattern = re.compile(".*" + TRUSTED)


@app.after_request
def add_cors(resp):
    origin = request.headers.get("Origin", "")
    if origin_pattern.match(origin):
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


@app.get("/api/bookings")
def bookings():
    return jsonify([])
