from flask import Flask, jsonify, request

app = Flask(__name__)
ALLOWED_ORIGINS = {"https://portal.trialnet.example.org"}


@app.after_request
def add_cors(resp):
    origin = request.headers.get("Origin")
    if origin in ALLOWED_ORIGINS:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Vary"] = "Origin"
    return resp


@app.get("/api/participants/me")
def me():
    return jsonify(id=request.cookies.get("pid"), arm="B")
