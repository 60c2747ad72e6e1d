from flask import Flask, request, jsonify, session

app = Flask(__name__)


@app.after_request
def cors(resp):
    resp.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin", "*")
    resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


@app.route("/api/me")
def me():
    return jsonify({"user": session.get("user")})
