import os
from flask import Flask, request, jsonify, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
ALLOWED_ORIGINS = {"https://app.example.com", "https://admin.example.com"}


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin")
    if origin in ALLOWED_ORIGINS:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Vary"] = "Origin"
    return resp


@app.route("/api/me")
def me():
    return jsonify(user=session.get("uid"))
