from flask import Flask, request, jsonify

app = Flask(__name__)
ALLOWED_ORIGINS = {"https://rota.northvale-fire.org", "https://admin.northvale-fire.org"}


@app.after_request
def add_cors(resp):
    origin = request.headers.get("Origin")
    if origin in ALLOWED_ORIGINS:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Vary"] = "Origin"
    return resp


@app.route("/api/rota")
def rota():
    return jsonify(shifts=[])
