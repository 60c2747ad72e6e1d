from flask import Flask, jsonify, request

app = Flask(__name__)
ALLOWED_ORIGINS = {"https://passes.snowpeak.com", "https://admin.snowpeak.com"}


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin")
    if origin in ALLOWED_ORIGINS:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Vary"] = "Origin"
    return resp


@app.route("/me")
def me():
    return jsonify(user="dana", pass_tier="gold")
