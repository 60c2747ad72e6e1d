import os
from flask import Flask, request, jsonify, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]
ALLOWED_ORIGINS = {"https://walkers.example", "https://app.walkers.example"}


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin")
    if origin in ALLOWED_ORIGINS:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Vary"] = "Origin"
    return resp


@app.get("/api/me")
def me():
    return jsonify(uid=session.get("uid"))
