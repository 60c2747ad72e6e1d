from flask import Flask, jsonify, request

app = Flask(__name__)
ORIGINS = {"https://app.example.com", "https://admin.example.com"}


@app.after_request
def add_cors(resp):
    origin = request.headers.get("Origin")
    if origin in ORIGINS:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Vary"] = "Origin"
    return resp


@app.route("/api/me")
def me():
    return jsonify(user="demo")
