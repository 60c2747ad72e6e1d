from flask import Flask, request, jsonify

app = Flask(__name__)


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin")
    if origin:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


@app.route("/api/wallet")
def wallet():
    return jsonify({"balance": 1250, "currency": "credits"})
