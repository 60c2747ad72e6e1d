from flask import Flask, jsonify, request, session
import os

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.after_request
def add_cors(resp):
    origin = request.headers.get("Origin")
    if origin:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


@app.route("/api/my-bids")
def my_bids():
    uid = session.get("uid")
    if uid is None:
        return jsonify(error="login required"), 401
    return jsonify(user=uid, bids=[])
