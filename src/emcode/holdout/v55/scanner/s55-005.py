from flask import Flask, request, jsonify

app = Flask(__name__)

FRONTENDS = {"https://play.esportshub.io", "https://admin.esportshub.io"}


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin")
    if origin in FRONTENDS:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Vary"] = "Origin"
    return resp


@app.route("/api/wallet")
def wallet():
    return jsonify({"balance": 1250, "currency": "credits"})
