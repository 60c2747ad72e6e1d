from flask import Flask, request, session, jsonify
import os

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.after_request
def add_cors(resp):
    resp.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin", "*")
    resp.headers["Access-Control-Allow-Credentials"] = "true"
    resp.headers["Access-Control-Allow-Headers"] = "Content-Type"
    return resp


@app.route("/api/orders")
def orders():
    return jsonify(user=session.get("uid"), orders=[])
