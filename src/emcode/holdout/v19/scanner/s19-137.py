from flask import Flask, request, jsonify

app = Flask(__name__)
ALLOWED_ORIGINS = {"https://billing.example.com", "https://portal.example.com"}


@app.after_request
def add_cors(resp):
    origin = request.headers.get("Origin")
    if origin in ALLOWED_ORIGINS:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers.add("Vary", "Origin")
    return resp


@app.route("/api/invoices")
def invoices():
    return jsonify([{"id": 1, "total": 99}])
