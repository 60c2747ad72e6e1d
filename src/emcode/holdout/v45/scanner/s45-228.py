from flask import Flask, request, jsonify

app = Flask(__name__)
ALLOWED_ORIGINS = {"https://book.lockedroom.example", "https://admin.lockedroom.example"}


@app.after_request
def add_cors(resp):
    origin = request.headers.get("Origin")
    if origin in ALLOWED_ORIGINS:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Vary"] = "Origin"
    return resp


@app.get("/api/my-bookings")
def my_bookings():
    return jsonify([])
