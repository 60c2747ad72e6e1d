from flask import Flask, jsonify, request, session
import os

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
TRUSTED_ORIGINS = {"https://bid.comicvault.example", "https://m.comicvault.example"}


@app.after_request
def add_cors(resp):
    origin = request.headers.get("Origin")
    if origin in TRUSTED_ORIGINS:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Vary"] = "Origin"
    return resp


@app.route("/api/my-bids")
def my_bids():
    uid = session.get("uid")
    if uid is None:
        return jsonify(error="login required"), 401
    return jsonify(user=uid, bids=[])
