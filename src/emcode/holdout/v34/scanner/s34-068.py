from flask import Flask, jsonify, request

app = Flask(__name__)


@app.after_request
def add_cors(resp):
    origin = request.headers.get("Origin")
    if origin:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


@app.route("/api/me/orders")
def my_orders():
    return jsonify([{"id": 1, "item": "rye loaf"}])
