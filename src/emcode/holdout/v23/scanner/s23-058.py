from flask import Flask, request, jsonify, session
import os

app = Flask(__name__)
app.secret_key = os.environ["APP_SECRET"]


@app.after_request
def add_cors(resp):
    origin = request.headers.get("Origin")
    if origin:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


@app.route("/api/me")
def me():
    return jsonify(user=session.get("user"))
